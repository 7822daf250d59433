import { hashSecret } from './tokens';

/** The longest an answer is kept, should a change's notification ever go missing. */
const MAX_AGE_MS = 10_000;

export interface KeptBySecretOptions<V> {
  /** Until when an answer may be kept (epoch ms), or undefined when it must not be (refused, unknown). */
  keepUntil(answer: V): number | undefined;
  /** Told where each answer came from. */
  counted?(source: 'memory' | 'database'): void;
  now?(): number;
}

/**
 * What a presented secret (an ingress auth key, an API token) opens, kept in memory: every request needs it, and
 * it changes only when an operator changes the configuration. Every such change drops all of it: this process's
 * own as soon as it commits (`forget`), any process's by PostgreSQL's notification. Nothing is kept while
 * notifications are not known to arrive, nothing longer than `keepUntil` says, and a refused secret never (a new
 * one works at once, and guessed ones take no memory). Entries are filed by the secret's hash, so no secret stays
 * in memory.
 */
export class KeptBySecret<V> {
  private readonly entries = new Map<string, { answer: V; until: number }>();
  /** Counts the changes: a lookup that overlapped one may have read the state before it. */
  private changes = 0;
  private notified = false;
  private readonly now: () => number;

  constructor(
    private readonly lookup: (secret: string) => Promise<V>,
    private readonly options: KeptBySecretOptions<V>,
  ) {
    this.now = options.now ?? Date.now;
  }

  async get(secret: string): Promise<V> {
    const id = hashSecret(secret).toString('base64');
    const kept = this.entries.get(id);
    if (kept && kept.until > this.now()) {
      this.options.counted?.('memory');
      return kept.answer;
    }
    this.options.counted?.('database');
    const changes = this.changes;
    const answer = await this.lookup(secret);
    const until = this.options.keepUntil(answer);
    if (until !== undefined && this.notified && changes === this.changes) {
      this.entries.set(id, { answer, until: Math.min(this.now() + MAX_AGE_MS, until) });
    }
    return answer;
  }

  /** Something the answers depend on changed. */
  forget(): void {
    this.changes += 1;
    this.entries.clear();
  }

  /** Whether changes are being notified; while they are not, every secret is looked up. */
  notifying(holds: boolean): void {
    this.forget();
    this.notified = holds;
  }
}
