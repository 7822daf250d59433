/** A parameter or header name as a tag name: upper-cased, every run of non-alphanumerics becomes `_`. */
export function normalizeTagName(name: string): string {
  return name
    .trim()
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** Nested objects flattened into tag names joined with `_` (`{geo: {city: "X"}}` → `GEO_CITY`). */
export function flattenToTags(value: Record<string, unknown>, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, v] of Object.entries(value)) {
    const name = normalizeTagName(prefix ? `${prefix}_${key}` : key);
    if (!name || v === undefined || v === null) continue;
    if (typeof v === 'object' && !Array.isArray(v)) Object.assign(out, flattenToTags(v as Record<string, unknown>, name));
    else out[name] = Array.isArray(v) ? v.map(String).join(',') : String(v);
  }
  return out;
}
