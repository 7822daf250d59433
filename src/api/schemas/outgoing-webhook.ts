import { z } from 'zod';
import type { OutgoingWebhookRow } from '../../db/tables/outgoing-webhooks';
import { CALL_EVENT_TYPES } from '../../shared/call';
import { filtersSchema } from '../../filters';
import { DEFAULT_HEALTH_POLICY, DEFAULT_RETRY } from '../../shared/delivery';
import { nonBlankText } from './common';
import { CALL_ID_PATTERN } from './platform-event';
import { webhookHealthSchema } from './webhook-health';

export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
export const BODY_FORMATS = ['json', 'form', 'raw', 'none'] as const;

export const retrySchema = z.object({
  max_attempts: z.number().int().min(1).max(50).default(DEFAULT_RETRY.max_attempts),
  initial_interval_seconds: z.number().min(0.1).max(3600).default(DEFAULT_RETRY.initial_interval_seconds),
  backoff_coefficient: z.number().min(1).max(10).default(DEFAULT_RETRY.backoff_coefficient),
  max_interval_seconds: z.number().min(1).max(86_400).default(DEFAULT_RETRY.max_interval_seconds),
});

export const healthPolicySchema = z
  .object({
    /** Consecutive failed attempts (a 429 aside) after which the webhook is `failing`… */
    failing_after: z.number().int().min(1).max(10_000).default(DEFAULT_HEALTH_POLICY.failing_after),
    /** …and after which it is `paused`: deliveries are held, unattempted, while a probe checks it. */
    pause_after: z.number().int().min(1).max(10_000).default(DEFAULT_HEALTH_POLICY.pause_after),
    probe_initial_interval_seconds: z.number().min(0.1).max(86_400).default(DEFAULT_HEALTH_POLICY.probe_initial_interval_seconds),
    probe_max_interval_seconds: z.number().min(0.1).max(86_400).default(DEFAULT_HEALTH_POLICY.probe_max_interval_seconds),
    /** Held deliveries released per second once the webhook answers again. */
    drain_per_second: z.number().int().min(1).max(1000).default(DEFAULT_HEALTH_POLICY.drain_per_second),
    /** A paused webhook with this many deliveries waiting alerts the notification channels (once per pause). */
    backlog_alert_threshold: z.number().int().min(1).max(10_000_000).default(DEFAULT_HEALTH_POLICY.backlog_alert_threshold),
  });
// How the fields relate (pause_after ≥ failing_after, probe max ≥ initial) is checked on save: a 422.

export const rateLimitSchema = z.object({
  requests: z.number().int().min(1).max(100_000),
  per: z.enum(['second', 'minute']),
  /** How many may go at once before the pace applies (1: evenly spaced). */
  burst: z.number().int().min(1).max(10_000).default(1),
});

const headerName = z.string().regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, 'is not a valid HTTP header name');

/** Every header is a template rendered per delivery; a receiver needs a handful. */
export const MAX_HEADERS = 50;
const headers = z
  .record(headerName, z.string().max(8000))
  .refine((h) => Object.keys(h).length <= MAX_HEADERS, `must have at most ${MAX_HEADERS} headers`)
  .meta({ maxProperties: MAX_HEADERS });

export const outgoingWebhookInput = z.object({
  name: nonBlankText(200),
  enabled: z.boolean().default(true),
  /** At least one, unless the webhook is a notification channel only. */
  event_types: z.array(z.enum(CALL_EVENT_TYPES, { error: () => `must be one of: ${CALL_EVENT_TYPES.join(', ')}` })),
  method: z.enum(HTTP_METHODS).default('POST'),
  url: nonBlankText(4000),
  headers: headers.default({}),
  body_format: z.enum(BODY_FORMATS).default('json'),
  body_template: z.string().max(64_000).default(''),
  filters: filtersSchema.default([]),
  retry: retrySchema.default(DEFAULT_RETRY),
  timeout_ms: z.number().int().min(100).max(60_000).default(10_000),
  health_policy: healthPolicySchema.default(DEFAULT_HEALTH_POLICY),
  /** Sends no faster than this (pacing is durable and shared by every worker); null: as fast as events come. */
  rate_limit: rateLimitSchema.nullable().default(null),
  /** Receives alerts when the organization's other webhooks turn failing, paused or healthy again. */
  notification_channel: z.boolean().default(false),
  /** The alerts' body; empty: `{"text": "[ALERT_TEXT]"}` for JSON (`text=…` for a form, the text for raw). */
  alert_template: z.string().max(64_000).default(''),
  /** Standard Webhooks signatures; turning it on issues a secret, shown once in that response. */
  signing: z.object({ enabled: z.boolean() }).default({ enabled: false }),
});

export type OutgoingWebhookInput = z.output<typeof outgoingWebhookInput>;

export const signingState = z.object({
  enabled: z.boolean(),
  /** While set, the secret before the last rotation still signs alongside the current one. */
  previous_secret_expires_at: z.string().nullable(),
});

/** A webhook's configuration as the API shows it (and the audit log diffs it). */
export const outgoingWebhookConfigSchema = outgoingWebhookInput.extend({
  signing: signingState,
  id: z.string(),
  version: z.number().int(),
  created_at: z.string(),
  updated_at: z.string(),
});

export type OutgoingWebhookConfig = z.output<typeof outgoingWebhookConfigSchema>;

/** …and with its health, which deliveries change, not operators. */
export const outgoingWebhookSchema = outgoingWebhookConfigSchema.extend({ health: webhookHealthSchema });

export type OutgoingWebhook = z.output<typeof outgoingWebhookSchema>;

/** Create, a PATCH that turns signing on, and rotate answer with the secret: the only time it is shown. */
export const outgoingWebhookWithSecret = outgoingWebhookSchema.extend({ signing_secret: z.string().optional() });

export const rotateSecretBody = z.object({
  /** How long the old secret keeps signing alongside the new one (default a day, at most a week). */
  grace_period_seconds: z.number().int().min(0).max(7 * 86_400).default(86_400),
});

const eventType = z.enum(CALL_EVENT_TYPES);

export const previewSavedBody = z.object({
  /** Render with this call's data instead of the sample call. */
  call_id: z.string().regex(CALL_ID_PATTERN, 'must be 1-128 letters, digits or . _ : -').optional(),
  /** The event to render for; defaults to the webhook's first event type. */
  event_type: eventType.optional(),
});

export const testSendBody = previewSavedBody.pick({ event_type: true });

export const previewUnsavedBody = outgoingWebhookInput
  .pick({ method: true, url: true, headers: true, body_format: true, body_template: true })
  .extend({ event_type: eventType.optional() });

/** An unsaved template checked against the organization's latest calls, with the filters it would apply. */
export const checkCallsBody = previewUnsavedBody.extend({ filters: filtersSchema.default([]) });

export const callCheckSchema = z.object({
  data: z.array(
    z.object({
      call_id: z.string(),
      started_at: z.string().nullable(),
      /** `send`: it would go out; `skip`: the filters leave the call out; `error`: the template cannot render for it. */
      outcome: z.enum(['send', 'skip', 'error']),
      /** Why it is skipped or cannot render. */
      reason: z.string().nullable(),
      /** Tokens that render empty for this call. */
      empty: z.array(z.string()),
      body: z.string().nullable(),
    }),
  ),
});

export const templateProblemSchema = z.object({ severity: z.enum(['error', 'warning']), field: z.string(), message: z.string() });

export const previewSchema = z.object({
  method: z.string(),
  url: z.string(),
  headers: z.record(z.string(), z.string()),
  body: z.string().nullable(),
  /** Render warnings: unknown tokens and the like. */
  warnings: z.array(z.string()),
  /** Every problem validation finds, per field; errors would block saving. */
  problems: z.array(templateProblemSchema),
});

export const testSendSchema = z.object({
  delivery_id: z.string(),
  request: z.object({ method: z.string(), url: z.string(), headers: z.record(z.string(), z.string()), body: z.string().nullable() }),
  response: z.object({ status: z.number(), headers: z.record(z.string(), z.string()), body: z.string(), body_truncated: z.boolean() }).nullable(),
  error: z.string().nullable(),
  duration_ms: z.number(),
});

export const resumeBody = z.object({
  /** Fail every pending and held delivery instead of draining them (they can be recovered later). */
  discard_pending: z.boolean().default(false),
});

export const resumedWebhook = outgoingWebhookSchema.extend({ discarded: z.number().int() });

/** A stored webhook as the API shows it (its health is added by the routes). */
export function toOutgoingWebhook(row: OutgoingWebhookRow): OutgoingWebhookConfig {
  const graceEnds = row.previous_signing_secret_expires_at;
  return {
    id: row.id,
    name: row.name,
    enabled: row.enabled,
    event_types: row.event_types as OutgoingWebhookConfig['event_types'],
    method: row.method as OutgoingWebhookConfig['method'],
    url: row.url,
    headers: row.headers,
    body_format: row.body_format as OutgoingWebhookConfig['body_format'],
    body_template: row.body_template,
    filters: row.filters,
    retry: row.retry,
    timeout_ms: row.timeout_ms,
    health_policy: row.health_policy,
    rate_limit: row.rate_limit,
    notification_channel: row.notification_channel,
    alert_template: row.alert_template,
    signing: {
      enabled: row.signing_secret !== null,
      previous_secret_expires_at: row.previous_signing_secret && graceEnds && graceEnds > new Date() ? graceEnds.toISOString() : null,
    },
    version: row.version,
    created_at: row.created_at.toISOString(),
    updated_at: row.updated_at.toISOString(),
  };
}
