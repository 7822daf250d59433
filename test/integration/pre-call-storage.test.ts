import { sql } from 'kysely';
import { Client as PgClient } from 'pg';
import { createDb } from '../../src/db/database';
import { findIncomingRequest } from '../../src/db/repositories/incoming-requests';
import { freePort } from '../../src/dev/free-port';
import { preCallExpiryScheduleId } from '../../src/temporal/schedules';
import { startTestStack, type TestStack } from '../support/stack';
import { createIncomingWebhook, heldData, ingress, loggedRequest, serveApp, shortenLifespan, type ServedApp } from './incoming-support';
import { waitFor } from './lifecycle-support';

describe('pre-call data in PostgreSQL: group commit, failures, expiry', () => {
  let stack: TestStack;
  let served: ServedApp;
  let webhook: Awaited<ReturnType<typeof createIncomingWebhook>>;
  let numbers = 0;
  const nextCaller = () => `+1555888${String(numbers++).padStart(4, '0')}`;
  const post = (caller: string, params: string, base = served.url) => ingress(stack, '/call-data', { base, query: `auth_key=${webhook.auth_key}&caller_id=${caller}&${params}` });

  /** Another connection holds pre_call_data locked until released: the writer's transaction waits on it. */
  async function lockPreCallData(): Promise<{ release(): Promise<void> }> {
    const client = new PgClient({ connectionString: stack.config.DATABASE_URL });
    await client.connect();
    await client.query('begin');
    await client.query('lock table pre_call_data in exclusive mode');
    return {
      async release() {
        await client.query('rollback');
        await client.end();
      },
    };
  }

  /** Server processes waiting on a lock while writing pre-call data: the writer's transaction. */
  const blockedWriters = async () => {
    const { rows } = await sql<{ pid: number }>`
      select pid from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock' and query ilike '%insert into pre_call_data%'`.execute(stack.db);
    return rows.map((r) => r.pid);
  };
  const writerBlocked = () => waitFor('the writer to wait on the lock', async () => ((await blockedWriters()).length > 0 ? true : undefined));

  beforeAll(async () => {
    stack = await startTestStack({ PRE_CALL_EXPIRY_INTERVAL_SECONDS: '1' });
    webhook = await createIncomingWebhook(stack, { type: 'call_data' });
    // The app on its own port, so the test can read its writer's counters.
    served = await serveApp(stack);
  });
  afterAll(async () => {
    await served?.close();
    await stack?.stop();
  });

  it('answers 2xx only after COMMIT: a post waits while the table is locked, then its data and log record are there', async () => {
    const caller = nextCaller();
    const lock = await lockPreCallData();
    let answered = false;
    const pending = post(caller, 'homeowner=yes').finally(() => (answered = true));
    try {
      await writerBlocked();
      expect(answered).toBe(false);
      expect(await heldData(stack, caller)).toEqual({});
    } finally {
      await lock.release();
    }
    const res = await pending;
    expect(res.status).toBe(200);
    expect(await heldData(stack, caller)).toEqual({ HOMEOWNER: 'yes' });
    // Committed in the same transaction: there without waiting for any later flush.
    expect(await findIncomingRequest(stack.db, stack.orgId, res.body.request_id)).toMatchObject({ status: 200, caller_id: caller, response_body: res.body });
  });

  it('commits concurrent posts together: twenty posts, at most two transactions', async () => {
    const callers = Array.from({ length: 20 }, nextCaller);
    const before = served.writer.stats.transactions;
    const lock = await lockPreCallData();
    const pending = callers.map((caller, i) => post(caller, `lead=${i}`));
    try {
      await writerBlocked();
      await waitFor('every post to reach the writer', () => (served.writer.pending >= callers.length ? true : undefined));
    } finally {
      await lock.release();
    }
    expect((await Promise.all(pending)).map((r) => r.status)).toEqual(callers.map(() => 200));
    // The first transaction was waiting on the lock; everything that arrived meanwhile went into the next one.
    expect(served.writer.stats.transactions - before).toBeLessThanOrEqual(2);
    for (const [i, caller] of callers.entries()) expect(await heldData(stack, caller)).toEqual({ LEAD: String(i) });
  });

  it("fails only the request whose row PostgreSQL refuses: the others' data and every log record are kept", async () => {
    const refused = '+15558889999';
    await sql`alter table pre_call_data add constraint test_refuses_one_caller check (caller <> ${sql.lit(refused)})`.execute(stack.db);
    try {
      const good = Array.from({ length: 5 }, nextCaller);
      const lock = await lockPreCallData();
      const pending = [...good.map((caller) => post(caller, 'ok=1')), post(refused, 'ok=0'), ingress(stack, '/update-tags', { base: served.url, query: `auth_key=${webhook.auth_key}&call_id=x&t=1` })];
      try {
        await writerBlocked();
        await waitFor('every request to reach the writer', () => (served.writer.pending >= pending.length ? true : undefined));
      } finally {
        await lock.release();
      }
      const results = await Promise.all(pending);
      expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 500, 401]);
      for (const caller of good) expect(await heldData(stack, caller)).toEqual({ OK: '1' });
      expect(await heldData(stack, refused)).toEqual({});
      for (const res of results) expect((await loggedRequest(stack, res.body.request_id)).status).toBe(res.status);
    } finally {
      await sql`alter table pre_call_data drop constraint test_refuses_one_caller`.execute(stack.db);
    }
  });

  it('answers 503 + Retry-After with nothing stored when the writer loses PostgreSQL mid-transaction', async () => {
    const caller = nextCaller();
    const lock = await lockPreCallData();
    const pending = post(caller, 'lost=1');
    try {
      await writerBlocked();
      await sql`select pg_terminate_backend(pid) from unnest(${await blockedWriters()}::int[]) as pid`.execute(stack.db);
      const res = await pending;
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('5');
      expect(res.body).toMatchObject({ ok: false, request_id: expect.stringMatching(/^req_/) });
    } finally {
      await lock.release();
    }
    expect(await heldData(stack, caller)).toEqual({});
    expect(await loggedRequest(stack, (await pending).body.request_id)).toMatchObject({ status: 503, caller_id: caller });
    // The writer carries on with a fresh connection.
    expect((await post(caller, 'lost=0')).status).toBe(200);
  });

  it('answers 503 + Retry-After when PostgreSQL cannot be reached at all', async () => {
    const unreachable = createDb(`postgres://callhooks:nothing@127.0.0.1:${await freePort()}/callhooks`);
    const app = await serveApp(stack, { db: unreachable });
    try {
      const caller = nextCaller();
      const res = await post(caller, 'x=1', app.url);
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('5');
      expect(await heldData(stack, caller)).toEqual({});
    } finally {
      await app.close();
      await unreachable.destroy();
    }
  });

  it('deletes expired rows on the expiry schedule and keeps the rest', async () => {
    const schedule = await stack.temporal.schedule.getHandle(preCallExpiryScheduleId(stack.config.TEMPORAL_TASK_QUEUE)).describe();
    expect(schedule.spec.intervals).toEqual([expect.objectContaining({ every: 1000 })]);

    const brief = await createIncomingWebhook(stack, { type: 'call_data' });
    await shortenLifespan(stack, brief.id, 1);
    const [expiring, kept] = [nextCaller(), nextCaller()];
    expect((await ingress(stack, '/call-data', { query: `auth_key=${brief.auth_key}&caller_id=${expiring}&x=1` })).status).toBe(200);
    expect((await post(kept, 'x=2')).status).toBe(200);
    const rowsOf = async (caller: string) => (await stack.db.selectFrom('pre_call_data').select('caller').where('caller', '=', caller).execute()).length;
    expect(await rowsOf(expiring)).toBe(1);

    await waitFor('the expired row to be deleted', async () => ((await rowsOf(expiring)) === 0 ? true : undefined));
    expect(await rowsOf(kept)).toBe(1);
  });
});
