// Evaluates outgoing webhook filters against the call and event being delivered.
//
// Semantics (chosen for values that come from many sources: RTB, landing pages, SIP headers):
// - Strings compare case-insensitively and ignore surrounding spaces ("Yes" equals "yes").
// - A number in the condition compares numerically: tag "30" equals 30; gt/gte/lt/lte parse the field as a number
//   and never match a field that is not one.
// - A boolean in the condition matches true/false or the strings "true"/"false".
// - A missing or empty field only matches not_equals and not_exists.
import type { RenderContext } from '../shared/call';
import { callFieldValue, isCallField, isEventField, tagValue, type Scalar } from '../templates/call-fields';
import type { FilterCondition } from './schema';

function fieldValue(field: string, ctx: RenderContext): Scalar | undefined {
  const dot = field.indexOf('.');
  const root = dot < 0 ? 'call' : field.slice(0, dot);
  const name = dot < 0 ? field : field.slice(dot + 1);
  if (root === 'tags') return tagValue(ctx, name);
  if (root === 'event') return isEventField(name) ? ctx.event[name] : undefined;
  return root === 'call' && isCallField(name) ? callFieldValue(ctx.call, name) : undefined;
}

function isMissing(value: Scalar | undefined): value is undefined {
  return value == null || value === '';
}

function toNumber(value: Scalar): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean' || value.trim() === '') return NaN;
  return Number(value);
}

function normalized(value: Scalar): string {
  return String(value).trim().toLowerCase();
}

function sameValue(actual: Scalar, expected: Scalar): boolean {
  if (typeof expected === 'number') return toNumber(actual) === expected;
  return normalized(actual) === normalized(expected);
}

function conditionHolds(condition: FilterCondition, actual: Scalar | undefined): boolean {
  if (condition.op === 'not_exists') return isMissing(actual);
  if (condition.op === 'not_equals') return isMissing(actual) || !sameValue(actual, condition.value);
  if (isMissing(actual)) return false;
  switch (condition.op) {
    case 'exists':
      return true;
    case 'equals':
      return sameValue(actual, condition.value);
    case 'contains':
      return normalized(actual).includes(normalized(condition.value));
    case 'in':
      return condition.value.some((expected) => sameValue(actual, expected));
    case 'gt':
      return toNumber(actual) > condition.value;
    case 'gte':
      return toNumber(actual) >= condition.value;
    case 'lt':
      return toNumber(actual) < condition.value;
    case 'lte':
      return toNumber(actual) <= condition.value;
  }
}

/** The first condition the event does not satisfy, or undefined when all do. */
export function findFailingFilter(
  filters: readonly FilterCondition[],
  ctx: RenderContext,
): FilterCondition | undefined {
  return filters.find((condition) => !conditionHolds(condition, fieldValue(condition.field, ctx)));
}

export function matchesFilters(filters: readonly FilterCondition[], ctx: RenderContext): boolean {
  return findFailingFilter(filters, ctx) === undefined;
}

/** Why a delivery was skipped, for logs: `tags.HOMEOWNER equals "yes" (actual: "no")`; undefined if it matches. */
export function describeFilterMismatch(filters: readonly FilterCondition[], ctx: RenderContext): string | undefined {
  const failing = findFailingFilter(filters, ctx);
  if (!failing) return undefined;
  const actual = fieldValue(failing.field, ctx);
  const expected = 'value' in failing ? ` ${JSON.stringify(failing.value)}` : '';
  return `${failing.field} ${failing.op}${expected} (actual: ${isMissing(actual) ? 'missing' : JSON.stringify(actual)})`;
}
