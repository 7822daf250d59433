// The fields of a call that tokens and filters can read, with a description for API listings. Liquid sees the
// whole call (`{{ call.ivr[0].digits }}`); tokens and filters read a list field as one line of text.
import type { CallSnapshot, IvrInput, RenderContext } from '../shared/call';

/** Keys of CallSnapshot whose values are plain scalars (not maps such as sip_headers). */
export type ScalarCallField = {
  [K in keyof CallSnapshot]-?: NonNullable<CallSnapshot[K]> extends string | number | boolean ? K : never;
}[keyof CallSnapshot];

/** Keys of CallSnapshot holding lists, each read by tokens and filters through LIST_FIELD_TEXT. */
type ListCallField = Exclude<{ [K in keyof CallSnapshot]-?: NonNullable<CallSnapshot[K]> extends unknown[] ? K : never }[keyof CallSnapshot], undefined>;

export type CallFieldName = ScalarCallField | ListCallField;

export type Scalar = string | number | boolean;

/** `main_menu=1, zip=75001`: the inputs in order, each with its node when the platform named one. */
function ivrText(inputs: IvrInput[]): string {
  return inputs.map((input) => (input.node ? `${input.node}=${input.digits}` : input.digits)).join(', ');
}

const LIST_FIELD_TEXT: Readonly<Record<ListCallField, (call: CallSnapshot) => string | undefined>> = {
  ivr: (call) => (call.ivr && call.ivr.length > 0 ? ivrText(call.ivr) : undefined),
};

// A Record over CallFieldName makes the compiler flag any field added to CallSnapshot but not described here.
export const CALL_FIELD_DESCRIPTIONS: Readonly<Record<CallFieldName, string>> = {
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
  hangup_by: 'Who hung up, as the platform reports it (caller, target, system …)',
  recording_url: 'URL of the call recording',
  caller_name: 'Caller name (CNAM)',
  caller_city: "Caller's city",
  caller_state: "Caller's state or region",
  caller_zip: "Caller's ZIP / postal code",
  ivr: 'IVR inputs in order as text: node=digits, comma-separated (Liquid: call.ivr, a list of { digits, node })',
  reason: 'Reason attached to the latest event',
  simulated: 'Whether the call is a simulation from the call simulator (true/false)',
  status: 'Call status: ringing, connected, ended, failed or completed',
  converted: 'Whether the call converted (true/false)',
  call_converted_at: 'When the call converted (ISO 8601)',
  started_at: 'When the call started (ISO 8601)',
  connected_at: 'When the call connected (ISO 8601)',
  ended_at: 'When the call ended (ISO 8601)',
  no_payout_reason: 'Why the publisher is not paid: Campaign preconversion, Condition not met or Caps exceeded',
};

export const CALL_FIELDS = Object.keys(CALL_FIELD_DESCRIPTIONS) as CallFieldName[];

export function isCallField(name: string): name is CallFieldName {
  return Object.prototype.hasOwnProperty.call(CALL_FIELD_DESCRIPTIONS, name);
}

/** A call field as a token or filter reads it: the scalar itself, or a list field as one line of text. */
export function callFieldValue(call: CallSnapshot, name: CallFieldName): Scalar | undefined {
  return Object.prototype.hasOwnProperty.call(LIST_FIELD_TEXT, name) ? LIST_FIELD_TEXT[name as ListCallField](call) : call[name as ScalarCallField];
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
