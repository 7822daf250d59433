// Conditions an outgoing webhook puts on an event before it is delivered, as stored and accepted by the API.
import { z } from 'zod';
import { CALL_FIELDS, EVENT_FIELDS, isCallField, isEventField } from '../templates/call-fields';

export const FILTER_OPS = [
  'equals',
  'not_equals',
  'contains',
  'exists',
  'not_exists',
  'in',
  'gt',
  'gte',
  'lt',
  'lte',
] as const;
export type FilterOp = (typeof FILTER_OPS)[number];

/** `campaign_id` or `call.campaign_id` (a call field), `tags.HOMEOWNER` (a tag), `event.type` (the event). */
export function isFilterField(field: string): boolean {
  const [root, ...rest] = field.split('.');
  const name = rest.join('.');
  if (rest.length === 0) return isCallField(root);
  if (root === 'call') return isCallField(name);
  if (root === 'event') return isEventField(name);
  return root === 'tags' && name.length > 0;
}

/** isFilterField as a pattern, so the API's schema states exactly which fields a filter can name. */
const FILTER_FIELD = new RegExp(`^(?:(?:call\\.)?(?:${CALL_FIELDS.join('|')})|event\\.(?:${EVENT_FIELDS.join('|')})|tags\\.[^\\u0000]+)$`);

const field = z
  .string()
  .regex(FILTER_FIELD, 'field must be a call field (campaign_id or call.campaign_id), a tag (tags.HOMEOWNER) or event.type');

const NUMERIC = /^-?\d+(\.\d+)?$/;
// Accept "30" as well as 30: form-based editors send strings.
const number = z.union([z.number().finite(), z.string().regex(NUMERIC, 'must be a number').transform(Number)]);
const scalar = z.union([z.string(), z.number().finite(), z.boolean()]);

export const filterConditionSchema = z.discriminatedUnion('op', [
  z.object({ field, op: z.enum(['equals', 'not_equals']), value: scalar }).strict(),
  z.object({ field, op: z.literal('contains'), value: z.string().min(1) }).strict(),
  z.object({ field, op: z.enum(['exists', 'not_exists']) }).strict(),
  z.object({ field, op: z.literal('in'), value: z.array(z.union([z.string(), z.number().finite()])).min(1).max(500) }).strict(),
  z.object({ field, op: z.enum(['gt', 'gte', 'lt', 'lte']), value: number }).strict(),
]);

/** All conditions must match for a delivery to go out; an empty list matches every event. */
export const filtersSchema = z.array(filterConditionSchema).max(50);

export type FilterCondition = z.infer<typeof filterConditionSchema>;
export type FilterConditionInput = z.input<typeof filterConditionSchema>;
