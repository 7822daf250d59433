import type { Browser, Page } from 'playwright-core';
import { launchBrowser, SCREEN } from '../support/browser';
import { startTestStack, type TestStack } from '../support/stack';

// Every part of the app sends security headers, with a Content-Security-Policy that still lets the admin UI
// and the API docs work in a real browser.
describe('security headers', () => {
  let stack: TestStack;
  let browser: Browser;

  beforeAll(async () => {
    stack = await startTestStack();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it.each([
    ['/admin/', /script-src 'self'/],
    ['/docs', /script-src 'self'/],
    ['/api/v1/me', /default-src 'none'/],
    ['/api/v1/openapi.json', /default-src 'none'/],
    ['/call-data', /default-src 'none'/],
  ])('%s answers with a CSP fitting it, nosniff, no framing and no referrer', async (path, csp) => {
    const res = await fetch(`${stack.api.url}${path}`, { headers: { authorization: `Bearer ${stack.token}` } });
    expect(res.headers.get('content-security-policy')).toMatch(csp);
    expect(res.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    if (path.startsWith('/api/')) expect(res.headers.get('cache-control')).toBe('no-store');
  });

  /** A page with every CSP violation and script error it reports collected. */
  async function open(path: string): Promise<{ page: Page; problems: string[] }> {
    const context = await browser.newContext({ viewport: SCREEN });
    context.setDefaultTimeout(30_000);
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`${message.text()} ${message.location().url}`);
    });
    page.on('pageerror', (err) => problems.push(err.message));
    await page.goto(`${stack.api.url}${path}`);
    return { page, problems };
  }

  it('the API docs render every operation under their CSP', async () => {
    const { page, problems } = await open('/docs');
    await page.getByText('/api/v1/outgoing-webhooks/{id}/preview').first().waitFor();
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('the admin UI signs in and lists under its CSP', async () => {
    const { page, problems } = await open('/admin/');
    await page.getByLabel('API token').fill(stack.token);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
