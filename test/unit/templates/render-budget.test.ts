import { compileTemplate, compileWebhookTemplates, inRenderTurn, RENDER_BUDGET, RenderBudget, renderBody, validateWebhookTemplates } from '../../../src/templates';
import { contextWith, thrownTemplateError } from './helpers';

const NESTED_LOOPS = '{% for i in (1..3000) %}{% for j in (1..3000) %}{% endfor %}{% endfor %}';

const renderError = thrownTemplateError;

describe('one render budget per render', () => {
  it('is shared by every part: time spent on one part is gone for the next', () => {
    const budget = new RenderBudget();
    budget.charge(RENDER_BUDGET.ms);
    const err = renderError(() => renderBody(compileTemplate('{"a": 1}', 'json'), contextWith(), budget));
    expect(err.message).toMatch(/template render limit exceeded/);
    expect(err.outOfTime).toBe(true);
  });

  it('shares the memory budget across parts, so work split over headers and body is refused', () => {
    const half = '{{ tags.BIG | escape }}';
    const webhook = compileWebhookTemplates({ url: 'https://x.example/', headers: { 'X-A': half }, body_format: 'raw', body_template: half });
    // Time enough that only memory can run out, however busy the machine.
    const err = renderError(() => webhook.render(contextWith({}, { BIG: 'x'.repeat(RENDER_BUDGET.memory / 2 + 1) }), new RenderBudget(60_000)));
    expect(err.field).toBe('body_template');
    expect(err.message).toMatch(/memory alloc limit exceeded/);
    expect(err.outOfTime).toBe(false);
  });

  it('refuses a loop driven by call data before allocating it', () => {
    const compiled = compileTemplate('{% for i in (1..tags.N) %}x{% endfor %}', 'raw');
    expect(renderError(() => renderBody(compiled, contextWith({}, { N: '5000000' }))).message).toMatch(/memory alloc limit exceeded/);
    expect(renderBody(compiled, contextWith({}, { N: '3' })).body).toBe('xxx');
  });

  it('reports a hostile body and nine hostile headers as errors at save time', () => {
    const headers = Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`X-H${i}`, NESTED_LOOPS]));
    const problems = validateWebhookTemplates({ url: 'https://x.example/', headers, body_format: 'raw', body_template: NESTED_LOOPS });
    expect(problems).toHaveLength(10);
    expect(problems.every((p) => p.severity === 'error' && /template render limit exceeded/.test(p.message))).toBe(true);
  });
});

describe('render turns', () => {
  const spin = (ms: number) => {
    const until = performance.now() + ms;
    while (performance.now() < until);
  };

  it('runs a render at once while the event loop turn has time for it, and the next one a turn later', async () => {
    await new Promise((resolve) => setImmediate(resolve));
    let first = false;
    const running = inRenderTurn(() => {
      first = true;
      spin(15);
    });
    expect(first).toBe(true);
    let second = false;
    const waiting = inRenderTurn(() => (second = true));
    expect(second).toBe(false);
    await Promise.all([running, waiting]);
    expect(second).toBe(true);
  });

  it('hands a render error to the caller', async () => {
    await expect(inRenderTurn(() => renderBody(compileTemplate(NESTED_LOOPS, 'raw'), contextWith()))).rejects.toThrow(/render limit exceeded/);
  });
});
