import { z } from 'zod';
import type { IncomingWebhookType } from '../../db/tables/incoming';
import { namedParameters } from '../../incoming/parameters';
import { INGRESS_PATHS } from '../schemas/incoming-webhook-view';
import type { OpenApiRegistry, OperationDoc } from '../openapi';
import { problemSchema } from '../schemas/common';

const ingressReply = z.object({
  ok: z.literal(true),
  request_id: z.string(),
  caller_id: z.string().optional(),
  call_id: z.string().optional(),
  expires_at: z.string().optional(),
  duplicate: z.boolean().optional(),
  /** The call is live: the update is kept in order and applied when the call completes. */
  queued: z.boolean().optional(),
  /** No call matched yet: held until expires_at (the match window) and applied when the call appears. */
  held: z.boolean().optional(),
  held_id: z.string().optional(),
});

/** Every ingress answer carries its request id; refusals are problems too. */
const ingressProblem = problemSchema.extend({ ok: z.literal(false), request_id: z.string() });

const SUMMARIES: Record<IncomingWebhookType, string> = {
  call_data: 'Pre-call data for a caller (caller_id; every other parameter becomes a tag)',
  update_fields: 'Post-call update: converted, call_converted_at, revenue_paid_out, publisher_paid_out, reason, no_payout_reason, add, remove (top-level or nested in fields)',
  update_revenue: 'Post-call revenue: revenue_paid_out, publisher_paid_out',
  update_tags: 'Post-call tags: add, remove, or tag parameters',
};

/**
 * The parameters each path reads by name. Names match in any letter case and may come from the query or the
 * body (JSON or form, the body winning); caller_id has aliases (callerid, cid, phone, phone_number).
 */
const parametersOf = (type: IncomingWebhookType) => z.object(Object.fromEntries(namedParameters(type).map((name) => [name, z.string().optional()])));

/** The public ingress in the OpenAPI document: every path, by GET and POST. */
export function documentIngress(openapi: OpenApiRegistry, bodyLimitBytes: number): void {
  const refused = (description: string) => ({ description, schema: ingressProblem });
  for (const [type, path] of Object.entries(INGRESS_PATHS) as Array<[IncomingWebhookType, string]>) {
    const postCall: OperationDoc['responses'] = type === 'call_data' ? {} : {
      202: { description: 'No call matched yet: held (GET /api/v1/held-postbacks) for the match window, applied when the call appears', schema: ingressReply },
      409: refused('A rule of the call refused the update (publisher_paid_out or no_payout_reason before the call completed); the detail names it'),
      410: refused('The call closed before late updates could reopen calls'),
    };
    for (const method of ['get', 'post'] as const) {
      openapi.add({
        method, path, tag: 'Ingress', summary: SUMMARIES[type], auth: 'auth_key', query: parametersOf(type),
        responses: {
          200: { description: type === 'call_data' ? "Accepted: committed to PostgreSQL and given to the caller's calls in progress" : 'Accepted: applied to the call (durable in Temporal)', schema: ingressReply },
          400: refused('Bad input; the body names the field'),
          401: refused('Missing or unknown auth key, or a key of another webhook type'),
          403: refused('The webhook or its organization is disabled'),
          ...postCall,
          413: refused(`Body over ${bodyLimitBytes / 1024} KB`),
          415: refused('The body has an unsupported charset or content encoding'),
          429: refused('Over the rate limit of the key or the client address; retry after Retry-After'),
          503: refused('PostgreSQL or Temporal cannot take the data now. Retry after Retry-After; a repeat has the same effect once.'),
        },
      });
    }
  }
}
