import { z } from 'zod';
import { CALL_EVENT_TYPES, type CallEventType } from '../../shared/call';
import { seenTagNames } from '../../db/repositories/calls';
import { listAllTags } from '../../db/repositories/tags';
import { CALL_FIELD_TOKENS } from '../../templates';
import type { ApiContext } from '../context';
import type { ApiRoutes } from '../route';

// A Record over CallEventType: an event added to the workflow's vocabulary must be described here.
const EVENT_DESCRIPTIONS: Record<CallEventType, string> = {
  'call.incoming': 'A call was received; pre-call data for the caller is already attached',
  'call.connected': 'The call was answered by a buyer or target',
  'call.on_5_secs_mark': 'The connected call reached 5 seconds (not sent if it ended first)',
  'call.on_15_secs_mark': 'The connected call reached 15 seconds (not sent if it ended first)',
  'call.on_30_secs_mark': 'The connected call reached 30 seconds (not sent if it ended first)',
  'call.on_45_secs_mark': 'The connected call reached 45 seconds (not sent if it ended first)',
  'call.on_60_secs_mark': 'The connected call reached 60 seconds (not sent if it ended first)',
  'call.hangup': 'Either party hung up',
  'call.failure': 'The call could not connect (busy, no answer, error)',
  'call.converted': 'The call converted: explicitly, by the duration rule, or by a post-call update; at most once per call',
  'call.completed': 'The call is over and its conversion evaluated; once per call',
  'call.updated': 'A post-call update changed revenue, payout, reason or tags',
};

const tokenSchema = z.object({ name: z.string(), description: z.string(), example: z.string() });

export const eventCatalogueSchema = z.object({
  data: z.array(z.object({ type: z.enum(CALL_EVENT_TYPES), description: z.string() })),
  /** `[NAME]` tokens every event offers (call fields and event fields); tags are used the same way, `[HOMEOWNER]`. */
  tokens: z.array(tokenSchema),
  /** The organization's tag definitions, offered beside the call fields as `[NAME]` / `{{ tags.NAME }}`. */
  tags: z.array(z.object({ name: z.string(), display_name: z.string(), description: z.string() })),
  /** Tag names on the organization's recent calls that no definition names (kept on calls all the same). */
  seen_tags: z.array(z.string()),
});

export function eventTypeRoutes(routes: ApiRoutes, { db }: ApiContext): void {
  routes.add(
    {
      method: 'get', path: '/event-types', tag: 'Outgoing webhooks', summary: 'Events outgoing webhooks can subscribe to, and the template tokens available',
      responses: { 200: { description: 'The event catalogue', schema: eventCatalogueSchema } },
    },
    async ({ auth }) => {
      const tags = (await listAllTags(db, auth.orgId)).map(({ name, display_name, description }) => ({ name, display_name, description }));
      const defined = new Set(tags.map((t) => t.name));
      return {
        status: 200,
        body: {
          data: CALL_EVENT_TYPES.map((type) => ({ type, description: EVENT_DESCRIPTIONS[type] })),
          tokens: CALL_FIELD_TOKENS,
          tags,
          seen_tags: (await seenTagNames(db, auth.orgId)).filter((name) => !defined.has(name)),
        },
      };
    },
  );
}
