// PostgreSQL refuses text a JavaScript string can hold: NUL (U+0000) in `text` and `jsonb` columns, and unpaired
// UTF-16 surrogates in `jsonb`. Input is refused with a 400 when it carries either; logs keep what was sent, with
// those characters replaced by U+FFFD, so one hostile request can never make a log write fail.

export const REPLACEMENT_CHARACTER = '\uFFFD';

// NUL, a high surrogate not followed by a low one, or a low surrogate not preceded by a high one.
// eslint-disable-next-line no-control-regex -- NUL is exactly what this looks for
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const HAS_UNSTORABLE = new RegExp(UNSTORABLE.source);

/** Text PostgreSQL stores as is: no NUL, no unpaired surrogate. */
export function isStorableText(text: string): boolean {
  return !HAS_UNSTORABLE.test(text);
}

/** `text` with NUL and unpaired surrogates replaced by U+FFFD. */
export function storableText(text: string): string {
  return text.replace(UNSTORABLE, REPLACEMENT_CHARACTER);
}

/**
 * `value` with `map` applied to every string in it, object keys included. Log records are shallow (headers, a
 * query, a response), so plain recursion is fine here.
 */
export function mapStrings<T>(value: T, map: (text: string) => string): T {
  if (typeof value === 'string') return map(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => mapStrings(item, map)) as T;
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [map(key), mapStrings(item, map)])) as T;
}

/** A value for a log record with every string in it made storable. */
export function storable<T>(value: T): T {
  return mapStrings(value, storableText);
}
