import { sql } from 'kysely';
import { rollUpOverview } from '../../src/db/repositories/overview-rollups';
import { newId } from '../../src/ids';
import { minutesAgo, seedCalls, seedDeliveries, seedIncomingRequests } from '../support/log-rows';
import { startTestStack, type TestStack } from '../support/stack';

const HOUR = 60;
const DAY = 24 * HOUR;

/** The start of the bucket (of `seconds`) holding `at`, as the overview labels it. */
const bucketStart = (at: Date, seconds: number) => new Date(Math.floor(at.getTime() / (seconds * 1000)) * seconds * 1000).toISOString();

describe('GET /api/v1/stats/overview', () => {
  let stack: TestStack;
  let readToken: string;
  const now = Date.now();
  const crm = { id: newId('whk'), name: 'CRM' };
  const slack = { id: newId('whk'), name: 'Slack' };
  const recent = minutesAgo(10, now);

  beforeAll(async () => {
    stack = await startTestStack({}, { worker: false });
    readToken = (await stack.ok('/api/v1/tokens', { body: { name: 'dashboard', role: 'read' } })).token;
    const { db, orgId } = stack;
    await seedDeliveries(db, orgId, [
      { webhook: crm, at: recent, status: 'succeeded', durationMs: 100 },
      { webhook: crm, at: recent, status: 'succeeded', durationMs: 200 },
      { webhook: crm, at: recent, status: 'failed', durationMs: 300, error: 'HTTP 500' },
      { webhook: crm, at: minutesAgo(30, now), status: 'succeeded', durationMs: 400 },
      { webhook: slack, at: recent, status: 'pending', durationMs: 1000, failures: 1, error: 'timeout after 5000 ms' },
      { webhook: slack, at: recent, status: 'succeeded', durationMs: 5, test: true },
      { webhook: slack, at: recent, status: 'failed', durationMs: 7, error: 'simulated failure', simulated: true },
      { webhook: slack, at: minutesAgo(3 * HOUR, now), status: 'succeeded', durationMs: 50 },
      { webhook: crm, at: minutesAgo(30 * HOUR, now), status: 'failed', durationMs: 70, error: 'an older error' },
      { webhook: slack, at: minutesAgo(8 * DAY, now), status: 'failed', durationMs: 90, error: 'too old to count' },
    ]);
    await seedIncomingRequests(db, orgId, [
      { at: minutesAgo(5, now), status: 200 },
      { at: minutesAgo(5, now), status: 200 },
      { at: minutesAgo(5, now), status: 401 },
      { at: minutesAgo(2 * HOUR, now), status: 503 },
      { at: minutesAgo(2 * DAY, now), status: 200 },
    ]);
    await seedCalls(db, orgId, [minutesAgo(5, now), minutesAgo(20, now), minutesAgo(5 * HOUR, now), minutesAgo(3 * DAY, now)]);
    // Test sends (above) and simulated calls are the operator's own checks: never counted.
    const [simulatedCall] = await seedCalls(db, orgId, [minutesAgo(5, now)]);
    await db.updateTable('calls').set({ simulated: true }).where('call_id', '=', simulatedCall).execute();

    // Another organization's rows, in the same minutes, must never show.
    const otherOrg = newId('org');
    await db.insertInto('organizations').values({ id: otherOrg, name: 'Other' }).execute();
    await seedDeliveries(db, otherOrg, Array.from({ length: 5 }, () => ({ webhook: { id: newId('whk'), name: 'Theirs' }, at: recent, status: 'failed' as const, durationMs: 9_999, error: 'theirs' })));
    await seedIncomingRequests(db, otherOrg, [{ at: recent, status: 500 }]);
    await seedCalls(db, otherOrg, [recent]);
  });
  afterAll(() => stack.stop());

  const overview = (range: string) => stack.ok(`/api/v1/stats/overview?range=${range}`, { token: readToken });

  it('sums the last hour per minute: outcomes, latency, worst webhooks and incoming statuses', async () => {
    const body = await overview('1h');
    expect(body).toMatchObject({
      range: '1h',
      bucket_seconds: 60,
      totals: { calls: 2, incoming_requests: 3 },
      deliveries: { total: 5, succeeded: 3, failed: 1, pending: 1, success_rate: 0.75, p50_ms: 300, p95_ms: 1000 },
      incoming_by_status: [{ status: 200, count: 2 }, { status: 401, count: 1 }],
    });
    expect(body.worst_webhooks).toEqual([
      { webhook_id: slack.id, webhook_name: 'Slack', deliveries: 1, failing: 1, failure_rate: 1, last_error: 'timeout after 5000 ms', last_error_at: recent.toISOString() },
      { webhook_id: crm.id, webhook_name: 'CRM', deliveries: 4, failing: 1, failure_rate: 0.25, last_error: 'HTTP 500', last_error_at: recent.toISOString() },
    ]);
    // Every minute is a point, the quiet ones zero; the seeded rows land in their own minutes.
    expect(body.series.length).toBeGreaterThanOrEqual(60);
    expect(body.series.length).toBeLessThanOrEqual(61);
    const at = (t: Date) => body.series.find((b: any) => b.at === bucketStart(t, 60));
    expect(at(recent)).toMatchObject({ deliveries: 4, deliveries_succeeded: 2, deliveries_failed: 1 });
    expect(at(minutesAgo(30, now))).toMatchObject({ deliveries: 1, deliveries_succeeded: 1 });
    expect(at(minutesAgo(5, now))).toMatchObject({ incoming_requests: 3, calls: 1 });
    const sum = (key: string) => body.series.reduce((n: number, b: any) => n + b[key], 0);
    expect([sum('deliveries'), sum('incoming_requests'), sum('calls')]).toEqual([5, 3, 2]);
  });

  it('widens to a day in 15-minute buckets and a week in hours, leaving out what is older', async () => {
    const day = await overview('24h');
    expect(day).toMatchObject({
      bucket_seconds: 900,
      totals: { calls: 3, incoming_requests: 4 },
      deliveries: { total: 6, succeeded: 4, failed: 1, pending: 1, success_rate: 0.8 },
      incoming_by_status: [{ status: 200, count: 2 }, { status: 401, count: 1 }, { status: 503, count: 1 }],
    });
    expect(day.series.find((b: any) => b.at === bucketStart(minutesAgo(3 * HOUR, now), 900))).toMatchObject({ deliveries: 1, deliveries_succeeded: 1 });

    const week = await overview('7d');
    expect(week).toMatchObject({
      bucket_seconds: 3600,
      totals: { calls: 4, incoming_requests: 5 },
      deliveries: { total: 7, succeeded: 4, failed: 2, pending: 1, success_rate: 4 / 6 },
    });
    // The older failure counts against CRM, but its latest error is still the newest one.
    expect(week.worst_webhooks.map((w: any) => [w.webhook_name, w.failing, w.deliveries, w.last_error])).toEqual([
      ['Slack', 1, 2, 'timeout after 5000 ms'],
      ['CRM', 2, 5, 'HTTP 500'],
    ]);
    const sum = week.series.reduce((n: number, b: any) => n + b.deliveries, 0);
    expect(sum).toBe(7);
  });

  it('reads the week from hourly rollups with the figures of the log rows, also after a rolled-up delivery settles late', async () => {
    const { db, orgId } = stack;
    const [late] = await seedDeliveries(db, orgId, [
      { webhook: slack, at: minutesAgo(5 * HOUR, now), status: 'pending', durationMs: 2_000, failures: 2, error: 'HTTP 502' },
      { webhook: crm, at: minutesAgo(4 * HOUR, now), status: 'succeeded', durationMs: 120 },
      { webhook: crm, at: minutesAgo(4 * HOUR, now), status: 'succeeded', durationMs: 120 },
      { webhook: crm, at: minutesAgo(4 * HOUR, now), status: 'held', durationMs: 640, failures: 1, error: 'paused' },
      { webhook: crm, at: minutesAgo(4 * HOUR, now), status: 'failed', durationMs: 9, test: true },
      { webhook: slack, at: minutesAgo(2 * DAY, now), status: 'succeeded', durationMs: 77 },
    ]);
    await seedIncomingRequests(db, orgId, [{ at: minutesAgo(6 * HOUR, now), status: 401 }]);
    const [simulatedCall] = await seedCalls(db, orgId, [minutesAgo(6 * HOUR, now)]);
    await db.updateTable('calls').set({ simulated: true }).where('call_id', '=', simulatedCall).execute();
    // The figures without the request's own clock (the rollups must not change a single one).
    const figures = async () => {
      const { from: _from, to: _to, ...rest } = await overview('7d');
      return rest;
    };
    const rollupRows = async () => (await sql`select * from delivery_hourly where org_id = ${orgId} order by hour, webhook_id`.execute(db)).rows;
    const fromLogs = async () => {
      await sql`delete from overview_rollup_state`.execute(db);
      return figures();
    };

    const raw = await figures();
    expect(raw.deliveries).toMatchObject({ total: 12, succeeded: 7, failed: 2, pending: 3 });
    await rollUpOverview(db);
    const rolled = await rollupRows();
    expect(rolled.length).toBeGreaterThanOrEqual(4);
    expect(await figures()).toEqual(raw);
    // Recomputing changes nothing.
    await rollUpOverview(db);
    expect(await rollupRows()).toEqual(rolled);

    // The pending delivery of a rolled-up hour succeeds: its hour is read from the log rows until rolled up again.
    const settledAt = new Date();
    await db.updateTable('deliveries').set({ status: 'succeeded', duration_ms: 95, error: null }).where('id', '=', late).execute();
    // Only the markers of this write: in an hour's first minutes, the last hour's rows seeded above stay marked too.
    const stale = (await sql<{ hour: Date }>`select hour from overview_stale_hours where org_id = ${orgId} and marked_at >= ${settledAt}`.execute(db)).rows;
    expect(stale.map((r) => r.hour.toISOString())).toEqual([bucketStart(minutesAgo(5 * HOUR, now), 3600)]);
    const settled = await figures();
    expect(settled.deliveries).toMatchObject({ total: 12, succeeded: 8, failed: 2, pending: 2 });
    expect(settled.worst_webhooks.find((w: any) => w.webhook_name === 'Slack')).toMatchObject({ failing: 1, deliveries: 4 });
    expect(settled).toEqual(await fromLogs());

    // The next run recomputes just that hour, to the rows a run from scratch gives.
    await rollUpOverview(db);
    const reRolled = await rollupRows();
    expect(await figures()).toEqual(settled);
    await sql`delete from overview_rollup_state`.execute(db);
    await rollUpOverview(db);
    expect(await rollupRows()).toEqual(reRolled);
    expect(await figures()).toEqual(settled);

    // A row of a rolled-up hour deleted (as retention deletes): that hour is read from the log rows again.
    await db.deleteFrom('deliveries').where('id', '=', late).execute();
    const deleted = await figures();
    expect(deleted.deliveries).toMatchObject({ total: 11, succeeded: 7 });
    expect(deleted).toEqual(await fromLogs());
  });

  it('answers an unknown range with a 400 naming it', async () => {
    const res = await stack.request('/api/v1/stats/overview?range=2h');
    expect(res.status).toBe(400);
    expect(res.body.detail).toMatch(/range/);
  });
});
