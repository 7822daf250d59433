import type { DbOrTrx } from '../database';

export async function insertSimulation(db: DbOrTrx, simulation: { id: string; orgId: string; callId: string; webhookIds?: string[] }): Promise<void> {
  await db.insertInto('simulations').values({ id: simulation.id, org_id: simulation.orgId, call_id: simulation.callId, webhook_ids: simulation.webhookIds ?? null }).execute();
}

/** The outgoing webhooks a simulated call may reach; undefined when the simulation did not narrow them. */
export async function simulationWebhookIds(db: DbOrTrx, orgId: string, callId: string): Promise<string[] | undefined> {
  const row = await db.selectFrom('simulations').select('webhook_ids').where('org_id', '=', orgId).where('call_id', '=', callId).executeTakeFirst();
  return row?.webhook_ids ?? undefined;
}
