import { getCountries } from 'libphonenumber-js';
import { z } from 'zod';
import { HEADER_TAG_MODES, INCOMING_WEBHOOK_TYPES } from '../../db/tables/incoming';
import { instant, nonBlankText, paginationQuery } from './common';

export const LIFESPAN_BOUNDS = { min: 60, max: 30 * 86_400, default: 3600 } as const;

// Upper or lower case, as the schema states it: `gb` is taken and stored as GB.
const REGIONS: string[] = getCountries();
export const region = z
  .enum([...REGIONS, ...REGIONS.map((code) => code.toLowerCase())], { error: () => 'must be an ISO 3166 region code such as US or GB' })
  .transform((code) => code.toUpperCase());

/** An HTTP header name (RFC 9110 token). */
const HEADER_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

export const incomingWebhookInput = z.object({
  name: nonBlankText(200),
  type: z.enum(INCOMING_WEBHOOK_TYPES, { error: () => `must be one of: ${INCOMING_WEBHOOK_TYPES.join(', ')}` }),
  enabled: z.boolean().default(true),
  /** How long `call_data` is held for the caller; for post-call types, how long the call accepts updates. */
  lifespan_seconds: z.number().int().min(LIFESPAN_BOUNDS.min).max(LIFESPAN_BOUNDS.max).default(LIFESPAN_BOUNDS.default),
  /** Region for caller numbers without a country code; null uses the organization's. */
  default_region: region.nullable().default(null),
  /** Parameter name (case-insensitive) → tag name, or onto `caller_id` / `call_id`. */
  parameter_map: z.record(nonBlankText(200), nonBlankText(200)).default({}),
  /**
   * Which request headers become tags: `all`, `none`, or `allow` (those in header_tag_allow). Credentials,
   * cookies and hop-by-hop headers never do; a query or body parameter of the same tag name wins.
   */
  header_tags: z.enum(HEADER_TAG_MODES, { error: () => `must be one of: ${HEADER_TAG_MODES.join(', ')}` }).default('none'),
  /** Header names (any case) that become tags when header_tags is `allow`. */
  header_tag_allow: z.array(z.string().regex(HEADER_NAME, 'must be an HTTP header name').max(200)).max(100).default([]),
});

export type IncomingWebhookInput = z.output<typeof incomingWebhookInput>;

export const incomingWebhookSchema = incomingWebhookInput.extend({
  // As stored (upper case): the input's case-folding transform has no JSON Schema of its own.
  default_region: z.string().nullable(),
  id: z.string(),
  auth_key: z.string(),
  /** Ready to use: the ingress path with the key; append parameters. */
  url: z.string(),
  /** The URL with placeholder parameters, to show senders what to send. */
  example_url: z.string(),
  previous_key_expires_at: z.string().nullable(),
  created_at: z.string(),
  updated_at: z.string(),
});

export type IncomingWebhook = z.output<typeof incomingWebhookSchema>;

export const rotateKeyBody = z.object({
  /** How long the previous key keeps working; 0 retires it at once. */
  grace_period_seconds: z.number().int().min(0).max(30 * 86_400).default(3600),
});

export const incomingLogQuery = paginationQuery.extend({
  webhook_id: z.string().max(100).optional(),
  status: z.coerce.number().int().min(100).max(599).optional(),
  caller: z.string().max(40).optional(),
  from: instant.optional(),
  to: instant.optional(),
});

export const incomingLogSchema = z.object({
  id: z.string(),
  received_at: z.string(),
  method: z.string(),
  path: z.string(),
  status: z.number().int(),
  webhook_id: z.string().nullable(),
  webhook_name: z.string().nullable(),
  caller_id: z.string().nullable(),
  call_id: z.string().nullable(),
  latency_ms: z.number().int(),
});

export const incomingLogDetailSchema = incomingLogSchema.extend({
  query: z.record(z.string(), z.unknown()),
  headers: z.record(z.string(), z.string()),
  body: z.string().nullable(),
  response_body: z.unknown(),
  /** Calls whose tags came from this request (its caller's calls that name it as a tag source), newest first. */
  attached_calls: z.array(z.string()),
});
