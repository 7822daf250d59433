import type { Browser, Page } from 'playwright-core';
import { launchBrowser, saveScreenshot, SCREEN, signedInPage, UI_TIMEOUT, waitForMatch, waitForText } from '../support/browser';
import { Receiver } from '../support/receiver';
import { startTestStack, uniqueName, type TestStack } from '../support/stack';

// The admin UI driven in Debian's Chromium against the real stack (API, worker, PostgreSQL, Temporal).
// `UPDATE_SCREENSHOTS=1` also refreshes docs/screenshots/.

const TEMPORAL_WEB_URL = 'http://127.0.0.1:8233';

describe('admin UI in a real browser', () => {
  let stack: TestStack;
  let receiver: Receiver;
  let browser: Browser;

  beforeAll(async () => {
    stack = await startTestStack({ TEMPORAL_WEB_URL });
    receiver = await Receiver.start({ status: 200, body: '{"ok":true,"result":{"message_id":45}}' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await receiver?.close();
    await stack?.stop();
  });

  const url = (path: string) => `${stack.api.url}/admin${path}`;

  const signedIn = (path: string): Promise<Page> => signedInPage(browser, stack.api.url, stack.token, path);

  async function api(path: string, body?: unknown): Promise<any> {
    const res = await stack.request(`/api/v1${path}`, body === undefined ? {} : { body });
    if (res.status >= 300) throw new Error(`${path} answered ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body;
  }

  /** Polls the API until `check` returns a value (deliveries and the call index catch up asynchronously). */
  async function eventually<T>(read: () => Promise<T | undefined>, what: string, timeoutMs = 60_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await read();
      if (value !== undefined) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }

  it('signs in with an API token, refusing a wrong one', async () => {
    const context = await browser.newContext({ viewport: SCREEN });
    context.setDefaultTimeout(UI_TIMEOUT);
    const page = await context.newPage();
    await page.goto(url('/'));
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await saveScreenshot(page, 'sign-in');

    await page.getByLabel('API token').fill('chk_not-a-real-token');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await waitForText(page.getByRole('alert'), 'That token was not accepted');

    await page.getByLabel('API token').fill(stack.token);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Incoming Webhooks' }).click();
    await page.getByText('No incoming webhooks yet').waitFor();
    await context.close();
  });

  it('creates an incoming webhook whose URL accepts a caller', async () => {
    const page = await signedIn('/incoming-webhooks');
    await page.getByRole('button', { name: 'Create incoming webhook' }).first().click();
    await page.getByLabel('Name', { exact: true }).fill('Lead form');
    await page.getByLabel('Type', { exact: true }).selectOption({ label: 'Pre-call (call data)' });
    await page.getByText('Defaults to 3600 seconds (1 hour)').waitFor();
    await page.getByRole('button', { name: 'Add mapping' }).click();
    await page.getByLabel('Mapping 1 parameter').fill('home_owner');
    await page.getByLabel('Mapping 1 tag').fill('HOMEOWNER');
    await page.getByRole('button', { name: 'Save' }).click();

    const webhookUrl = page.getByTestId('webhook-url');
    await waitForText(webhookUrl, 'auth_key=');
    await waitForText(page.getByTestId('example-url'), 'tag1=value1');
    const ingressUrl = (await webhookUrl.innerText()).trim();
    const res = await fetch(`${ingressUrl}&caller_id=5551230001&home_owner=yes`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true, caller_id: '+15551230001' });
    await saveScreenshot(page, 'incoming-webhook-form');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Incoming Webhooks' }).click();
    await page.getByRole('link', { name: 'Lead form', exact: true }).waitFor();
    await saveScreenshot(page, 'incoming-webhooks');
    await page.context().close();
  });

  it('builds an outgoing webhook from the Telegram preset, previews it and sends a test to a receiver', async () => {
    const page = await signedIn('/outgoing-webhooks/new');
    await page.getByRole('button', { name: 'Use Telegram message preset' }).click();
    await waitForMatch(() => page.getByLabel('URL', { exact: true }).inputValue(), /api\.telegram\.org\/bot<TOKEN>/);

    await page.getByLabel('URL', { exact: true }).fill(`${receiver.url}/bot123:ABC/sendMessage`);
    // The preset's message is edited field by field: the chat id is a field of its own.
    await page.getByLabel('Chat id').fill('-5002186479');

    const rendered = page.getByLabel('Rendered request body');
    await waitForText(rendered, '"chat_id": "-5002186479"');
    await waitForText(rendered, 'Call Converted');
    await page.evaluate('window.scrollTo(0, 0)');
    await saveScreenshot(page, 'outgoing-webhook-preview');
    await page.getByRole('button', { name: 'Save' }).click();

    await page.getByRole('heading', { name: 'Edit Outgoing Webhook' }).waitFor();
    await page.getByRole('button', { name: 'Send test' }).click();
    const result = page.getByTestId('test-result');
    await waitForText(result, 'Delivered');
    await waitForText(result.getByLabel('Response received body'), '"message_id": 45');
    await waitForText(result.getByLabel('Request sent body'), '-5002186479');

    const sent = receiver.requests.find((r) => r.url === '/bot123:ABC/sendMessage');
    expect(sent?.method).toBe('POST');
    expect(JSON.parse(sent!.body)).toMatchObject({ chat_id: '-5002186479', parse_mode: 'MarkdownV2' });
    await waitForText(page.getByLabel('Rendered request body'), '-5002186479');
    // Scroll the sticky side panel to the test result, then the page back to its top.
    await page.evaluate("document.getElementById('ow-test-title').scrollIntoView({ block: 'start' }); window.scrollTo(0, 0)");
    await saveScreenshot(page, 'outgoing-webhook-test', { tall: true, maxHeight: 1300 });

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Outgoing Webhooks' }).click();
    await page.getByRole('link', { name: 'Telegram message', exact: true }).waitFor();
    await saveScreenshot(page, 'outgoing-webhooks');
    await page.context().close();
  });

  it('edits a Slack preset field by field, with the generated Liquid one toggle away and still editable by hand', async () => {
    const page = await signedIn('/outgoing-webhooks/new');
    await page.getByRole('button', { name: 'Use Slack notification preset' }).click();
    const editor = page.getByTestId('message-editor');
    await editor.waitFor();
    await page.getByLabel('Body template').waitFor({ state: 'detached' });
    await page.getByLabel('URL', { exact: true }).fill(`${receiver.url}/slack`);

    await page.getByLabel('Message title').fill('New lead call <today>');
    await page.getByRole('button', { name: 'Remove TO' }).click();
    await page.getByRole('button', { name: 'Remove EVENT_TYPE' }).click();
    await page.getByRole('button', { name: 'Move CALL_ID up' }).click();
    await page.getByLabel('Add a call field or tag').selectOption('DURATION');
    await page.getByLabel('Label for DURATION').fill('Talk time');
    const tokens = await editor.getByTestId('message-field').evaluateAll((rows) => rows.map((r) => (r as unknown as { dataset: { token: string } }).dataset.token));
    expect(tokens).toEqual(['FROM', 'CAMPAIGN_NAME', 'PUBLISHER_NAME', 'BUYER_NAME', 'CALL_ID', 'STATUS', 'DURATION']);

    // The preview renders the generated Liquid for the sample call: title escaped for Slack, fields in order.
    const rendered = page.getByLabel('Rendered request body');
    await waitForText(rendered, '*New lead call &lt;today&gt;*');
    await waitForMatch(() => rendered.textContent() as Promise<string>, /\*Buyer:\*.*\*Call ID:\*.*\*Status:\*.*\*Talk time:\*/s);
    expect(await rendered.textContent()).not.toContain('*To:*');
    await saveScreenshot(page, 'outgoing-webhook-message-editor', { tall: true, maxHeight: 1500 });

    // Advanced: the Liquid it generated, editable by hand; a hand edit ends the field-by-field editor and is kept.
    await page.getByLabel('Advanced (Liquid)').check();
    const template = page.getByLabel('Body template');
    await waitForText(template, "{{ call.duration | default: 'n/a' | slack }}");
    await template.fill((await template.inputValue()).replace('New lead call', 'Hand-edited call'));
    await editor.waitFor({ state: 'detached' });
    await waitForText(rendered, '*Hand-edited call &lt;today&gt;*');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { name: 'Edit Outgoing Webhook' }).waitFor();
    await waitForText(page.getByLabel('Body template'), 'Hand-edited call');
    await page.context().close();
  });

  it('says in plain words why a webhook with a broken template cannot be saved', async () => {
    const page = await signedIn('/outgoing-webhooks/new');
    await page.getByLabel('Name', { exact: true }).fill('Broken');
    await page.getByRole('group', { name: 'Event types' }).getByLabel('call.hangup').check();
    await page.getByLabel('URL', { exact: true }).fill(`${receiver.url}/broken`);
    await page.getByLabel('Body template').fill('{"text": "{{ call.from "}');
    await page.getByRole('button', { name: 'Save' }).click();

    const alert = page.getByRole('alert').filter({ hasText: 'Could not save.' });
    await waitForText(alert, 'The template cannot be rendered');
    await waitForText(alert, 'Body template: ');
    await page.getByRole('heading', { name: 'New Outgoing Webhook' }).waitFor();
    await page.context().close();
  });

  it('lists tags and defines one with a source', async () => {
    const page = await signedIn('/tags');
    await page.getByText('No tags yet').waitFor();
    await page.getByRole('button', { name: 'Create tag' }).first().click();
    await page.getByLabel('Tag name', { exact: true }).fill('HOMEOWNER');
    await page.getByLabel('Description').fill('Whether the caller owns their home');
    await page.getByRole('button', { name: 'Add source' }).click();
    await page.getByLabel('Source 1 type').selectOption('sip_header');
    await page.getByLabel('Source 1 key').fill('X-Homeowner');
    await page.getByRole('button', { name: 'Save' }).click();

    const row = page.getByRole('row').filter({ hasText: 'HOMEOWNER' });
    await waitForText(row, 'homeowner');
    await waitForText(row, 'Whether the caller owns their home');
    await saveScreenshot(page, 'tags');
    await page.context().close();
  });

  it('finds an ingress request in the incoming log and shows its query, headers and response', async () => {
    const webhook = await api('/incoming-webhooks', { name: 'Landing page', type: 'call_data' });
    const res = await fetch(`${webhook.url}&caller_id=5551230002&lead_source=ui_test`, { headers: { 'x-lead-form': 'spring-promo' } });
    expect(res.status).toBe(200);
    const { request_id: requestId } = (await res.json()) as { request_id: string };

    // The request log is written in batches: wait until the API lists it.
    await eventually(async () => ((await api('/logs/incoming')).data.some((r: { id: string }) => r.id === requestId) ? true : undefined), 'the logged request');
    const page = await signedIn('/logs/incoming');
    await page.getByRole('button', { name: `Show details for request ${requestId}` }).click();
    await waitForText(page.getByLabel('Query parameters'), '"lead_source": "ui_test"');
    await waitForText(page.getByLabel('Request headers'), 'spring-promo');
    await waitForText(page.getByLabel('Response body'), requestId);
    await saveScreenshot(page, 'incoming-logs', { tall: true });
    await page.context().close();
  });

  it("finds a call's delivery in the outgoing log, shows each attempt and redelivers it", async () => {
    const path = `/${uniqueName('crm')}`;
    const crm = await api('/outgoing-webhooks', {
      name: 'CRM sync',
      event_types: ['call.incoming'],
      url: `${receiver.url}${path}`,
      body_template: '{"event": "[EVENT_TYPE]", "call_id": "[CALL_ID]", "from": "[FROM]"}',
    });
    const callId = uniqueName('call');
    await api(`/calls/${callId}/events`, { type: 'incoming', call: { from: '+15551230003', to: '+18005550100', campaign_name: 'Solar' } });
    const delivery = await eventually(async () => {
      // Webhooks made by earlier tests may take call.incoming too: this one's delivery is the one to redeliver.
      const [row] = (await api(`/logs/outgoing?call_id=${callId}&webhook_id=${crm.id}`)).data;
      return row?.status === 'succeeded' ? row : undefined;
    }, 'the delivery to succeed');

    const page = await signedIn('/logs/outgoing');
    await page.getByRole('button', { name: `Show details for delivery ${delivery.id}` }).click();
    await waitForText(page.getByLabel('Attempt 1 request body'), callId);
    await waitForText(page.getByLabel('Attempt 1 response body'), '"ok": true');
    await waitForText(page.getByLabel('Attempt 1 request headers'), delivery.id);
    await saveScreenshot(page, 'outgoing-logs', { tall: true });

    await page.getByRole('button', { name: 'Redeliver' }).click();
    await page.getByText('Redelivery queued as').waitFor();
    await eventually(async () => (receiver.requests.filter((r) => r.url === path).length >= 2 ? true : undefined), 'the redelivery to arrive');
    await page.context().close();
  });

  it("opens a call's timeline from the calls list, with its Temporal Web link", async () => {
    const callId = uniqueName('call');
    await api(`/calls/${callId}/events`, { type: 'incoming', event_id: 'e1', call: { from: '+15551230004', to: '+18005550100', campaign_name: 'Home insurance' } });
    await api(`/calls/${callId}/events`, { type: 'connected', event_id: 'e2', call: { buyer_name: 'Acme Insurance' } });
    await eventually(async () => ((await api(`/calls?caller=%2B15551230004`)).data.length > 0 ? true : undefined), 'the call index');

    const page = await signedIn('/calls');
    await page.getByRole('link', { name: callId, exact: true }).waitFor();
    await saveScreenshot(page, 'calls');
    await page.getByRole('link', { name: callId, exact: true }).click();

    // Plain words by default; the workflow's history, with its Temporal Web link, one toggle away.
    const timeline = page.getByRole('list', { name: 'Call timeline', exact: true });
    await waitForText(timeline, 'Call came in');
    await waitForText(timeline, 'Call connected to a buyer');
    await waitForText(timeline, '+0 s');
    await page.getByLabel('Engineer’s view').check();
    const history = page.getByRole('list', { name: 'Call timeline (engineer’s view)' });
    await waitForText(history, 'Received incoming');
    await waitForText(history, 'Received connected');
    const temporalLink = page.getByRole('link', { name: 'Open in Temporal Web' });
    await waitForMatch(() => temporalLink.getAttribute('href'), new RegExp(`^${TEMPORAL_WEB_URL}/namespaces/default/workflows/.*${callId}$`));
    await saveScreenshot(page, 'call-timeline', { tall: true });
    await page.context().close();
  });
});
