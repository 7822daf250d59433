// A point in time as the API takes it and PostgreSQL stores it. PostgreSQL refuses UTC offsets beyond ±15:59
// and years it cannot write in ISO form, so an instant is checked here, once, and normalised to UTC: a value
// that passes can never fail a write later (the call index retried one for ever).

const DATE = String.raw`(?:(?:[1-9]\d[2468][048]|[1-9]\d[13579][26]|[1-9]\d0[48]|[2468][048]00|[13579][26]00)-02-29|[1-9]\d{3}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|02-(?:0[1-9]|1\d|2[0-8])))`;
const TIME = String.raw`(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?`;
const OFFSET = String.raw`(?:Z|[+-](?:0\d|1[0-5]):[0-5]\d)`;

/** ISO 8601 / RFC 3339 date-time with a real calendar date, years 1000–9999, offset Z or within ±15:59. */
export const ISO_INSTANT = new RegExp(`^${DATE}T${TIME}${OFFSET}$`);

export const INSTANT_RANGE = 'an ISO 8601 time with an offset (Z or within ±15:59) between the years 1000 and 9999';

/** The instant in UTC (`2025-01-15T14:32:05.000Z`), or undefined when PostgreSQL could not store it. */
export function utcInstant(time: number): string | undefined {
  if (!Number.isFinite(time)) return undefined;
  const date = new Date(time);
  const year = date.getUTCFullYear();
  return year >= 1000 && year <= 9999 ? date.toISOString() : undefined;
}

/** An ISO_INSTANT text normalised to UTC, or undefined. */
export function parseInstant(text: string): string | undefined {
  return ISO_INSTANT.test(text) ? utcInstant(Date.parse(text)) : undefined;
}
