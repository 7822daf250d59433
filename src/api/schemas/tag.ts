import { z } from 'zod';
import type { TagRow } from '../../db/tables/tags';
import { TAG_NAME_PATTERN, normalizeTagName } from '../../shared/tag-names';
import { TAG_SOURCE_TYPES, type TagSourceType } from '../../shared/tags';
import { CALL_FIELD_TOKENS } from '../../templates';
import { nonBlankText, problemSchema, UNPROCESSABLE } from './common';

// `[FROM]` always reads the call, never a tag, so a tag with a built-in's name could never be used.
const NOT_BUILT_IN = new RegExp(`^(?!(?:${CALL_FIELD_TOKENS.map((token) => token.name).join('|')})$)`);

export const tagName = z
  .string()
  .max(64)
  .regex(TAG_NAME_PATTERN, 'must be UPPER_SNAKE: capital letters, digits and single underscores, starting with a letter (HOMEOWNER)')
  .regex(NOT_BUILT_IN, 'is a built-in call field token; pick another name');

// The parameter, header or field name a source reads; its tag name keeps only letters and digits.
const sourceKey = nonBlankText(200).regex(/[A-Za-z0-9]/, 'must contain a letter or digit');
const OTHER_SOURCE_TYPES = TAG_SOURCE_TYPES.filter((type): type is Exclude<TagSourceType, 'incoming_webhook'> => type !== 'incoming_webhook');

/** Only an incoming_webhook source can name the webhook it reads (any incoming webhook when it names none). */
export const tagSourceSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('incoming_webhook'), key: sourceKey, incoming_webhook_id: nonBlankText(100).optional() }).strict(),
  z.object({ type: z.enum(OTHER_SOURCE_TYPES), key: sourceKey }).strict(),
]);

const sourceIdentity = (s: z.output<typeof tagSourceSchema>) => `${s.type}:${normalizeTagName(s.key)}:${'incoming_webhook_id' in s ? (s.incoming_webhook_id ?? '') : ''}`;

export const tagInput = z.object({
  name: tagName,
  display_name: nonBlankText(200).optional(),
  description: z.string().max(2000).default(''),
  sources: z
    .array(tagSourceSchema)
    .max(50)
    .refine((sources) => new Set(sources.map(sourceIdentity)).size === sources.length, { message: 'lists the same source twice', params: UNPROCESSABLE })
    .default([]),
});

export type TagInput = z.output<typeof tagInput>;

export const tagSchema = z.object({
  id: z.string(),
  name: z.string(),
  display_name: z.string(),
  description: z.string(),
  sources: z.array(z.object({ type: z.enum(TAG_SOURCE_TYPES), key: z.string(), incoming_webhook_id: z.string().optional() })),
  created_at: z.string(),
  updated_at: z.string(),
});

export type Tag = z.output<typeof tagSchema>;

/** A 409: the name is taken, or (with `webhooks`) outgoing webhooks use the tag being renamed or deleted. */
export const tagConflictSchema = problemSchema.extend({
  webhooks: z.array(z.object({ id: z.string(), name: z.string(), used_in: z.array(z.string()) })).optional(),
});

/** A stored definition as the API shows it. */
export function toTag(row: TagRow): Tag {
  return {
    id: row.id,
    name: row.name,
    display_name: row.display_name,
    description: row.description,
    sources: row.sources,
    created_at: row.created_at.toISOString(),
    updated_at: row.updated_at.toISOString(),
  };
}
