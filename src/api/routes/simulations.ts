import type { Request } from 'express';
import { findEnabledIncomingWebhookOfType, findIncomingWebhook } from '../../db/repositories/incoming-webhooks';
import type { IncomingWebhookType } from '../../db/tables/incoming';
import { INGRESS_PATHS } from '../schemas/incoming-webhook-view';
import { secretBoxFrom } from '../../security/secret-key';
import { SimulationStepError, startSimulation, type IngressTarget } from '../../simulator/run';
import type { ApiContext } from '../context';
import { conflict, Problem } from '../problem';
import type { ApiRoutes } from '../route';
import { problemSchema } from '../schemas/common';
import { simulationBody, simulationStarted } from '../schemas/simulation';

/** This process's own listening address: the simulator's ingress posts reach the same server. */
function ownBaseUrl(req: Request): string {
  const { localAddress = '127.0.0.1', localPort } = req.socket;
  return `http://${localAddress.includes(':') ? `[${localAddress}]` : localAddress}:${localPort}`;
}

export function simulationRoutes(routes: ApiRoutes, ctx: ApiContext): void {
  const box = secretBoxFrom(ctx.config);

  /** The incoming webhook a simulated post goes through: the one named, else the organization's first enabled one. */
  const ingressTarget = async (orgId: string, type: IncomingWebhookType, id: string | undefined, field: string): Promise<IngressTarget> => {
    const row = id ? await findIncomingWebhook(ctx.db, orgId, id) : await findEnabledIncomingWebhookOfType(ctx.db, orgId, type);
    if (id && (!row || row.type !== type)) throw new Problem(422, 'Unprocessable Content', `${field}: no ${type} incoming webhook ${id}`, { errors: [{ path: `body.${field}`, message: `no ${type} incoming webhook ${id}` }] });
    if (!row?.enabled) throw conflict(`The simulation needs an enabled ${type} incoming webhook to post through${id ? `; ${id} is disabled` : ''}`);
    return { path: INGRESS_PATHS[type], key: box.open(row.key_sealed) };
  };

  routes.add(
    {
      method: 'post', path: '/simulations', tag: 'Simulator',
      summary: "Run a simulated call through the real path (pre-call post, incoming, connected, marks, hangup, postback) against the organization's webhooks; its deliveries are flagged simulated",
      body: simulationBody,
      responses: {
        202: { description: 'Started: the call exists; its timeline fills in as the simulation runs', schema: simulationStarted },
        409: { description: 'The simulation needs an enabled incoming webhook of a type the organization has none of', schema: problemSchema },
        422: { description: 'An outgoing or incoming webhook named does not exist in the organization, or the ingress refused the pre-call data', schema: problemSchema },
      },
    },
    async ({ auth, body, req }) => {
      if (body.webhook_ids) {
        const known = await ctx.db.selectFrom('outgoing_webhooks').select('id').where('org_id', '=', auth.orgId).where('id', 'in', body.webhook_ids).execute();
        const missing = body.webhook_ids.filter((id) => !known.some((row) => row.id === id));
        if (missing.length) throw new Problem(422, 'Unprocessable Content', `webhook_ids: no outgoing webhook ${missing.join(', ')}`, { errors: [{ path: 'body.webhook_ids', message: `no outgoing webhook ${missing.join(', ')}` }] });
      }
      const preCall = body.pre_call && { ...(await ingressTarget(auth.orgId, 'call_data', body.pre_call.incoming_webhook_id, 'pre_call.incoming_webhook_id')), data: body.pre_call.data };
      const postback = body.postback && {
        ...(await ingressTarget(auth.orgId, 'update_fields', body.postback.incoming_webhook_id, 'postback.incoming_webhook_id')),
        fields: { converted: body.postback.converted, ...(body.postback.revenue_paid_out !== undefined && { revenue_paid_out: body.postback.revenue_paid_out }) },
      };
      try {
        const started = await startSimulation(ctx, {
          orgId: auth.orgId,
          ingressBaseUrl: ownBaseUrl(req),
          webhookIds: body.webhook_ids,
          call: body.call ?? {},
          connectedSeconds: body.connected_seconds,
          preCall,
          postback,
        });
        return { status: 202, body: started };
      } catch (err) {
        if (err instanceof SimulationStepError) throw new Problem(422, 'Unprocessable Content', `The ingress refused the pre-call data: ${err.message}`);
        throw err;
      }
    },
  );
}
