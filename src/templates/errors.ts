// The one error type template compilation and rendering throw, with a message fit to show an operator.
import { LiquidError } from 'liquidjs';

export class TemplateError extends Error {
  override readonly name = 'TemplateError';

  constructor(
    /** What is wrong, without the field prefix. */
    readonly detail: string,
    /** Which part of a webhook failed: `url`, `headers.<name>` or `body_template`. */
    readonly field: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(`${field}: ${detail}`);
  }

  /** The render ran out of time (not memory): a busy machine can cause it, so a later try may succeed. */
  get outOfTime(): boolean {
    return this.detail.includes('template render limit exceeded');
  }

  /** Wraps a Liquid error; its message already ends with `line:N, col:M`. */
  static fromLiquid(field: string, err: unknown, doing = ''): TemplateError {
    if (!LiquidError.is(err)) return new TemplateError(`${doing}${(err as Error)?.message ?? String(err)}`, field);
    const [line, column] = err.token.getPosition();
    return new TemplateError(`${doing}${err.message}`, field, line, column);
  }
}
