// Escaping of one substituted value for the place it lands in the rendered output.
import { Drop } from 'liquidjs';

/** Where a substituted value lands; decided per value, by format and (for JSON) by scanning the output. */
export type ValueContext = 'json-string' | 'json-value' | 'url' | 'form' | 'header' | 'raw';

/** Output of the `json` filter: already JSON, so it is inserted as is where a whole JSON value is expected. */
export class JsonText extends Drop {
  constructor(readonly json: string) {
    super();
  }

  // Other filters and comparisons see the JSON text as a plain string.
  valueOf(): string {
    return this.json;
  }
}

/** Plain text of any value Liquid or a token can produce. */
export function textOf(value: unknown): string {
  if (value == null) return '';
  if (typeof value === 'string') return value;
  if (value instanceof JsonText) return value.json;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return JSON.stringify(value) ?? '';
  return String(value);
}

const CANONICAL_NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/;

/**
 * A whole JSON value. Tags are always strings, so a string that is exactly how JavaScript prints a number
 * (`"90"`, `"12.5"`, not `"007"` or `"12.50"`) or `"true"`/`"false"` becomes that literal; missing or empty
 * becomes null; any other string is quoted.
 */
export function jsonLiteral(value: unknown): string {
  if (value instanceof JsonText) return value.json;
  if (value == null || value === '') return 'null';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'string') {
    if (value === 'true' || value === 'false') return value;
    if (CANONICAL_NUMBER.test(value) && String(Number(value)) === value) return value;
    return JSON.stringify(value);
  }
  return JSON.stringify(value) ?? 'null';
}

/** Text inside a JSON string literal: quotes, backslashes and control characters escaped; UTF-8 kept. */
export function jsonStringContent(value: unknown): string {
  return JSON.stringify(textOf(value)).slice(1, -1);
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** RFC 3986 percent-encoding of a value (`+` → `%2B`); lone surrogates become U+FFFD instead of throwing. */
export function percentEncode(value: unknown): string {
  return encodeURIComponent(textOf(value).replace(LONE_SURROGATE, '\uFFFD')).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** application/x-www-form-urlencoded value: like percent-encoding, with spaces as `+`. */
export function formEncode(value: unknown): string {
  return percentEncode(value).replace(/%20/g, '+');
}

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARS = /[\u0000-\u001F\u007F]/g;

/** Header values must not carry CR/LF (header injection) or other control characters. */
export function stripControlChars(text: string): string {
  return text.replace(CONTROL_CHARS, '');
}

export function escapeFor(context: ValueContext, value: unknown): string {
  switch (context) {
    case 'json-string':
      return jsonStringContent(value);
    case 'json-value':
      return jsonLiteral(value);
    case 'url':
      return percentEncode(value);
    case 'form':
      return formEncode(value);
    case 'header':
      return stripControlChars(textOf(value));
    case 'raw':
      return textOf(value);
  }
}
