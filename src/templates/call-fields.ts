// The scalar fields of a call that tokens, Liquid and filters can read, with a description for API listings.
import type { CallSnapshot, RenderContext } from '../shared/call';

/** Keys of CallSnapshot whose values are plain scalars (not maps such as sip_headers). */
export type ScalarCallField = {
  [K in keyof CallSnapshot]-?: NonNullable<CallSnapshot[K]> extends string | number | boolean ? K : never;
}[keyof CallSnapshot];

export type Scalar = string | number | boolean;

// A Record over ScalarCallField makes the compiler flag any field added to CallSnapshot but not described here.
export const CALL_FIELD_DESCRIPTIONS: Readonly<Record<ScalarCallField, string>> = {
  call_id: 'Call id (stable across all events of the call)',
  org_id: 'Organization id',
  call_sid: 'Carrier call SID',
  from: 'Caller number (E.164)',
  to: 'Dialed number (E.164)',
  campaign_id: 'Campaign id',
  campaign_name: 'Campaign name',
  publisher_id: 'Publisher id',
  publisher_name: 'Publisher name',
  buyer_id: 'Buyer id',
  buyer_name: 'Buyer name',
  configured_publisher_payout: 'Publisher payout configured on the campaign',
  revenue_paid_out: 'Revenue paid by the buyer',
  publisher_paid_out: 'Payout actually paid to the publisher',
  conversion_duration_seconds: 'Seconds of connected time needed to convert',
  duration: 'Call duration in seconds',
  hangup_cause: 'Hangup cause reported by the carrier',
  failure_reason: 'Why the call failed',
  reason: 'Reason attached to the latest event',
  status: 'Call status: ringing, connected, ended, failed or completed',
  converted: 'Whether the call converted (true/false)',
  call_converted_at: 'When the call converted (ISO 8601)',
  started_at: 'When the call started (ISO 8601)',
  connected_at: 'When the call connected (ISO 8601)',
  ended_at: 'When the call ended (ISO 8601)',
  no_payout_reason: 'Why the publisher is not paid: Campaign preconversion, Condition not met or Caps exceeded',
};

export const SCALAR_CALL_FIELDS = Object.keys(CALL_FIELD_DESCRIPTIONS) as ScalarCallField[];

export function isScalarCallField(name: string): name is ScalarCallField {
  return Object.prototype.hasOwnProperty.call(CALL_FIELD_DESCRIPTIONS, name);
}

export const EVENT_FIELDS = ['id', 'type', 'occurred_at'] as const;
export type EventField = (typeof EVENT_FIELDS)[number];

export function isEventField(name: string): name is EventField {
  return (EVENT_FIELDS as readonly string[]).includes(name);
}

/** Tags are looked up exactly, then upper-cased: tag names are conventionally upper case. */
export function tagValue(ctx: RenderContext, name: string): string | undefined {
  const { tags } = ctx;
  if (Object.prototype.hasOwnProperty.call(tags, name)) return tags[name];
  const upper = name.toUpperCase();
  return Object.prototype.hasOwnProperty.call(tags, upper) ? tags[upper] : undefined;
}
