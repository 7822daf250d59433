import type { IngressWebhook } from '../../../src/db/repositories/incoming-webhooks';
import { KeptBySecret } from '../../../src/security/kept-by-secret';

const webhook = (name: string, keyExpiresAt: Date | null = null) => ({ id: `iwh_${name}`, name, key_expires_at: keyExpiresAt }) as IngressWebhook;

/** A cache over a table of keys the test edits, counting the lookups that reached it, on a clock the test moves. */
function cacheOver(table: Map<string, IngressWebhook>) {
  const clock = { now: 1_000_000 };
  const lookups: string[] = [];
  let hold: Promise<void> | undefined;
  const cache = new KeptBySecret(
    async (key: string) => {
      lookups.push(key);
      const answer = table.get(key);
      await hold;
      return answer;
    },
    // As the ingress keeps webhooks: a previous key until its grace period ends, an unknown key never.
    { keepUntil: (found) => (found ? (found.key_expires_at?.getTime() ?? Infinity) : undefined), now: () => clock.now },
  );
  return { cache, clock, lookups, holdLookups: (until: Promise<void>) => void (hold = until) };
}

describe('KeptBySecret', () => {
  it('looks up every key while changes are not notified, and keeps found ones once they are', async () => {
    const { cache, lookups } = cacheOver(new Map([['key-a', webhook('a')]]));
    await cache.get('key-a');
    await cache.get('key-a');
    expect(lookups).toHaveLength(2);

    cache.notifying(true);
    expect(await cache.get('key-a')).toMatchObject({ name: 'a' });
    expect(await cache.get('key-a')).toMatchObject({ name: 'a' });
    expect(lookups).toHaveLength(3);

    cache.notifying(false);
    await cache.get('key-a');
    expect(lookups).toHaveLength(4);
  });

  it('drops everything on a change, and the next lookup reads the state after it', async () => {
    const table = new Map([['key-a', webhook('a')]]);
    const { cache } = cacheOver(table);
    cache.notifying(true);
    await cache.get('key-a');
    table.set('key-a', webhook('renamed'));
    expect(await cache.get('key-a')).toMatchObject({ name: 'a' });
    cache.forget();
    expect(await cache.get('key-a')).toMatchObject({ name: 'renamed' });
  });

  it('does not keep an answer read while a change happened, which may predate it', async () => {
    const { cache, lookups, holdLookups } = cacheOver(new Map([['key-a', webhook('a')]]));
    cache.notifying(true);
    let release!: () => void;
    holdLookups(new Promise((resolve) => (release = resolve)));
    const answer = cache.get('key-a');
    cache.forget();
    release();
    await answer;
    await cache.get('key-a');
    expect(lookups).toHaveLength(2);
  });

  it('never keeps an unknown key: a key created a moment later works at once', async () => {
    const table = new Map<string, IngressWebhook>();
    const { cache } = cacheOver(table);
    cache.notifying(true);
    expect(await cache.get('key-new')).toBeUndefined();
    table.set('key-new', webhook('new'));
    expect(await cache.get('key-new')).toMatchObject({ name: 'new' });
  });

  it('keeps a previous key no longer than its grace period, and any key no longer than ten seconds', async () => {
    const { cache, clock, lookups } = cacheOver(new Map([
      ['old-key', webhook('rotated', new Date(1_000_000 + 2_000))],
      ['key-a', webhook('a')],
    ]));
    cache.notifying(true);
    await cache.get('old-key');
    await cache.get('key-a');
    clock.now += 1_999;
    await cache.get('old-key');
    expect(lookups).toEqual(['old-key', 'key-a']);
    clock.now += 1;
    await cache.get('old-key');
    expect(lookups).toEqual(['old-key', 'key-a', 'old-key']);
    clock.now += 8_000;
    await cache.get('key-a');
    expect(lookups).toEqual(['old-key', 'key-a', 'old-key', 'key-a']);
  });
});
