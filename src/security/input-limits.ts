// What request input the service takes at all, checked once where it enters (ingress parameters, the API's
// path, query and body) before anything walks it recursively or stores it.

/** How deep request JSON may nest (`{"geo": {"city": "X"}}` is 2); RTB payloads need about 6. */
export const MAX_INPUT_DEPTH = 32;

export interface InputProblem {
  /** Where, as `geo.city` or `items.3`, under the given root. */
  path: string;
  message: string;
}

/** The first part of `value` nested deeper than MAX_INPUT_DEPTH, walked iteratively (deep input cannot overflow it). */
export function inputProblem(value: unknown, root = ''): InputProblem | undefined {
  const stack: Array<{ value: unknown; path: string; depth: number }> = [{ value, path: root, depth: 0 }];
  while (stack.length > 0) {
    const { value: current, path, depth } = stack.pop()!;
    if (current === null || typeof current !== 'object') continue;
    if (depth >= MAX_INPUT_DEPTH) return { path: path || '(root)', message: `nests deeper than ${MAX_INPUT_DEPTH} levels` };
    for (const [key, item] of Object.entries(current)) stack.push({ value: item, path: path ? `${path}.${key}` : key, depth: depth + 1 });
  }
  return undefined;
}
