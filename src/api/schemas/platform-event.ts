import { z } from 'zod';
import { PLATFORM_EVENT_TYPES } from '../../shared/call';
import { toE164 } from '../../phone';
import { instant, nonBlankText, PHONE_TEXT, UNPROCESSABLE } from './common';

// Printable ASCII with a digit is the shape; whether it is a possible number is a 422 (no schema can say).
const phone = z
  .string()
  .max(40)
  .regex(PHONE_TEXT, 'must be a phone number in ASCII')
  .transform((raw, ctx) => toE164(raw) ?? (ctx.addIssue({ code: 'custom', message: `"${raw.trim()}" is not a possible phone number`, params: UNPROCESSABLE }), z.NEVER));

const money = z.coerce.number().finite().min(0).max(1e9);
const text = z.string().trim().max(500);
const stringMap = z.record(z.string().max(200), z.coerce.string().max(4000));
const objectMap = z.record(z.string().max(200), z.unknown());
// The pattern is the shape a schema can state; whether the text parses as a URL is a 422.
const recordingUrl = z
  .string()
  .max(2000)
  .regex(/^https?:\/\/\S+$/i, 'must be an http(s) URL')
  .refine((raw) => URL.canParse(raw), { message: 'is not a valid URL', params: UNPROCESSABLE });
const ivrInput = z
  .object({
    digits: z.string().max(64).regex(/^[0-9*#A-Da-d]+$/, 'must be DTMF digits (0-9, *, #, A-D)'),
    node: text.optional(),
  })
  .strict();

export const callFieldsSchema = z
  .object({
    call_sid: text,
    from: phone,
    to: phone,
    campaign_id: text,
    campaign_name: text,
    publisher_id: text,
    publisher_name: text,
    buyer_id: text,
    buyer_name: text,
    configured_publisher_payout: money,
    revenue_paid_out: money,
    publisher_paid_out: money,
    conversion_duration_seconds: z.coerce.number().int().min(0).max(86_400),
    duration: z.coerce.number().min(0).max(7 * 86_400),
    hangup_cause: text,
    failure_reason: text,
    hangup_by: z.string().trim().max(100),
    recording_url: recordingUrl,
    caller_name: text,
    caller_city: z.string().trim().max(100),
    caller_state: z.string().trim().max(100),
    caller_zip: z.string().trim().max(20),
    ivr: z.array(ivrInput).max(100).describe('IVR / DTMF inputs in the order the caller made them; replaces any earlier list'),
    sip_headers: stringMap,
    rtb: objectMap,
    landing_page: objectMap,
    tags: stringMap,
  })
  .partial()
  .strict();

export const platformEventBody = z.object({
  type: z.enum(PLATFORM_EVENT_TYPES),
  event_id: nonBlankText(200).optional(),
  occurred_at: instant.optional(),
  call: callFieldsSchema.default({}),
});

/** A platform's call id: what the call workflow's id and the call index are keyed by. */
export const CALL_ID_PATTERN = /^[A-Za-z0-9._:-]{1,128}$/;

export const callIdParams = z.object({
  call_id: z.string().regex(CALL_ID_PATTERN, 'must be 1-128 letters, digits or . _ : -'),
});

export const platformEventAccepted = z.object({ call_id: z.string(), workflow_id: z.string(), event_id: z.string() });
