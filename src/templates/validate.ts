// Save-time checks: compile every part, render it against a sample call, and report what would break.
import type { RenderContext } from '../shared/call';
import { compileHeaders, compileTemplate, compileUrl, renderBody, renderHeaders, renderUrl } from './compile';
import type { CompiledTemplate, WebhookTemplates } from './compile';
import { RenderBudget } from './engine';
import { TemplateError } from './errors';
import { describeJsonPosition, findJsonSyntaxProblem } from './json-check';
import { sampleRenderContext } from './sample';

export interface TemplateProblem {
  /** Errors block saving (422); warnings are shown but the webhook is saved. */
  severity: 'error' | 'warning';
  /** `url`, `headers.<name>` or `body_template`. */
  field: string;
  message: string;
}

export interface ValidationOptions {
  /** Tags the organization defines: tokens naming them are not reported as unknown. */
  knownTags?: readonly string[];
  /** Render against this instead of sampleRenderContext(). */
  ctx?: RenderContext;
  /** The budget this check spends; by default a fresh one for the whole webhook, never one per part. */
  budget?: RenderBudget;
}

// RFC 9110 token characters.
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

function sampleContext(options: ValidationOptions): RenderContext {
  const ctx = options.ctx ?? sampleRenderContext();
  const tags = { ...ctx.tags };
  for (const tag of options.knownTags ?? []) tags[tag] ??= `sample ${tag.toLowerCase()}`;
  return { ...ctx, tags };
}

function warningsOf(field: string, warnings: readonly string[]): TemplateProblem[] {
  return warnings.map((message) => ({ severity: 'warning', field, message }));
}

/** Runs one check; a TemplateError becomes an error problem instead of escaping. */
function check(run: () => TemplateProblem[]): TemplateProblem[] {
  try {
    return run();
  } catch (err) {
    if (err instanceof TemplateError) return [{ severity: 'error', field: err.field, message: err.detail }];
    throw err;
  }
}

function urlProblems(url: string): TemplateProblem[] {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return [{ severity: 'error', field: 'url', message: `rendered URL is not a valid absolute URL: ${url}` }];
  }
  if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return [];
  return [{ severity: 'error', field: 'url', message: `URL scheme must be http or https, got ${parsed.protocol}` }];
}

function jsonProblems(body: string): TemplateProblem[] {
  try {
    JSON.parse(body);
    return [];
  } catch (err) {
    const problem = findJsonSyntaxProblem(body) ?? { position: 0, reason: (err as Error).message };
    const where = describeJsonPosition(body, problem.position);
    const message = `rendered body is not valid JSON: ${problem.reason} at ${where}`;
    return [{ severity: 'error', field: 'body_template', message }];
  }
}

/** Problems with a webhook's templates, errors first; an empty list means it can be saved as is. */
export function validateWebhookTemplates(
  webhook: WebhookTemplates,
  options: ValidationOptions = {},
): TemplateProblem[] {
  const ctx = sampleContext(options);
  const budget = options.budget ?? new RenderBudget();
  const problems = [
    ...check(() => {
      const { url, warnings } = renderUrl(compileUrl(webhook.url), ctx, budget);
      return [...urlProblems(url), ...warningsOf('url', warnings)];
    }),
    ...Object.entries(webhook.headers ?? {}).flatMap(([name, value]) => {
      const field = `headers.${name}`;
      if (!HEADER_NAME.test(name)) return [{ severity: 'error' as const, field, message: `invalid header name "${name}"` }];
      return check(() => warningsOf(field, renderHeaders(compileHeaders({ [name]: value }), ctx, budget).warnings));
    }),
    ...check(() => {
      const compiled: CompiledTemplate = compileTemplate(webhook.body_template ?? '', webhook.body_format);
      const { body, warnings } = renderBody(compiled, ctx, budget);
      const syntax = webhook.body_format === 'json' ? jsonProblems(body) : [];
      return [...syntax, ...warningsOf('body_template', warnings)];
    }),
  ];
  return [...problems.filter((p) => p.severity === 'error'), ...problems.filter((p) => p.severity === 'warning')];
}
