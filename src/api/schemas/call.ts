import { z } from 'zod';
import { toE164 } from '../../phone';
import type { CallRow } from '../../db/tables/calls';
import { CALL_FACTS, CALL_STATUSES, INDEXED_FACTS, indexedFacts, LISTED_FACTS, type IndexedFact } from '../../shared/call';
import type { LiveCallState } from '../../shared/messages';
import { TAG_SOURCE_TYPES } from '../../shared/tags';
import { instant, nonBlankText, paginationQuery, PHONE_TEXT, timeCursor } from './common';
import { CALL_ID_PATTERN } from './platform-event';
import { EMPTY_TAG_REASONS } from '../../tags/empty-tags';
import { TIMELINE_KINDS } from '../../temporal/timeline';


/** A number as a sender would write it; one that is not a possible number matches no call. */
export const callerFilter = z
  .string()
  .max(40)
  .regex(PHONE_TEXT, 'must be a phone number in ASCII')
  .transform((raw) => toE164(raw) ?? raw);

export const callListQuery = paginationQuery.extend({
  cursor: timeCursor.schema(CALL_ID_PATTERN),
  status: z.enum(CALL_STATUSES).optional(),
  caller: callerFilter.optional(),
  campaign_id: nonBlankText(500).optional(),
  from: instant.optional().describe('calls that started at or after this time'),
  to: instant.optional().describe('calls that started before this time'),
});

const nullableText = z.string().nullable();
const nullableTime = z.string().nullable();
const nullableNumber = z.number().nullable();

type FactSchema<K extends IndexedFact> = (typeof CALL_FACTS)[K]['kind'] extends 'text' ? typeof nullableText : typeof nullableNumber;

/** The API's field for each of `facts`, by its kind (src/shared/call.ts). */
function factFields<K extends IndexedFact>(facts: readonly K[]): { [P in K]: FactSchema<P> } {
  return Object.fromEntries(facts.map((fact) => [fact, CALL_FACTS[fact].kind === 'text' ? nullableText : nullableNumber])) as { [P in K]: FactSchema<P> };
}

export const callSummarySchema = z.object({
  call_id: z.string(),
  workflow_id: z.string(),
  status: z.string(),
  from: nullableText,
  to: nullableText,
  ...factFields(LISTED_FACTS),
  converted: z.boolean(),
  simulated: z.boolean().describe('A call from the call simulator'),
  call_converted_at: nullableTime,
  started_at: nullableTime,
  connected_at: nullableTime,
  ended_at: nullableTime,
  completed_at: nullableTime,
  post_call_window_ends_at: nullableTime,
  closed_at: nullableTime,
});

const ivrInputSchema = z.object({ digits: z.string(), node: z.string().optional() });

/** Where one tag's value came from: its source, and for webhook data the webhook and the request. */
const tagValueSourceSchema = z.object({ type: z.enum(TAG_SOURCE_TYPES), key: z.string(), webhook_id: z.string().optional(), request_id: z.string().optional() });

export const callDetailSchema = callSummarySchema.extend({
  ...factFields(INDEXED_FACTS),
  ivr: z.array(ivrInputSchema).describe('IVR / DTMF inputs in the order the caller made them'),
  tags: z.record(z.string(), z.string()),
  tag_sources: z.record(z.string(), tagValueSourceSchema).describe('where each tag value came from'),
  source: z.enum(['workflow', 'index']).describe('workflow: live state of a running call; index: the call index'),
});

export type CallSummary = z.output<typeof callSummarySchema>;
export type CallDetail = z.output<typeof callDetailSchema>;

export const timelineEntrySchema = z.object({
  at: z.string(),
  kind: z.enum(TIMELINE_KINDS),
  title: z.string(),
  detail: z.record(z.string(), z.unknown()).optional(),
});

export const callTimelineSchema = z.object({
  call_id: z.string(),
  workflow_id: z.string(),
  temporal_web_url: z.string().nullable(),
  entries: z.array(timelineEntrySchema),
});

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function toCallSummary(row: CallRow): CallSummary {
  return {
    call_id: row.call_id,
    workflow_id: row.workflow_id,
    status: row.status,
    from: row.caller,
    to: row.tracking_number,
    ...indexedFacts(row, null, LISTED_FACTS),
    converted: row.converted,
    simulated: row.simulated,
    call_converted_at: iso(row.call_converted_at),
    started_at: iso(row.started_at),
    connected_at: iso(row.connected_at),
    ended_at: iso(row.ended_at),
    completed_at: iso(row.completed_at),
    post_call_window_ends_at: iso(row.post_call_window_ends_at),
    closed_at: iso(row.closed_at),
  };
}

export function indexedCallDetail(row: CallRow): CallDetail {
  return {
    ...toCallSummary(row),
    ...indexedFacts(row, null),
    ivr: row.ivr ?? [],
    tags: row.tags,
    tag_sources: row.tag_sources,
    source: 'index',
  };
}

export function liveCallDetail(workflowId: string, live: LiveCallState): CallDetail {
  const text = (v: string | undefined) => v ?? null;
  return {
    call_id: live.call_id,
    workflow_id: workflowId,
    status: live.status,
    from: text(live.from),
    to: text(live.to),
    ...indexedFacts(live, null),
    converted: live.converted,
    simulated: live.simulated === true,
    call_converted_at: text(live.call_converted_at),
    started_at: text(live.started_at),
    connected_at: text(live.connected_at),
    ended_at: text(live.ended_at),
    completed_at: text(live.completed_at),
    post_call_window_ends_at: text(live.post_call_window_ends_at),
    closed_at: null,
    ivr: live.ivr ?? [],
    tags: live.tags,
    tag_sources: live.tag_sources ?? {},
    source: 'workflow',
  };
}

export const emptyTagsSchema = z.object({
  call_id: z.string(),
  caller: z.string().nullable(),
  empty_tags: z
    .array(
      z.object({
        tag: z.string(),
        used_by: z.array(z.string()).describe("Outgoing webhooks that sent this call and name the tag; empty when only the organization's tag definitions name it"),
        reasons: z.array(
          z.object({
            kind: z.enum(EMPTY_TAG_REASONS),
            text: z.string(),
            request_id: z.string().nullable().describe('The incoming request the reason is about'),
            delivery_id: z.string().nullable().describe('The delivery the reason is about (delivery_filtered)'),
            at: z.string().nullable(),
          }),
        ),
      }),
    )
    .describe("Each tag the call's webhooks or the organization's definitions name that had no value on the call, with why"),
});
