import { z } from 'zod';
import { INSTANT_RANGE, ISO_INSTANT, parseInstant } from '../../instant';

/** A point in time, normalised to UTC: an offset or year PostgreSQL could not store is a 400 naming the field. */
export const instant = z
  .string()
  .regex(ISO_INSTANT, `must be ${INSTANT_RANGE}`)
  .meta({ format: 'date-time' })
  .transform((text, ctx) => parseInstant(text) ?? (ctx.addIssue({ code: 'custom', message: `must be ${INSTANT_RANGE}` }), z.NEVER));

// Whitespace as JavaScript's trim() sees it, spelled out so every regex engine reading the schema agrees.
const SPACE = String.raw`\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff`;
const NOT_BLANK = new RegExp(String.raw`^[^\u0000]*[^${SPACE}\u0000][^\u0000]*$`);

/** Text that must say something: at most `max` characters, not blank, kept trimmed. */
export const nonBlankText = (max: number) => z.string().max(max).regex(NOT_BLANK, 'must not be blank').trim();

/** How a phone number may be written: printable ASCII with at least one digit (`(555) 123-4567`, `+44 20…`). */
export const PHONE_TEXT = /^[\t\x20-\x7e]*[0-9][\t\x20-\x7e]*$/;

/**
 * An issue a schema cannot state (a phone number that is not a possible number, a source listed twice): the
 * request is well formed but cannot be processed, so it is answered 422 rather than 400.
 */
export const UNPROCESSABLE = { unprocessable: true } as const;

/** Ids this API issues (src/ids.ts): a prefix, `_`, then 26 lower-case Crockford base32 characters. */
export const ID_PATTERN = /^[a-z]+_[0-9a-hjkmnp-tv-z]{26}$/;

/** A list cursor: opaque to clients, but of a shape the schema states, so a mangled one is a 400 naming it. */
export const cursorOf = (pattern: RegExp) => z.string().regex(pattern, 'is not a cursor this API returned').optional();

/** Lists ordered by time then id page with the last row's time (epoch ms) and id: `1736951525000_<id>`. */
export const timeCursor = {
  schema: (id: RegExp) => cursorOf(new RegExp(`^\\d{1,13}_${id.source.slice(1)}`)),
  encode: (time: Date, id: string) => `${time.getTime()}_${id}`,
  decode(cursor: string): { time: Date; id: string } {
    const split = cursor.indexOf('_');
    return { time: new Date(Number(cursor.slice(0, split))), id: cursor.slice(split + 1) };
  },
};

/** Lists ordered by id use the last id of a page as the cursor of the next. */
export const paginationQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: cursorOf(ID_PATTERN),
});

export function page<T extends z.ZodType>(item: T) {
  return z.object({ data: z.array(item), next_cursor: z.string().nullable() });
}

export const idParams = z.object({ id: z.string().min(1).max(100) });

/** An error (RFC 9457 problem details); routes add extension members, such as the webhooks a 409 names. */
export const problemSchema = z.looseObject({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  /** Every offending field, `body.name` or `query.cursor`. */
  errors: z.array(z.looseObject({ path: z.string(), message: z.string() })).optional(),
});

/** The page of `rows` to return and the cursor that fetches the next one (rows were queried with limit + 1). */
export function toPage<T extends { id: string }>(rows: T[], limit: number): { data: T[]; next_cursor: string | null } {
  const data = rows.slice(0, limit);
  return { data, next_cursor: rows.length > limit ? data[data.length - 1].id : null };
}

/**
 * The PATCH form of a create schema: every field optional and no defaults, so an absent field is left as it is
 * (zod's `.partial()` would still fill defaults in and silently reset them).
 */
export function patchOf<S extends z.ZodRawShape>(schema: z.ZodObject<S>) {
  const shape = Object.fromEntries(
    Object.entries(schema.shape).map(([key, field]) => [key, ((field instanceof z.ZodDefault ? field.unwrap() : field) as z.ZodType).optional()]),
  );
  return z.object(shape) as unknown as z.ZodObject<{ [K in keyof S]: z.ZodOptional<S[K]> }>;
}
