// The Liquid engine: parses templates (tokens rewritten to Liquid outputs) and renders them so that every
// substituted value is captured in a slot, leaving a marker in the text; markers are escaped later, per context.
import { Context, Liquid, Tag, Tokenizer, TypeGuards, type Template } from 'liquidjs';
import type { RenderContext } from '../shared/call';
import { TemplateError } from './errors';
import { WEBHOOK_FILTERS } from './liquid-filters';
import { SLOT_CLOSE, SLOT_OPEN, slotMarker } from './slots';
import { TOKEN_PATTERN, resolveToken } from './tokens';

const STATE = 'callhooks.render';
const TOKEN_FILTER = '__token';

interface RenderState {
  ctx: RenderContext;
  slots: unknown[];
  warnings: Set<string>;
}

/** What liquidjs binds `this` to when it calls a filter or the output escape. */
interface FilterThis {
  context: Context;
}

function state(filter: FilterThis): RenderState {
  return filter.context.getRegister<RenderState>(STATE);
}

/** Every `{{ }}` output ends here instead of being written: the value is kept typed for context escaping. */
function captureOutput(this: FilterThis, value: unknown): string {
  const { slots } = state(this);
  slots.push(value);
  return slotMarker(slots.length - 1);
}

function tokenValue(this: FilterThis, expression: string): unknown {
  const render = state(this);
  const { value, known } = resolveToken(expression, render.ctx);
  if (!known) render.warnings.add(`Unknown token [${expression}] rendered as empty`);
  return value;
}

/** Tags that read files: a webhook template has no file system to include from. */
class FileTagDisabled extends Tag {
  constructor(...args: ConstructorParameters<typeof Tag>) {
    super(...args);
    throw new Error(`{% ${this.name} %} is not available in webhook templates`);
  }

  render(): void {}
}

/**
 * What one render of a webhook (URL, every header and the body together) may spend. Rendering is synchronous, so
 * the time budget is how long it can hold the event loop; ranges and strings are charged to the memory budget
 * before they are allocated, so a loop driven by call data (`(1..tags.N)`) is refused rather than run.
 */
export const RENDER_BUDGET = { ms: 25, memory: 1_000_000 } as const;

const engine = new Liquid({
  strictFilters: true,
  strictVariables: false,
  ownPropertyOnly: true,
  outputEscape: captureOutput,
  renderLimit: RENDER_BUDGET.ms,
  memoryLimit: RENDER_BUDGET.memory,
  parseLimit: 1_000_000,
});
for (const [name, filter] of Object.entries(WEBHOOK_FILTERS)) engine.registerFilter(name, filter);
engine.registerFilter(TOKEN_FILTER, tokenValue);
for (const name of ['include', 'render', 'layout']) engine.registerTag(name, FileTagDisabled);

/** Rewrites `[NAME]` in literal text (not in tags, outputs or `{% raw %}`) to a Liquid output. */
function rewriteTokens(source: string): string {
  const tokens = new Tokenizer(source, engine.options.operators).readTopLevelTokens(engine.options);
  let out = '';
  let copied = 0;
  let inRaw = false;
  for (const token of tokens) {
    if (TypeGuards.isTagToken(token)) inRaw = token.name === 'raw';
    if (!TypeGuards.isHTMLToken(token) || inRaw) continue;
    const literal = source.slice(token.begin, token.end);
    out += source.slice(copied, token.begin);
    out += literal.replace(TOKEN_PATTERN, (_, expression: string) => `{{ "${expression}" | ${TOKEN_FILTER} }}`);
    copied = token.end;
  }
  return out + source.slice(copied);
}

/** Parses a template; Liquid errors are reported against the text the user wrote, not the rewritten one. */
export function parseTemplate(source: string, field: string): Template[] {
  if (source.includes(SLOT_OPEN) || source.includes(SLOT_CLOSE)) {
    throw new TemplateError('contains reserved characters U+E000/U+E001', field);
  }
  try {
    const parsed = engine.parse(source);
    const rewritten = rewriteTokens(source);
    return rewritten === source ? parsed : engine.parse(rewritten);
  } catch (err) {
    throw TemplateError.fromLiquid(field, err);
  }
}

export interface LiquidOutput {
  /** Rendered text with a slot marker wherever a value was substituted. */
  text: string;
  slots: unknown[];
  warnings: string[];
}

/**
 * One render's budget: the time and memory every part rendered under it (URL, each header, the body) spends
 * together. Only rendering counts; parsing happens once per webhook version, outside it.
 */
export class RenderBudget {
  private readonly memoryLimit = new Context({}, engine.options, { sync: true }).memoryLimit;

  constructor(private msLeft: number = RENDER_BUDGET.ms) {}

  /** A context for one part: what is left of the time, and the memory shared with the other parts. */
  context(scope: object): Context {
    return new Context(scope, engine.options, { sync: true, renderLimit: this.msLeft }, { liquid: engine, memoryLimit: this.memoryLimit });
  }

  charge(ms: number): void {
    this.msLeft = Math.max(0, this.msLeft - ms);
  }
}

export function renderTemplate(templates: Template[], ctx: RenderContext, field: string, budget = new RenderBudget()): LiquidOutput {
  const context = budget.context({ call: ctx.call, tags: ctx.tags, event: ctx.event });
  const render: RenderState = { ctx, slots: [], warnings: new Set() };
  context.setRegister(STATE, render);
  const started = performance.now();
  try {
    const text: string = engine.renderSync(templates, context);
    return { text, slots: render.slots, warnings: [...render.warnings] };
  } catch (err) {
    throw TemplateError.fromLiquid(field, err, 'failed to render: ');
  } finally {
    budget.charge(performance.now() - started);
  }
}
