import { compileWebhookTemplates, type BodyFormat, type CompiledWebhook, type RenderBudget, type RenderedWebhook } from '../templates';
import type { RenderContext } from '../shared/call';

export interface WebhookRequestTemplate {
  id: string;
  version: number;
  method: string;
  url: string;
  headers: Record<string, string>;
  body_format: string;
  body_template: string;
}

export interface RenderedRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
  warnings: string[];
}

const CONTENT_TYPES: Record<BodyFormat, string | undefined> = {
  json: 'application/json; charset=utf-8',
  form: 'application/x-www-form-urlencoded; charset=utf-8',
  raw: 'text/plain; charset=utf-8',
  none: undefined,
};

// Templates are parsed once per webhook version, not once per delivery.
const compiled = new Map<string, CompiledWebhook>();
const CACHE_LIMIT = 5000;

function compiledFor(webhook: WebhookRequestTemplate): CompiledWebhook {
  const key = `${webhook.id}@${webhook.version}`;
  let entry = compiled.get(key);
  if (!entry) {
    entry = compileWebhookTemplates({ ...webhook, body_format: webhook.body_format as BodyFormat });
    if (compiled.size >= CACHE_LIMIT) compiled.delete(compiled.keys().next().value!);
    compiled.set(key, entry);
  }
  return entry;
}

/** The exact HTTP request a webhook sends for one event; the compiled templates are cached per version. */
export function renderWebhookRequest(webhook: WebhookRequestTemplate, context: RenderContext): RenderedRequest {
  return assemble(webhook, compiledFor(webhook).render(context));
}

/** The same for templates that are not saved (previews): compiled for this render only, never cached. */
export function renderUnsavedRequest(webhook: Omit<WebhookRequestTemplate, 'id' | 'version'>, context: RenderContext, budget?: RenderBudget): RenderedRequest {
  return assemble(webhook, compileWebhookTemplates({ ...webhook, body_format: webhook.body_format as BodyFormat }).render(context, budget));
}

function assemble(webhook: Pick<WebhookRequestTemplate, 'method' | 'body_format'>, rendered: RenderedWebhook): RenderedRequest {
  const format = webhook.body_format as BodyFormat;
  const hasBody = format !== 'none';
  const headers: Record<string, string> = {};
  const contentType = CONTENT_TYPES[format];
  if (contentType && !Object.keys(rendered.headers).some((h) => h.toLowerCase() === 'content-type')) headers['content-type'] = contentType;
  Object.assign(headers, rendered.headers);
  return { method: webhook.method, url: rendered.url, headers, body: hasBody ? rendered.body : undefined, warnings: rendered.warnings };
}
