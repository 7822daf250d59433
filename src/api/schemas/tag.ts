import { z } from 'zod';
import { TAG_NAME_PATTERN, normalizeTagName } from '../../shared/tag-names';
import { TAG_SOURCE_TYPES } from '../../shared/tags';
import { CALL_FIELD_TOKENS } from '../../templates';
import { problemSchema } from './common';

// `[FROM]` always reads the call, never a tag, so a tag with a built-in's name could never be used.
const BUILT_IN_NAMES = new Set(CALL_FIELD_TOKENS.map((token) => token.name));

export const tagName = z
  .string()
  .trim()
  .max(64)
  .regex(TAG_NAME_PATTERN, 'must be UPPER_SNAKE: capital letters, digits and single underscores, starting with a letter (HOMEOWNER)')
  .refine((name) => !BUILT_IN_NAMES.has(name), { message: 'is a built-in call field token; pick another name' });

export const tagSourceSchema = z
  .object({
    type: z.enum(TAG_SOURCE_TYPES),
    key: z.string().trim().min(1).max(200).refine((key) => normalizeTagName(key) !== '', { message: 'must contain a letter or digit' }),
    incoming_webhook_id: z.string().trim().min(1).max(100).optional(),
  })
  .strict()
  .refine((source) => source.type === 'incoming_webhook' || source.incoming_webhook_id === undefined, {
    message: 'only an incoming_webhook source can name an incoming_webhook_id',
    path: ['incoming_webhook_id'],
  });

const sourceIdentity = (s: z.output<typeof tagSourceSchema>) => `${s.type}:${normalizeTagName(s.key)}:${s.incoming_webhook_id ?? ''}`;

export const tagInput = z.object({
  name: tagName,
  display_name: z.string().trim().min(1).max(200).optional(),
  description: z.string().max(2000).default(''),
  sources: z
    .array(tagSourceSchema)
    .max(50)
    .refine((sources) => new Set(sources.map(sourceIdentity)).size === sources.length, { message: 'lists the same source twice' })
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
