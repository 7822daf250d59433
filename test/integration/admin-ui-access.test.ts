import type { Browser, Page } from 'playwright-core';
import { launchBrowser, saveScreenshot, SCREEN, waitForText } from '../support/browser';
import { startTestStack, type TestStack } from '../support/stack';

// Access in the admin UI, in Debian's Chromium against the real stack: what a read token sees, the tokens page,
// revocation reaching a signed-in browser, the audit log, and throttled sign-in attempts. Each browser context
// has its own client address (X-Forwarded-For from a loopback proxy), so the per-address limits keep apart.

const UI_TIMEOUT = 30_000;
const TOKEN_KEY = 'callhooks.admin.token';

describe('admin UI: tokens, roles and the audit log in a real browser', () => {
  let stack: TestStack;
  let browser: Browser;
  let address = 0;

  beforeAll(async () => {
    stack = await startTestStack({ AUTH_FAILURES_PER_MINUTE: '3' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  const url = (path: string) => `${stack.api.url}/admin${path}`;

  async function tab(token: string | null, path: string): Promise<Page> {
    const context = await browser.newContext({ viewport: SCREEN, extraHTTPHeaders: { 'X-Forwarded-For': `10.20.0.${++address}` } });
    context.setDefaultTimeout(UI_TIMEOUT);
    if (token) await context.addInitScript({ content: `localStorage.setItem(${JSON.stringify(TOKEN_KEY)}, ${JSON.stringify(token)})` });
    const page = await context.newPage();
    await page.goto(url(path));
    return page;
  }

  const api = (path: string, body?: unknown) => stack.ok(`/api/v1${path}`, { body });

  it('shows a read token everything, read-only, with secrets masked', async () => {
    const incoming = await api('/incoming-webhooks', { name: 'Lead form', type: 'call_data' });
    const outgoing = await api('/outgoing-webhooks', {
      name: 'CRM feed',
      event_types: ['call.completed'],
      url: 'https://crm.example.com/hook?api_key=crm-key-123',
      headers: { Authorization: 'Bearer crm-secret-456' },
      body_template: '{}',
    });
    const read = await api('/tokens', { name: 'Auditor', role: 'read' });

    const page = await tab(null, '/');
    await page.getByLabel('API token').fill(read.token);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Incoming Webhooks' }).click();
    await page.getByRole('link', { name: 'View Lead form' }).waitFor();
    expect(await page.getByRole('button', { name: 'Create incoming webhook' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Delete Lead form' }).count()).toBe(0);

    await page.getByRole('link', { name: 'View Lead form' }).click();
    await waitForText(page.getByTestId('webhook-url'), 'auth_key=[redacted]');
    expect(await page.content()).not.toContain(incoming.auth_key);
    await page.getByText('Read-only: your token can view this but not change it.').waitFor();
    expect(await page.getByLabel('Name', { exact: true }).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Save' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Rotate key' }).count()).toBe(0);
    await saveScreenshot(page, 'read-only-webhook');

    await page.goto(url(`/outgoing-webhooks/${outgoing.id}`));
    await page.getByText('Read-only: your token can view this but not change it.').waitFor();
    const html = await page.content();
    expect(html).not.toMatch(/crm-key-123|crm-secret-456/);
    expect(await page.getByRole('button', { name: 'Send test' }).count()).toBe(0);
    await page.context().close();
  });

  it('creates a token shown once, lists it, and revokes it: a browser signed in with it is signed out', async () => {
    const page = await tab(stack.token, '/tokens');
    await page.getByRole('heading', { name: 'API Tokens', level: 1 }).waitFor();
    const form = page.getByRole('form', { name: 'Create token' });
    await form.getByLabel('Name').fill('Zapier export');
    await form.getByLabel('Role').selectOption('read');
    await form.getByLabel('Expires').selectOption({ label: 'In 30 days' });
    await form.getByRole('button', { name: 'Create token' }).click();
    const notice = page.getByTestId('new-token');
    await waitForText(notice, 'copy it now');
    const token = (await notice.locator('code').innerText()).trim();
    expect(token).toMatch(/^chk_/);
    const row = page.getByRole('row').filter({ hasText: 'Zapier export' });
    await waitForText(row, 'active');

    const other = await tab(token, '/incoming-webhooks');
    await other.getByRole('heading', { name: 'Incoming Webhooks', level: 1 }).waitFor();
    await saveScreenshot(page, 'tokens');

    await page.getByRole('button', { name: 'I have saved it' }).click();
    expect(await page.getByTestId('new-token').count()).toBe(0);
    await row.getByRole('button', { name: 'Revoke Zapier export' }).click();
    await row.getByRole('button', { name: 'Confirm revoke' }).click();
    await waitForText(row, 'revoked');
    // The reloaded list has the time the other browser used it.
    expect(await row.innerText()).not.toContain('Never');

    // Its next request fails: the other browser lands on the sign-in page.
    await other.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Tags' }).click();
    await other.getByRole('heading', { name: 'Sign in' }).waitFor();
    await other.context().close();
    await page.context().close();
  });

  it('shows the audit log: who changed what, with the diff', async () => {
    const operator = await api('/tokens', { name: 'Dana (ops)', role: 'admin' });
    const tag = await stack.request('/api/v1/tags', { token: operator.token, body: { name: 'HOMEOWNER', description: 'Owns the home' } });
    await stack.request(`/api/v1/tags/${tag.body.id}`, { token: operator.token, method: 'PATCH', body: { description: 'Owns the home they live in' } });

    const page = await tab(stack.token, '/audit-log');
    await page.getByRole('heading', { name: 'Audit Log', level: 1 }).waitFor();
    const update = page.getByRole('row').filter({ hasText: 'HOMEOWNER' }).filter({ hasText: 'updated' });
    await waitForText(update, 'Dana (ops)');
    await update.getByRole('button', { name: 'Show details for updated HOMEOWNER' }).click();
    const changes = page.getByRole('table', { name: 'Changes to HOMEOWNER' });
    await waitForText(changes, 'Owns the home they live in');
    await waitForText(page.getByRole('row').filter({ hasText: 'Zapier export' }).filter({ hasText: 'revoked' }), 'admin');
    await saveScreenshot(page, 'audit-log', { tall: true, maxHeight: 1100 });
    await page.context().close();
  });

  it('throttles sign-in attempts from one address, and says when to try again', async () => {
    const page = await tab(null, '/sign-in');
    const alert = page.getByRole('alert');
    for (let i = 0; i < 3; i++) {
      await page.getByLabel('API token').fill(`chk_wrong_${i}`);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await waitForText(alert, 'That token was not accepted');
      await page.getByRole('button', { name: 'Sign in' }).and(page.locator(':enabled')).waitFor();
    }
    // Even the right token now waits: the address is throttled before any token is looked up.
    await page.getByLabel('API token').fill(stack.token);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await waitForText(alert, /Too many requests with refused credentials from this address; retry after \d+ s/);
    await page.context().close();
  });
});
