import { createHash } from 'node:crypto';
import type { RequestHandler } from 'express';
import { platformEvents } from '../../observability/metrics';
import { PLATFORM_EVENT_TYPES } from '../../shared/call';
import type { ApiContext } from '../context';
import type { ApiRoutes } from '../route';
import { problemSchema } from '../schemas/common';
import { callIdParams, platformEventAccepted, platformEventBody } from '../schemas/platform-event';
import { startCallWithEvent } from '../../temporal/calls';

export function callEventRoutes(routes: ApiRoutes, ctx: ApiContext): void {
  routes.add(
    {
      method: 'post', path: '/calls/:call_id/events', tag: 'Platform', summary: 'Report a call lifecycle event', access: 'platform',
      params: callIdParams, body: platformEventBody,
      responses: {
        202: { description: 'Accepted: the event is durable in the call workflow', schema: platformEventAccepted },
        400: { description: 'Invalid event', schema: problemSchema },
        422: { description: 'A phone number of the documented shape that is not a possible number', schema: problemSchema },
        503: { description: 'Temporal cannot take the event now; retry', schema: problemSchema },
      },
    },
    async ({ auth, params, body }) => {
      const receivedAt = new Date().toISOString();
      // Without a platform event id, identical retries of one request still collapse into one event.
      const eventId = body.event_id ?? `evt_${createHash('sha256').update(JSON.stringify([params.call_id, body.type, body.occurred_at ?? null, body.call])).digest('hex').slice(0, 32)}`;
      const workflowId = await startCallWithEvent(ctx, auth.orgId, params.call_id, {
        type: body.type,
        event_id: eventId,
        occurred_at: body.occurred_at ?? receivedAt,
        received_at: receivedAt,
        call: body.call,
      });
      return { status: 202, body: { call_id: params.call_id, workflow_id: workflowId, event_id: eventId } };
    },
  );
}

/** Counts each posted call event by type (`invalid` for anything else, so a label never takes arbitrary values) and status. */
export const countPlatformEvents: RequestHandler = (req, res, next) => {
  if (req.method === 'POST') {
    const type: unknown = req.body?.type;
    const known = (PLATFORM_EVENT_TYPES as readonly unknown[]).includes(type) ? String(type) : 'invalid';
    res.on('finish', () => platformEvents.inc({ type: known, status: res.statusCode }));
  }
  next();
};
