// What request input the service takes at all, checked once where it enters (ingress parameters, the API's
// path, query and body) before anything walks it recursively or stores it.
import { isStorableText, storableText } from './storable';

const UNSTORABLE_TEXT = 'must not contain NUL characters (U+0000) or unpaired surrogates';

/** How deep request JSON may nest (`{"geo": {"city": "X"}}` is 2); RTB payloads need about 6. */
export const MAX_INPUT_DEPTH = 32;

export interface InputProblem {
  /** Where, as `geo.city` or `items.3`, under the given root. */
  path: string;
  message: string;
}

/**
 * The first part of `value` the service refuses: nesting deeper than MAX_INPUT_DEPTH, or text PostgreSQL cannot
 * store in a name or a value. Walked iteratively, so deep input cannot overflow the walk itself.
 */
export function inputProblem(value: unknown, root = ''): InputProblem | undefined {
  const stack: Array<{ value: unknown; path: string; depth: number }> = [{ value, path: root, depth: 0 }];
  while (stack.length > 0) {
    const { value: current, path, depth } = stack.pop()!;
    if (typeof current === 'string' && !isStorableText(current)) return { path: path || '(root)', message: UNSTORABLE_TEXT };
    if (current === null || typeof current !== 'object') continue;
    if (depth >= MAX_INPUT_DEPTH) return { path: path || '(root)', message: `nests deeper than ${MAX_INPUT_DEPTH} levels` };
    for (const [key, item] of Object.entries(current).reverse()) {
      const at = path ? `${path}.${key}` : key;
      if (!isStorableText(key)) return { path: storableText(at), message: `name ${UNSTORABLE_TEXT}` };
      stack.push({ value: item, path: at, depth: depth + 1 });
    }
  }
  return undefined;
}
