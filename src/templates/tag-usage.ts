// Where an outgoing webhook refers to a tag by name, so renaming or deleting a used tag can be refused.
import { TOKEN_PATTERN } from './tokens';

export interface WebhookTemplates {
  url: string;
  headers: Record<string, string>;
  body_template: string;
  filters: unknown[];
}

export type TagUsagePlace = 'url' | 'headers' | 'body_template' | 'filters';

/** `tags.NAME`, `tags["NAME"]` or `tags['NAME']` in Liquid. */
const LIQUID_TAG = /\btags\s*(?:\.\s*([A-Za-z_][A-Za-z0-9_]*)|\[\s*(["'])(.*?)\2\s*\])/g;

/** Whether a template mentions the tag as `[NAME]`, inside an `[A|NAME]` fallback, or as `tags.NAME` in Liquid. */
export function templateUsesTag(template: string, name: string): boolean {
  for (const [, expression] of template.matchAll(TOKEN_PATTERN)) if (expression.split('|').includes(name)) return true;
  for (const [, dotted, , quoted] of template.matchAll(LIQUID_TAG)) if ((dotted ?? quoted) === name) return true;
  return false;
}

/** Whether a filter reads `tags.NAME`; filters look tags up upper-cased too, so `tags.homeowner` counts. */
function filtersUseTag(filters: unknown[], name: string): boolean {
  return filters.some((filter) => {
    const field = (filter as { field?: unknown } | null)?.field;
    return typeof field === 'string' && field.trim().startsWith('tags.') && field.trim().slice(5).toUpperCase() === name;
  });
}

/** The parts of a webhook that refer to the tag; empty when it does not use it. */
export function tagUsage(webhook: WebhookTemplates, name: string): TagUsagePlace[] {
  const places: TagUsagePlace[] = [];
  if (templateUsesTag(webhook.url, name)) places.push('url');
  if (Object.values(webhook.headers).some((value) => templateUsesTag(value, name))) places.push('headers');
  if (templateUsesTag(webhook.body_template, name)) places.push('body_template');
  if (filtersUseTag(webhook.filters, name)) places.push('filters');
  return places;
}

/** Every tag name a webhook mentions (tokens, Liquid `tags.X`, filters), built-in call and event fields left out. */
export function tagsUsedBy(webhook: WebhookTemplates, builtIn: ReadonlySet<string>): string[] {
  const names = new Set<string>();
  for (const template of [webhook.url, webhook.body_template, ...Object.values(webhook.headers)]) {
    for (const [, expression] of template.matchAll(TOKEN_PATTERN)) for (const name of expression.split('|')) names.add(name);
    for (const [, dotted, , quoted] of template.matchAll(LIQUID_TAG)) names.add(dotted ?? quoted);
  }
  for (const filter of webhook.filters) {
    const field = (filter as { field?: unknown } | null)?.field;
    if (typeof field === 'string' && field.trim().startsWith('tags.')) names.add(field.trim().slice(5).toUpperCase());
  }
  return [...names].filter((name) => name !== '' && !builtIn.has(name));
}
