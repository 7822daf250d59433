// `[TAG_NAME]` tokens: built-in call/event fields, then call tags; `[A|B]` takes the first non-empty.
import type { RenderContext } from '../shared/call';
import { CALL_FIELD_DESCRIPTIONS, CALL_FIELDS, callFieldValue, type Scalar } from './call-fields';
import { sampleRenderContext } from './sample';

export interface TokenInfo {
  /** Name as written between brackets, e.g. `CALL_ID`. */
  name: string;
  description: string;
  /** Value of the token for sampleRenderContext(). */
  example: string;
}

type Reader = (ctx: RenderContext) => Scalar | undefined;

const EVENT_READERS: ReadonlyArray<[string, string, Reader]> = [
  ['EVENT_TYPE', 'Event type, e.g. call.converted', (ctx) => ctx.event.type],
  ['EVENT_ID', 'Event id (stable across retries of the same event)', (ctx) => ctx.event.id],
  ['OCCURRED_AT', 'When the event happened (ISO 8601)', (ctx) => ctx.event.occurred_at],
];

const READERS = new Map<string, Reader>([
  ...CALL_FIELDS.map((field): [string, Reader] => [field.toUpperCase(), (ctx) => callFieldValue(ctx.call, field)]),
  ...EVENT_READERS.map(([name, , read]): [string, Reader] => [name, read]),
]);

const sample = sampleRenderContext();

/** Every built-in token with a description and the sample call's value, for API listings. */
export const CALL_FIELD_TOKENS: readonly TokenInfo[] = [
  ...CALL_FIELDS.map((field) => ({ name: field.toUpperCase(), description: CALL_FIELD_DESCRIPTIONS[field] })),
  ...EVENT_READERS.map(([name, description]) => ({ name, description })),
].map((info) => ({ ...info, example: String(READERS.get(info.name)?.(sample) ?? '') }));

/**
 * A token's inner text: upper-case names separated by `|`. A name must start with a letter or `_`, so JSON
 * arrays (`[1]`, `[1,2]`, `[]`) and Markdown links are never mistaken for tokens.
 */
const NAME = '[A-Z_][A-Z0-9_]*';
export const TOKEN_PATTERN = new RegExp(`\\[(${NAME}(?:\\|${NAME})*)\\]`, 'g');

export interface ResolvedToken {
  value: Scalar | undefined;
  /** False when no alternative names a built-in field or a tag present on this call. */
  known: boolean;
}

/**
 * Resolves `NAME` or `A|B|C`. A built-in name always reads the call, even when that field is empty, so a tag can
 * never shadow a call field.
 */
export function resolveToken(expression: string, ctx: RenderContext): ResolvedToken {
  let known = false;
  for (const name of expression.split('|')) {
    const read = READERS.get(name);
    const hasTag = Object.prototype.hasOwnProperty.call(ctx.tags, name);
    known ||= read !== undefined || hasTag;
    const value = read ? read(ctx) : hasTag ? ctx.tags[name] : undefined;
    if (value != null && value !== '') return { value, known: true };
  }
  return { value: undefined, known };
}
