import type { RenderContext } from '../../../src/shared/call';
import { sampleRenderContext, TemplateError } from '../../../src/templates';

/** Every character a naive substitution gets wrong, in one value. */
export const HOSTILE = 'He said "hi" \\o/ a&b=c+d 50% x\ny\r\tz </script> 😀 é';

export function contextWith(call: Partial<RenderContext['call']> = {}, tags: Record<string, string> = {}): RenderContext {
  const ctx = sampleRenderContext();
  return { ...ctx, call: { ...ctx.call, ...call }, tags: { ...ctx.tags, ...tags } };
}

/** The TemplateError `run` throws (anything else fails the test). */
export function thrownTemplateError(run: () => unknown): TemplateError {
  try {
    run();
  } catch (err) {
    if (err instanceof TemplateError) return err;
    throw err;
  }
  throw new Error('expected a TemplateError');
}
