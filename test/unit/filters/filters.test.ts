import {
  describeFilterMismatch,
  filterConditionSchema,
  filtersSchema,
  findFailingFilter,
  matchesFilters,
  type FilterConditionInput,
} from '../../../src/filters';
import type { RenderContext } from '../../../src/shared/call';
import { sampleRenderContext } from '../../../src/templates';

function ctxWith(call: Partial<RenderContext['call']> = {}, tags: Record<string, string> = {}): RenderContext {
  const ctx = sampleRenderContext();
  return { ...ctx, call: { ...ctx.call, ...call }, tags: { ...ctx.tags, ...tags } };
}

const matches = (condition: FilterConditionInput, ctx = ctxWith()) =>
  matchesFilters([filterConditionSchema.parse(condition)], ctx);

describe('filterConditionSchema', () => {
  it.each<[string, unknown]>([
    ['a call field', { field: 'campaign_id', op: 'equals', value: 'x' }],
    ['a call.* field', { field: 'call.duration', op: 'gt', value: 30 }],
    ['a tag', { field: 'tags.HOMEOWNER', op: 'exists' }],
    ['an event field', { field: 'event.type', op: 'in', value: ['call.converted'] }],
    ['a numeric string bound', { field: 'duration', op: 'lte', value: '60' }],
  ])('accepts %s', (_, condition) => {
    expect(filterConditionSchema.safeParse(condition).success).toBe(true);
  });

  it('turns a numeric string bound into a number', () => {
    expect(filterConditionSchema.parse({ field: 'duration', op: 'gte', value: '30.5' })).toEqual({
      field: 'duration',
      op: 'gte',
      value: 30.5,
    });
  });

  it.each<[string, unknown, string]>([
    ['an unknown call field', { field: 'colour', op: 'exists' }, 'field must be a call field'],
    ['a map field', { field: 'call.sip_headers', op: 'exists' }, 'field must be a call field'],
    ['an empty tag name', { field: 'tags.', op: 'exists' }, 'field must be a call field'],
    ['an unknown op', { field: 'from', op: 'matches', value: 'x' }, 'op'],
    ['equals without a value', { field: 'from', op: 'equals' }, 'value'],
    ['exists with a value', { field: 'from', op: 'exists', value: 'x' }, 'Unrecognized key: "value"'],
    ['contains with an empty string', { field: 'from', op: 'contains', value: '' }, 'value'],
    ['in with an empty list', { field: 'from', op: 'in', value: [] }, 'value'],
    ['in with a scalar', { field: 'from', op: 'in', value: 'x' }, 'value'],
    ['gt with a word', { field: 'duration', op: 'gt', value: 'long' }, 'value'],
    ['gt with a boolean', { field: 'duration', op: 'gt', value: true }, 'value'],
  ])('rejects %s', (_, condition, mentions) => {
    const result = filterConditionSchema.safeParse(condition);
    expect(result.success).toBe(false);
    const text = result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n');
    expect(text).toContain(mentions);
  });

  it('accepts an empty list and rejects a non-array', () => {
    expect(filtersSchema.parse([])).toEqual([]);
    expect(filtersSchema.safeParse({ field: 'from', op: 'exists' }).success).toBe(false);
  });
});

describe('matchesFilters', () => {
  it('equals: strings case-insensitively, trimmed; numbers numerically; booleans', () => {
    expect(matches({ field: 'tags.HOMEOWNER', op: 'equals', value: ' YES ' })).toBe(true);
    expect(matches({ field: 'tags.HOMEOWNER', op: 'equals', value: 'no' })).toBe(false);
    expect(matches({ field: 'tags.AGE', op: 'equals', value: 42 })).toBe(true);
    expect(matches({ field: 'revenue_paid_out', op: 'equals', value: 90 })).toBe(true);
    expect(matches({ field: 'revenue_paid_out', op: 'equals', value: '90' })).toBe(true);
    expect(matches({ field: 'converted', op: 'equals', value: true })).toBe(true);
    expect(matches({ field: 'call.converted', op: 'equals', value: 'false' })).toBe(false);
    expect(matches({ field: 'tags.FLIGHT_INCOMING', op: 'equals', value: false }, ctxWith({}, { FLIGHT_INCOMING: 'False' }))).toBe(true);
  });

  it('equals never matches a missing field; not_equals always does', () => {
    const ctx = ctxWith({ buyer_name: undefined });
    expect(matches({ field: 'buyer_name', op: 'equals', value: '' }, ctx)).toBe(false);
    expect(matches({ field: 'buyer_name', op: 'not_equals', value: 'x' }, ctx)).toBe(true);
    expect(matches({ field: 'tags.NOPE', op: 'not_equals', value: 'x' })).toBe(true);
  });

  it('not_equals', () => {
    expect(matches({ field: 'campaign_id', op: 'not_equals', value: 'CMP_SOLAR_TX' })).toBe(false);
    expect(matches({ field: 'campaign_id', op: 'not_equals', value: 'cmp_other' })).toBe(true);
  });

  it('contains, case-insensitively', () => {
    expect(matches({ field: 'campaign_name', op: 'contains', value: 'solar' })).toBe(true);
    expect(matches({ field: 'campaign_name', op: 'contains', value: 'wind' })).toBe(false);
    expect(matches({ field: 'tags.NOPE', op: 'contains', value: 'x' })).toBe(false);
  });

  it('exists and not_exists treat empty as missing', () => {
    const ctx = ctxWith({ hangup_cause: '' }, { EMPTY: '' });
    expect(matches({ field: 'tags.HOMEOWNER', op: 'exists' }, ctx)).toBe(true);
    expect(matches({ field: 'tags.EMPTY', op: 'exists' }, ctx)).toBe(false);
    expect(matches({ field: 'hangup_cause', op: 'exists' }, ctx)).toBe(false);
    expect(matches({ field: 'hangup_cause', op: 'not_exists' }, ctx)).toBe(true);
    expect(matches({ field: 'tags.HOMEOWNER', op: 'not_exists' }, ctx)).toBe(false);
  });

  it('in matches any listed value with the equals rules', () => {
    expect(matches({ field: 'tags.STATE', op: 'in', value: ['ca', 'tx'] })).toBe(true);
    expect(matches({ field: 'tags.STATE', op: 'in', value: ['CA', 'NY'] })).toBe(false);
    expect(matches({ field: 'tags.AGE', op: 'in', value: [41, 42] })).toBe(true);
    expect(matches({ field: 'event.type', op: 'in', value: ['call.converted', 'call.hangup'] })).toBe(true);
  });

  it('gt, gte, lt, lte compare numbers, parsing string fields', () => {
    expect(matches({ field: 'duration', op: 'gt', value: 186 })).toBe(true);
    expect(matches({ field: 'duration', op: 'gt', value: 187 })).toBe(false);
    expect(matches({ field: 'duration', op: 'gte', value: 187 })).toBe(true);
    expect(matches({ field: 'duration', op: 'lt', value: 187 })).toBe(false);
    expect(matches({ field: 'duration', op: 'lte', value: 187 })).toBe(true);
    expect(matches({ field: 'tags.AGE', op: 'gt', value: 9 })).toBe(true); // 42 > 9 numerically, not as text
    expect(matches({ field: 'tags.AGE', op: 'lt', value: '100' })).toBe(true);
  });

  it('numeric comparisons never match non-numbers or missing fields', () => {
    expect(matches({ field: 'tags.HOMEOWNER', op: 'lt', value: 1e9 })).toBe(false);
    expect(matches({ field: 'tags.HOMEOWNER', op: 'gte', value: -1e9 })).toBe(false);
    expect(matches({ field: 'duration', op: 'gte', value: 0 }, ctxWith({ duration: undefined }))).toBe(false);
    expect(matches({ field: 'tags.BLANK', op: 'lte', value: 0 }, ctxWith({}, { BLANK: '  ' }))).toBe(false);
  });

  it('looks tags up exactly, then upper-cased', () => {
    expect(matches({ field: 'tags.homeowner', op: 'equals', value: 'yes' })).toBe(true);
    expect(matches({ field: 'tags.mixed', op: 'equals', value: 'a' }, ctxWith({}, { mixed: 'a', MIXED: 'b' }))).toBe(true);
  });

  it('requires all conditions and matches everything with none', () => {
    const filters = filtersSchema.parse([
      { field: 'tags.HOMEOWNER', op: 'equals', value: 'yes' },
      { field: 'duration', op: 'gte', value: 60 },
    ]);
    expect(matchesFilters(filters, ctxWith())).toBe(true);
    expect(matchesFilters(filters, ctxWith({ duration: 59 }))).toBe(false);
    expect(matchesFilters([], ctxWith())).toBe(true);
  });
});

describe('explaining a skipped delivery', () => {
  const filters = filtersSchema.parse([
    { field: 'event.type', op: 'equals', value: 'call.converted' },
    { field: 'tags.HOMEOWNER', op: 'equals', value: 'yes' },
    { field: 'tags.UTM_CAMPAIGN', op: 'exists' },
  ]);

  it('returns the first failing condition', () => {
    expect(findFailingFilter(filters, ctxWith({}, { HOMEOWNER: 'no' }))).toEqual(filters[1]);
    expect(findFailingFilter(filters, ctxWith({}, { UTM_CAMPAIGN: 'spring' }))).toBeUndefined();
  });

  it('describes it with the actual value', () => {
    expect(describeFilterMismatch(filters, ctxWith({}, { HOMEOWNER: 'no' }))).toBe('tags.HOMEOWNER equals "yes" (actual: "no")');
    expect(describeFilterMismatch(filters, ctxWith())).toBe('tags.UTM_CAMPAIGN exists (actual: missing)');
    expect(describeFilterMismatch(filters, ctxWith({}, { UTM_CAMPAIGN: 'spring' }))).toBeUndefined();
  });
});
