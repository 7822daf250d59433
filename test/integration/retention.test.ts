import { sql } from 'kysely';
import { newId } from '../../src/ids';
import { logRetentionScheduleId } from '../../src/temporal/schedules';
import { minutesAgo, seedCalls, seedDeliveries, seedIncomingRequests } from '../support/log-rows';
import { startTestStack, type TestStack } from '../support/stack';

const DAY = 24 * 60;
const daysAgo = (days: number) => minutesAgo(days * DAY);

// The retention schedule, run by Temporal on the worker, against rows of known ages in two organizations.

describe('retention schedule', () => {
  let stack: TestStack;
  const crm = { id: newId('whk'), name: 'CRM' };
  const expected = { deliveries: [] as string[], incoming: [] as string[], calls: [] as string[], simulations: [] as string[], audit: [] as string[] };
  const gone = { deliveries: [] as string[], incoming: [] as string[], calls: [] as string[], simulations: [] as string[], audit: [] as string[] };
  let weekly: string;

  beforeAll(async () => {
    // Batches of 2 rows: every table needs several DELETEs, as a large one would.
    stack = await startTestStack({ RETENTION_BATCH_SIZE: '2', RETENTION_INTERVAL_SECONDS: '86400' });
    const { db, orgId } = stack;
    weekly = newId('org');
    await db.insertInto('organizations').values({ id: weekly, name: 'Weekly', retention_days: 7, call_retention_days: 60 }).execute();

    // The default organization keeps logs 30 days and calls 365.
    gone.deliveries.push(...(await seedDeliveries(db, orgId, [
      { webhook: crm, at: daysAgo(31), status: 'succeeded' },
      { webhook: crm, at: daysAgo(31), status: 'succeeded' },
      { webhook: crm, at: daysAgo(40), status: 'failed', error: 'HTTP 500' },
      { webhook: crm, at: daysAgo(90), status: 'skipped' },
    ])));
    expected.deliveries.push(...(await seedDeliveries(db, orgId, [
      { webhook: crm, at: daysAgo(29), status: 'succeeded' },
      // Old but unsettled: its workflow still holds it.
      { webhook: crm, at: daysAgo(45), status: 'held', failures: 3, error: 'paused' },
    ])));
    gone.incoming.push(...(await seedIncomingRequests(db, orgId, [31, 32, 33, 60, 61].map((d) => ({ at: daysAgo(d), status: 200 })))));
    expected.incoming.push(...(await seedIncomingRequests(db, orgId, [{ at: daysAgo(29), status: 200 }])));
    gone.calls.push(...(await seedCalls(db, orgId, [daysAgo(366), daysAgo(400), daysAgo(500)])));
    expected.calls.push(...(await seedCalls(db, orgId, [daysAgo(300), daysAgo(31)])));
    const [open] = await seedCalls(db, orgId, [daysAgo(370)]);
    await db.updateTable('calls').set({ closed_at: null }).where('call_id', '=', open).execute();
    expected.calls.push(open);

    // The weekly organization's rows of the same ages: its shorter retention takes more of them.
    gone.deliveries.push(...(await seedDeliveries(db, weekly, [8, 9, 31].map((d) => ({ webhook: crm, at: daysAgo(d), status: 'succeeded' as const })))));
    expected.deliveries.push(...(await seedDeliveries(db, weekly, [{ webhook: crm, at: daysAgo(6), status: 'succeeded' }])));
    gone.incoming.push(...(await seedIncomingRequests(db, weekly, [{ at: daysAgo(8), status: 401 }])));
    expected.incoming.push(...(await seedIncomingRequests(db, weekly, [{ at: daysAgo(6), status: 200 }])));
    gone.calls.push(...(await seedCalls(db, weekly, [daysAgo(61)])));
    expected.calls.push(...(await seedCalls(db, weekly, [daysAgo(59)])));

    // Simulations and the audit log are kept as long as the call index: 365 days here, 60 in the weekly organization.
    const simulations = (org: string, days: number[]) => Promise.all(days.map(async (d) => {
      const id = newId('sim');
      await db.insertInto('simulations').values({ id, org_id: org, call_id: newId('call'), created_at: daysAgo(d) }).execute();
      return id;
    }));
    const changes = (org: string, days: number[]) => Promise.all(days.map(async (d) => {
      const id = newId('aud');
      await db.insertInto('audit_log').values({
        id, org_id: org, at: daysAgo(d), actor_token_id: 'tok_x', actor_name: 'admin', actor_role: 'admin', action: 'updated',
        resource_type: 'outgoing_webhook', resource_id: crm.id, resource_name: crm.name, changes: JSON.stringify([]),
      }).execute();
      return id;
    }));
    gone.simulations.push(...(await simulations(orgId, [366])), ...(await simulations(weekly, [61])));
    expected.simulations.push(...(await simulations(orgId, [300])), ...(await simulations(weekly, [59])));
    gone.audit.push(...(await changes(orgId, [366, 400])), ...(await changes(weekly, [61])));
    expected.audit.push(...(await changes(orgId, [364])), ...(await changes(weekly, [59])));

    // Attempts of an expired delivery go with it; those of a kept one stay.
    await db
      .insertInto('delivery_attempts')
      .values([gone.deliveries[0], expected.deliveries[0]].map((deliveryId) => ({
        id: newId('att'), org_id: orgId, delivery_id: deliveryId, webhook_id: crm.id, attempt: 1, request_method: 'POST',
        request_url: 'https://crm.example.com/hook', request_headers: '{}', duration_ms: 10,
      })))
      .execute();
  });
  afterAll(() => stack.stop());

  it('deletes exactly the rows past each organization’s retention, in batches, and leaves the rest', async () => {
    const schedule = stack.temporal.schedule.getHandle(logRetentionScheduleId(stack.config.TEMPORAL_TASK_QUEUE));
    expect((await schedule.describe()).spec.intervals).toMatchObject([{ every: 86_400_000 }]);
    await schedule.trigger();
    let workflowId: string | undefined;
    for (let i = 0; i < 300 && !workflowId; i++) {
      workflowId = (await schedule.describe()).info.recentActions[0]?.action.workflow.workflowId;
      if (!workflowId) await new Promise((r) => setTimeout(r, 100));
    }
    const result = await stack.temporal.workflow.getHandle(workflowId!).result();
    expect(result).toEqual({ incoming_requests: 6, deliveries: 7, calls: 4, simulations: 2, audit_log: 3, complete: true });

    const { db } = stack;
    const ids = async (query: Promise<Array<{ id: string }>>) => (await query).map((r) => r.id).sort();
    expect(await ids(db.selectFrom('deliveries').select('id').execute())).toEqual([...expected.deliveries].sort());
    expect(await ids(db.selectFrom('incoming_requests').select('id').execute())).toEqual([...expected.incoming].sort());
    expect(await ids(db.selectFrom('calls').select('call_id as id').execute())).toEqual([...expected.calls].sort());
    expect(await ids(db.selectFrom('simulations').select('id').execute())).toEqual([...expected.simulations].sort());
    expect(await ids(db.selectFrom('audit_log').select('id').where('id', 'in', [...gone.audit, ...expected.audit]).execute())).toEqual([...expected.audit].sort());
    expect((await db.selectFrom('delivery_attempts').select('delivery_id').execute()).map((r) => r.delivery_id)).toEqual([expected.deliveries[0]]);

    // The same run rolls up the overview's week: the kept rows of 6 days ago, nothing older.
    const rolled = async (table: string, count: string) =>
      (await sql<{ org_id: string; n: number }>`select org_id, sum(${sql.ref(count)})::int as n from ${sql.table(table)} group by org_id order by org_id`.execute(db)).rows;
    expect(await rolled('delivery_hourly', 'deliveries')).toEqual([{ org_id: weekly, n: 1 }]);
    expect(await rolled('incoming_hourly', 'requests')).toEqual([{ org_id: weekly, n: 1 }]);
  });
});
