// Compile once, render per delivery: URL, headers and body of an outgoing webhook.
import type { Template } from 'liquidjs';
import type { RenderContext } from '../shared/call';
import { parseTemplate, RenderBudget, renderTemplate } from './engine';
import { stripControlChars } from './escape';
import { fillJsonSlots, fillSlots } from './slots';

export type BodyFormat = 'json' | 'form' | 'raw' | 'none';

/** How substituted values are escaped: per JSON position, percent-encoded, form-encoded, header-safe or as is. */
type OutputMode = 'json' | 'url' | 'form' | 'header' | 'raw';

/** A parsed template; cache it and render it per delivery. */
export interface CompiledTemplate {
  readonly source: string;
  readonly mode: OutputMode | 'none';
  /** Webhook part named in errors: `url`, `headers.<name>` or `body_template`. */
  readonly field: string;
  readonly templates: readonly Template[];
}

function compile(source: string, mode: CompiledTemplate['mode'], field: string): CompiledTemplate {
  return { source, mode, field, templates: mode === 'none' ? [] : parseTemplate(source, field) };
}

function render(compiled: CompiledTemplate, ctx: RenderContext, budget: RenderBudget): { text: string; warnings: string[] } {
  if (compiled.mode === 'none') return { text: '', warnings: [] };
  const { text, slots, warnings } = renderTemplate(compiled.templates as Template[], ctx, compiled.field, budget);
  switch (compiled.mode) {
    case 'json':
      return { text: fillJsonSlots(text, slots), warnings };
    case 'header':
      // Literal text is stripped too: a header template saved with a line break must not split the header.
      return { text: stripControlChars(fillSlots(text, slots, 'header')).trim(), warnings };
    default:
      return { text: fillSlots(text, slots, compiled.mode), warnings };
  }
}

/** Parses a body template; throws TemplateError pointing at the Liquid problem. `none` ignores the source. */
export function compileTemplate(source: string, format: BodyFormat): CompiledTemplate {
  return compile(source, format, 'body_template');
}

export function renderBody(compiled: CompiledTemplate, ctx: RenderContext, budget = new RenderBudget()): { body: string; warnings: string[] } {
  const { text, warnings } = render(compiled, ctx, budget);
  return { body: text, warnings };
}

export function compileUrl(template: string): CompiledTemplate {
  return compile(template, 'url', 'url');
}

/** Values are percent-encoded; the template's own text (scheme, host, `?`, `&`) is kept as written. */
export function renderUrl(template: string | CompiledTemplate, ctx: RenderContext, budget = new RenderBudget()): { url: string; warnings: string[] } {
  const { text, warnings } = render(typeof template === 'string' ? compileUrl(template) : template, ctx, budget);
  return { url: text.trim(), warnings };
}

export type CompiledHeaders = Readonly<Record<string, CompiledTemplate>>;

export function compileHeaders(headers: Record<string, string>): CompiledHeaders {
  return Object.fromEntries(
    Object.entries(headers).map(([name, value]) => [name, compile(value, 'header', `headers.${name}`)]),
  );
}

/** Header values with substitutions; control characters (CR/LF included) are removed from the whole value. */
export function renderHeaders(
  headers: Record<string, string> | CompiledHeaders,
  ctx: RenderContext,
  budget = new RenderBudget(),
): { headers: Record<string, string>; warnings: string[] } {
  const compiled = Object.values(headers).every((value) => typeof value === 'string')
    ? compileHeaders(headers as Record<string, string>)
    : (headers as CompiledHeaders);
  const rendered: Record<string, string> = {};
  const warnings: string[] = [];
  for (const [name, template] of Object.entries(compiled)) {
    const result = render(template, ctx, budget);
    rendered[name] = result.text;
    warnings.push(...result.warnings);
  }
  return { headers: rendered, warnings };
}

export interface WebhookTemplates {
  url: string;
  headers?: Record<string, string>;
  body_format: BodyFormat;
  body_template?: string | null;
}

export interface RenderedWebhook {
  url: string;
  headers: Record<string, string>;
  body: string;
  /** Unknown tokens and the like: the delivery still goes out. */
  warnings: string[];
}

export interface CompiledWebhook {
  /** Renders every part under one budget: a webhook's URL, headers and body share it. */
  render(ctx: RenderContext, budget?: RenderBudget): RenderedWebhook;
}

/** Compiles a webhook's URL, headers and body at once; TemplateError.field says which part failed. */
export function compileWebhookTemplates(webhook: WebhookTemplates): CompiledWebhook {
  const url = compileUrl(webhook.url);
  const headers = compileHeaders(webhook.headers ?? {});
  const body = compileTemplate(webhook.body_template ?? '', webhook.body_format);
  return {
    render(ctx, budget = new RenderBudget()) {
      const renderedUrl = renderUrl(url, ctx, budget);
      const renderedHeaders = renderHeaders(headers, ctx, budget);
      const renderedBody = renderBody(body, ctx, budget);
      const warnings = [...renderedUrl.warnings, ...renderedHeaders.warnings, ...renderedBody.warnings];
      return {
        url: renderedUrl.url,
        headers: renderedHeaders.headers,
        body: renderedBody.body,
        warnings: [...new Set(warnings)],
      };
    },
  };
}
