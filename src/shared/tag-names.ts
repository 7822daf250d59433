/** A parameter or header name as a tag name: upper-cased, every run of non-alphanumerics becomes `_`. */
export function normalizeTagName(name: string): string {
  return name
    .trim()
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** What a tag definition's `name` must look like: UPPER_SNAKE, starting with a letter (`HOMEOWNER`, `GEO_CITY`). */
export const TAG_NAME_PATTERN = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/;

/** One leaf of a nested value: its original key path (`geo.city`), its tag name (`GEO_CITY`) and its text. */
export interface TagEntry {
  path: string;
  name: string;
  value: string;
}

/**
 * Leaves of a nested object in key order, each with the path it was found at and its tag name. Iterative and
 * linear in the size of the data (input is refused beyond a nesting depth where it enters, never here).
 */
export function flattenTagEntries(value: Record<string, unknown>, prefix = '', path = ''): TagEntry[] {
  const out: TagEntry[] = [];
  const stack = [{ entries: Object.entries(value), next: 0, name: prefix, path }];
  while (stack.length > 0) {
    const level = stack[stack.length - 1];
    if (level.next === level.entries.length) {
      stack.pop();
      continue;
    }
    const [key, v] = level.entries[level.next++];
    const name = normalizeTagName(level.name ? `${level.name}_${key}` : key);
    const at = level.path ? `${level.path}.${key}` : key;
    if (!name || v === undefined || v === null) continue;
    if (typeof v === 'object' && !Array.isArray(v)) stack.push({ entries: Object.entries(v), next: 0, name, path: at });
    else out.push({ path: at, name, value: Array.isArray(v) ? v.map(String).join(',') : String(v) });
  }
  return out;
}

/** Nested objects flattened into tag names joined with `_` (`{geo: {city: "X"}}` → `GEO_CITY`). */
export function flattenToTags(value: Record<string, unknown>, prefix = ''): Record<string, string> {
  return Object.fromEntries(flattenTagEntries(value, prefix).map((entry) => [entry.name, entry.value]));
}
