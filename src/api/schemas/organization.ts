import { z } from 'zod';
import { nonBlankText, UNPROCESSABLE } from './common';
import { region } from './incoming-webhook';
import { createdTokenSchema } from './token';

// Whether a name is a time zone is Intl's to say (aliases included), which no schema can state: a 422.
const timezone = nonBlankText(100).refine(
  (tz) => {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  },
  { message: 'must be an IANA time zone such as America/New_York or UTC', params: UNPROCESSABLE },
);

/** What an organization's admin sets at /settings. */
export const settingsInput = z.object({
  name: nonBlankText(200),
  default_region: region.default('US'),
  /** A post-call update by caller number matches the caller's most recent call within this window. */
  match_window_seconds: z.number().int().min(60).max(90 * 86_400).default(7 * 86_400),
  /** Days the request and delivery logs are kept (the retention schedule deletes older entries). */
  retention_days: z.number().int().min(1).max(3650).default(30),
  /** Days a closed call stays in the call index, where post-call updates by call id and reports find it. */
  call_retention_days: z.number().int().min(1).max(3650).default(365),
  timezone: timezone.default('UTC'),
});

const limit = z.object({
  per_second: z.number().positive().max(1_000_000),
  burst: z.number().int().min(1).max(10_000_000),
});

/** Requests per second (sustained) and burst, per ingress key, per API token, and per client address of each. */
export const rateLimitsSchema = z.object({ ingress_per_key: limit, ingress_per_address: limit, api_per_token: limit, api_per_address: limit });

/** The limits to change; one set to null returns to its default. */
const rateLimitsChange = z.object({
  ingress_per_key: limit.nullable(),
  ingress_per_address: limit.nullable(),
  api_per_token: limit.nullable(),
  api_per_address: limit.nullable(),
}).partial();

/** What the instance admin sets at /organizations: the settings, the rate limits, and whether it works at all. */
export const organizationInput = settingsInput.extend({
  /** A disabled organization's API tokens and ingress keys stop working at once; its data stays. */
  enabled: z.boolean().default(true),
  rate_limits: rateLimitsChange.default({}),
});

/** The organization's own view: its settings, and the rate limits the instance admin set (or the defaults). */
export const settingsSchema = settingsInput.extend({ id: z.string(), rate_limits: rateLimitsSchema, updated_at: z.string() });

export const organizationSchema = organizationInput.extend({
  id: z.string(),
  rate_limits: rateLimitsSchema,
  disabled_at: z.string().nullable(),
  created_at: z.string(),
  updated_at: z.string(),
});

/** A new organization comes with its first admin token, shown once. */
export const createdOrganizationSchema = organizationSchema.extend({ admin_token: createdTokenSchema });
