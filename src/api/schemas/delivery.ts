import { z } from 'zod';
import type { QueuedBehind } from '../../db/repositories/deliveries';
import type { DeliveryAttemptRow, DeliveryRow } from '../../db/tables/deliveries';
import { CALL_EVENT_TYPES } from '../../shared/call';
import { callerFilter } from './call';
import { ID_PATTERN, instant, paginationQuery, timeCursor } from './common';

/** `held`: its webhook is paused; it waits, unattempted, until the webhook is resumed or answers a probe. */
export const DELIVERY_STATUSES = ['pending', 'held', 'succeeded', 'failed', 'skipped'] as const;

export const deliverySchema = z.object({
  id: z.string(),
  webhook_id: z.string(),
  webhook_name: z.string(),
  call_id: z.string().nullable(),
  event_id: z.string(),
  event_type: z.string(),
  method: z.string().nullable(),
  url: z.string().nullable(),
  status: z.enum(DELIVERY_STATUSES),
  attempts_count: z.number().int(),
  last_status_code: z.number().int().nullable(),
  duration_ms: z.number().int().nullable(),
  /** The latest attempt's error, or why the delivery was skipped. */
  error: z.string().nullable(),
  /** When a pending delivery is tried next, by the webhook's retry schedule. */
  next_attempt_at: z.string().nullable(),
  /** The event's first delivery, whose id a redelivery sends again as `webhook-id`. */
  redelivery_of: z.string().nullable(),
  /**
   * A pending delivery not attempted yet because earlier deliveries of the same call to the same webhook are
   * still unsettled (events go out in order): how many are ahead and the one at the head, with what it is doing.
   */
  queued_behind: z
    .object({
      ahead: z.number().int(),
      delivery_id: z.string(),
      event_type: z.string(),
      status: z.enum(DELIVERY_STATUSES),
      attempts_count: z.number().int(),
      error: z.string().nullable(),
    })
    .nullable(),
  /** The tags the payload was rendered with (the call's tags when the event was emitted). */
  tags: z.array(z.string()),
  /** Sent by `POST /outgoing-webhooks/{id}/test` with sample data. */
  test: z.boolean(),
  /** For a call from the call simulator (`POST /simulations`): never redelivered or recovered. */
  simulated: z.boolean(),
  created_at: z.string(),
  updated_at: z.string(),
});

export type Delivery = z.output<typeof deliverySchema>;

const headers = z.record(z.string(), z.string());

export const deliveryAttemptSchema = z.object({
  id: z.string(),
  attempt: z.number().int(),
  request: z.object({ method: z.string(), url: z.string(), headers, body: z.string().nullable() }),
  response: z.object({ status: z.number().int(), headers, body: z.string(), body_truncated: z.boolean() }).nullable(),
  duration_ms: z.number().int(),
  error: z.string().nullable(),
  /** The OpenTelemetry trace the attempt ran in (docs/operability.md); null when tracing is off. */
  trace_id: z.string().nullable(),
  created_at: z.string(),
});

export type DeliveryAttempt = z.output<typeof deliveryAttemptSchema>;

export const deliveryDetailSchema = deliverySchema.extend({ attempts: z.array(deliveryAttemptSchema) });

export const deliveryListQuery = paginationQuery.extend({
  cursor: timeCursor.schema(ID_PATTERN),
  webhook_id: z.string().max(100).optional(),
  call_id: z.string().max(128).optional(),
  event_type: z.enum(CALL_EVENT_TYPES).optional(),
  status: z.enum(DELIVERY_STATUSES).optional(),
  caller: callerFilter.optional().describe("deliveries of the caller's calls"),
  from: instant.optional(),
  to: instant.optional(),
});

export type DeliveryListQuery = z.output<typeof deliveryListQuery>;

export function toDelivery(row: DeliveryRow, queued: ReadonlyMap<string, QueuedBehind> = new Map()): Delivery {
  return {
    id: row.id,
    webhook_id: row.webhook_id,
    webhook_name: row.webhook_name,
    call_id: row.call_id,
    event_id: row.event_id,
    event_type: row.event_type,
    method: row.method,
    url: row.url,
    status: row.status,
    attempts_count: row.attempts_count,
    last_status_code: row.last_status_code,
    duration_ms: row.duration_ms,
    error: row.error,
    next_attempt_at: row.next_attempt_at?.toISOString() ?? null,
    redelivery_of: row.redelivery_of,
    queued_behind: queued.get(row.id) ?? null,
    tags: Object.keys(row.context?.tags ?? {}),
    test: row.test,
    simulated: row.simulated,
    created_at: row.created_at.toISOString(),
    updated_at: row.updated_at.toISOString(),
  };
}

export function toDeliveryAttempt(row: DeliveryAttemptRow): DeliveryAttempt {
  return {
    id: row.id,
    attempt: row.attempt,
    request: { method: row.request_method, url: row.request_url, headers: row.request_headers, body: row.request_body },
    response:
      row.response_status === null
        ? null
        : { status: row.response_status, headers: row.response_headers ?? {}, body: row.response_body ?? '', body_truncated: row.response_body_truncated },
    duration_ms: row.duration_ms,
    error: row.error,
    trace_id: row.trace_id,
    created_at: row.created_at.toISOString(),
  };
}
