import { z } from 'zod';
import { INSTANT_RANGE, ISO_INSTANT, parseInstant } from '../../instant';

/** A point in time, normalised to UTC: an offset or year PostgreSQL could not store is a 400 naming the field. */
export const instant = z
  .string()
  .regex(ISO_INSTANT, `must be ${INSTANT_RANGE}`)
  .meta({ format: 'date-time' })
  .transform((text, ctx) => parseInstant(text) ?? (ctx.addIssue({ code: 'custom', message: `must be ${INSTANT_RANGE}` }), z.NEVER));

export const paginationQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().min(1).max(200).optional(),
});

export function page<T extends z.ZodType>(item: T) {
  return z.object({ data: z.array(item), next_cursor: z.string().nullable() });
}

export const idParams = z.object({ id: z.string().min(1).max(100) });

export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number(),
  detail: z.string().optional(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
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
