// Outgoing webhook filters: schema for the API, matching for deliveries.
export { describeFilterMismatch, findFailingFilter, matchesFilters } from './match';
export { FILTER_OPS, filterConditionSchema, filtersSchema, isFilterField } from './schema';
export type { FilterCondition, FilterConditionInput, FilterOp } from './schema';
