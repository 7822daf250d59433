import type { Browser, Page } from 'playwright-core';
import { sendEvent, waitFor } from './lifecycle-support';
import { createIncomingWebhook, shortenLifespan } from './incoming-support';
import { launchBrowser, saveScreenshot, SCREEN, signedInPage, UI_TIMEOUT, waitForMatch, waitForText } from '../support/browser';
import { createCallWebhook, waitForDeliveries, waitForHealth } from '../support/outage';
import { Receiver } from '../support/receiver';
import { startTestStack, uniqueName, type TestStack } from '../support/stack';

// The operator's dashboard in Debian's Chromium against the real stack: a failing endpoint shows failing
// everywhere, events held behind a retrying delivery show as queued, Redeliver never runs beside a live delivery
// and repeats the original webhook-id, and a call's tags link to the requests that set them.

/** Retries every second or two (50 attempts: longer than the test needs); failing after 2 failures, never paused. */
const KEEPS_RETRYING = {
  retry: { max_attempts: 50, initial_interval_seconds: 1, backoff_coefficient: 1.5, max_interval_seconds: 2 },
  health_policy: { failing_after: 2, pause_after: 10_000, probe_initial_interval_seconds: 1, probe_max_interval_seconds: 2, drain_per_second: 20 },
};

describe('admin UI: the operator’s dashboard in a real browser', () => {
  let stack: TestStack;
  let receiver: Receiver;
  let browser: Browser;

  beforeAll(async () => {
    stack = await startTestStack();
    receiver = await Receiver.start({ status: 500, body: 'down' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await receiver?.close();
    await stack?.stop();
  });

  const signedIn = (path: string): Promise<Page> => signedInPage(browser, stack.api.url, stack.token, path);

  const deliveryRow = (page: Page, eventType: string) => page.getByTestId('call-delivery').and(page.locator(`[data-event="${eventType}"]`));

  it('shows a failing endpoint as failing, the events queued behind its retries, and never redelivers beside a live delivery', async () => {
    const webhook = await createCallWebhook(stack, receiver, { name: 'Buyer CRM', ...KEEPS_RETRYING });
    const callId = uniqueName('call');
    await sendEvent(stack, callId, 'incoming', { from: '+15552000001' });
    await sendEvent(stack, callId, 'connected');
    await sendEvent(stack, callId, 'hangup', { duration: 3 });
    await waitForHealth(stack, webhook.id, (h) => h.state === 'failing');

    // The list, the banner and the call page all say it, while call.incoming is still retrying.
    const list = await signedIn('/outgoing-webhooks');
    await waitForText(list.getByRole('row').filter({ hasText: 'Buyer CRM' }).getByTestId('health-cell'), 'Failing');
    await waitForText(list.getByTestId('failing-banner'), 'Buyer CRM (failing');
    await list.context().close();

    const page = await signedIn(`/calls/${callId}`);
    await waitForText(page.getByTestId('failing-banner'), 'Buyer CRM');
    await waitForText(deliveryRow(page, 'call.incoming'), /Retrying \(\d+ attempts? failed\)/);
    await waitForText(deliveryRow(page, 'call.incoming'), 'Buyer CRM answered HTTP 500');
    await waitForText(deliveryRow(page, 'call.connected'), 'Queued #1');
    await waitForText(deliveryRow(page, 'call.hangup'), 'Queued #2');
    await waitForText(deliveryRow(page, 'call.hangup'), 'waits for on incoming call (call.incoming, retrying');
    await saveScreenshot(page, 'call-failing-delivery', { tall: true, maxHeight: 1400 });

    // Nothing reached the receiver but call.incoming, under one webhook-id, however often it was tried.
    const { body: log } = await stack.request(`/api/v1/logs/outgoing?call_id=${callId}`);
    const byType = new Map<string, any>(log.data.map((d: any) => [d.event_type, d]));
    const first = byType.get('call.incoming');
    expect(first).toMatchObject({ status: 'pending', queued_behind: null });
    expect(byType.get('call.hangup')).toMatchObject({ status: 'pending', attempts_count: 0, queued_behind: { ahead: 2, delivery_id: first.id, event_type: 'call.incoming' } });

    // Redeliver while it retries: refused, naming the live delivery; the UI does not offer it.
    const refused = await stack.request(`/api/v1/logs/outgoing/${first.id}/redeliver`, { method: 'POST' });
    expect(refused.status).toBe(409);
    expect(refused.body.detail).toContain(first.id);
    const queued = await stack.request(`/api/v1/logs/outgoing/${byType.get('call.connected').id}/redeliver`, { method: 'POST' });
    expect(queued.status).toBe(409);
    const logs = await signedIn(`/logs/outgoing?call_id=${encodeURIComponent(callId)}`);
    await waitForText(logs.getByRole('row').filter({ hasText: 'call.hangup' }), 'Queued #2');
    await logs.getByRole('button', { name: `Show details for delivery ${first.id}` }).click();
    await waitForText(logs.getByTestId('redeliver-unavailable'), 'Redeliver is offered once it settles');
    await saveScreenshot(logs, 'outgoing-logs-queued', { tall: true });

    // The receiver recovers: everything is delivered, in order, and the page follows by itself.
    receiver.setDefaultReply({ status: 200, body: '{"ok":true}' });
    await waitForText(deliveryRow(page, 'call.hangup'), 'Delivered');
    await waitForText(deliveryRow(page, 'call.incoming'), 'Delivered');
    await waitForHealth(stack, webhook.id, (h) => h.state === 'healthy');
    await page.getByTestId('failing-banner').waitFor({ state: 'detached' });

    // A redelivery after it finished carries the original webhook-id: the receiver can drop it.
    await logs.reload();
    await logs.getByRole('button', { name: `Show details for delivery ${first.id}` }).click();
    const incomingRequests = () => receiver.requests.filter((r) => JSON.parse(r.body).call === callId && JSON.parse(r.body).type === 'call.incoming');
    const before = incomingRequests().length;
    await logs.getByRole('button', { name: 'Redeliver' }).click();
    await waitForText(logs.getByText(/Redelivery queued as/), first.id);
    const again = await waitFor('the redelivery to arrive', () => incomingRequests()[before]);
    expect(again.headers['webhook-id']).toBe(first.id);
    await waitForDeliveries(stack, webhook.id, 4, 'succeeded');
    const ids = new Set(receiver.requests.filter((r) => JSON.parse(r.body).call === callId).map((r) => `${JSON.parse(r.body).type} ${r.headers['webhook-id']}`));
    expect([...ids].sort()).toEqual([
      `call.connected ${byType.get('call.connected').id}`,
      `call.hangup ${byType.get('call.hangup').id}`,
      `call.incoming ${first.id}`,
    ]);
    await logs.context().close();
    await page.context().close();
  });

  it('links a tag to the incoming request that set it, with the source webhook’s name', async () => {
    receiver.setDefaultReply({ status: 200, body: '{"ok":true}' });
    await createCallWebhook(stack, receiver, { name: 'Lineage CRM', event_types: ['call.incoming'] });
    const lead = await createIncomingWebhook(stack, { name: 'Solar lead form', type: 'call_data' });
    const posted = await fetch(`${lead.url}&caller_id=5552000002&HOMEOWNER=yes`);
    const { request_id: requestId } = (await posted.json()) as { request_id: string };
    const callId = uniqueName('call');
    await sendEvent(stack, callId, 'incoming', { from: '+15552000002', campaign_name: 'A campaign with a very long name that would otherwise stretch the row' });

    const page = await signedIn(`/calls/${callId}`);
    const tag = page.getByTestId('tag-lineage').and(page.locator('[data-tag="HOMEOWNER"]'));
    await waitForText(tag, 'Solar lead form');
    await waitForText(tag, 'expires');
    // Which payloads carried it: the call's deliveries rendered with the tag.
    await waitForText(tag.getByTestId('tag-used-by'), 'call.incoming → Lineage CRM');
    await tag.getByRole('link', { name: `request ${requestId}` }).click();
    await page.getByRole('heading', { name: 'Incoming request' }).waitFor();
    await waitForText(page.getByLabel('Query parameters'), '"HOMEOWNER": "yes"');
    // And back: the request names the call its data fed.
    await waitForText(page.getByTestId('attached-calls'), callId);
    await page.goBack();
    await waitForText(page.getByTestId('tag-lineage'), 'Solar lead form');
    await saveScreenshot(page, 'call-lineage', { tall: true, maxHeight: 1400 });

    // 800 px wide: the sidebar is a bar on top, long values are cut with an ellipsis.
    await page.setViewportSize({ width: 800, height: 900 });
    const sidebarHeight = Number(await page.evaluate("document.querySelector('.sidebar').getBoundingClientRect().height"));
    expect(sidebarHeight).toBeLessThan(200);
    await saveScreenshot(page, 'call-800px');
    await page.context().close();
  });

  it('says why a tag was empty on a call: its data expired before the call started', async () => {
    expect((await stack.request('/api/v1/tags', { body: { name: 'CREDIT_BAND' } })).status).toBe(201);
    const lead = await createIncomingWebhook(stack, { name: 'Credit checks', type: 'call_data' });
    await shortenLifespan(stack, lead.id, 1);
    const posted = (await (await fetch(`${lead.url}&caller_id=5552000031&CREDIT_BAND=A`)).json()) as { request_id: string; expires_at: string };
    await waitFor('the data to expire', () => (Date.now() > Date.parse(posted.expires_at) + 200 ? true : undefined));
    const callId = uniqueName('call');
    await sendEvent(stack, callId, 'incoming', { from: '+15552000031' });

    const page = await signedIn(`/calls/${callId}`);
    const why = page.getByTestId('empty-tag').and(page.locator('[data-tag="CREDIT_BAND"]'));
    await waitForText(why, 'Expired before the call');
    await waitForText(why, posted.expires_at);
    await why.getByRole('link', { name: `request ${posted.request_id}` }).click();
    await page.getByRole('heading', { name: 'Incoming request' }).waitFor();
    await waitForText(page.getByLabel('Query parameters'), '"CREDIT_BAND": "A"');
    await page.goBack();
    await waitForText(page.getByTestId('empty-tags'), 'Why were these tags empty?');
    await saveScreenshot(page, 'call-empty-tags', { tall: true, maxHeight: 1400 });
    await page.context().close();
  });

  it('keeps filters in the URL, refreshes a list by itself, signs a Ctrl-clicked tab in, filters deliveries by caller and cancels a confirmation with Escape', async () => {
    receiver.setDefaultReply({ status: 200, body: '{"ok":true}' });
    const webhook = await createCallWebhook(stack, receiver, { name: 'Caller filter', event_types: ['call.incoming', 'call.hangup'] });
    const callId = uniqueName('call');
    await sendEvent(stack, callId, 'incoming', { from: '+15552000003' });
    await waitForDeliveries(stack, webhook.id, 1, 'succeeded');
    // Every webhook subscribed to call.incoming got the call: the caller filter shows exactly those.
    const ofCaller = (await stack.request('/api/v1/logs/outgoing?caller=%2B15552000003')).body.data;
    expect(new Set(ofCaller.map((d: any) => d.call_id))).toEqual(new Set([callId]));
    const expected = new RegExp(`^${ofCaller.length}$`);

    // Signed in by hand (no token planted in the tab): a Ctrl-click opens a tab that is signed in as well.
    const context = await browser.newContext({ viewport: SCREEN });
    context.setDefaultTimeout(UI_TIMEOUT);
    const page = await context.newPage();
    await page.goto(`${stack.api.url}/admin/sign-in`);
    await page.getByLabel('API token').fill(stack.token);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    await page.goto(`${stack.api.url}/admin/logs/outgoing`);
    await page.getByLabel('Caller').fill('(555) 200-0003');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await waitForMatch(async () => page.url(), /caller=/);
    await waitForText(page.getByRole('table', { name: 'Outgoing deliveries' }), 'Caller filter');
    const rows = page.getByRole('button', { name: /^Show details for delivery / });
    await waitForMatch(async () => String(await rows.count()), expected);

    const [tab] = await Promise.all([
      context.waitForEvent('page'),
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Calls' }).click({ modifiers: ['Control'] }),
    ]);
    await tab.getByRole('heading', { name: 'Calls', level: 1 }).waitFor();

    // The list says how fresh it is, and picks up the caller's next delivery by itself.
    await waitForText(page.getByTestId('list-freshness'), 'Refreshes every 10 s');
    const before = await rows.count();
    await sendEvent(stack, callId, 'hangup', { duration: 2 });
    await waitForMatch(async () => String((await rows.count()) - before), /^[1-9]/);

    // A reload keeps the filter: it is in the URL.
    await page.reload();
    await waitForMatch(() => page.getByLabel('Caller').inputValue(), /555/);
    // Exactly the caller's deliveries (every webhook subscribed to hangup got one), not the whole log.
    const callerCount = async () => (await stack.request('/api/v1/logs/outgoing?caller=%2B15552000003')).body.data.length;
    await waitForMatch(async () => String((await rows.count()) === (await callerCount()) && (await rows.count()) > before), /^true$/);

    // Escape backs out of an inline confirmation and gives the focus back to the button.
    await page.goto(`${stack.api.url}/admin/tokens`);
    const revoke = page.getByRole('button', { name: /^Revoke / }).first();
    await revoke.click();
    await page.getByText('Are you sure?').waitFor();
    await page.keyboard.press('Escape');
    await page.getByText('Are you sure?').waitFor({ state: 'detached' });
    await waitForMatch(() => page.evaluate('document.activeElement && document.activeElement.textContent') as Promise<string>, /^Revoke$/);
    await context.close();
  });

  it('onboards a partner: snippets, a live wait for the first request, and one click to define a field as a tag', async () => {
    const lead = await createIncomingWebhook(stack, { name: 'Roofing partner', type: 'call_data' });
    const page = await signedIn(`/incoming-webhooks/${lead.id}`);
    await page.getByRole('link', { name: 'Partner onboarding' }).click();
    await waitForText(page.getByLabel('curl snippet'), lead.url);
    await waitForText(page.getByLabel('fetch snippet'), '"caller_id":"5551234567"');
    await page.getByTestId('onboarding-waiting').waitFor();
    await saveScreenshot(page, 'partner-onboarding-waiting', { tall: true });

    // The partner sends its first request: the page shows it by itself, field by field.
    const sent = await fetch(lead.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ caller_id: '5552000009', roof_age: '12' }) });
    expect(sent.status).toBe(200);
    const field = page.getByTestId('onboarding-field').filter({ hasText: 'roof_age' });
    await waitForText(field, '[ROOF_AGE]');
    await saveScreenshot(page, 'partner-onboarding', { tall: true });
    await field.getByRole('button', { name: 'Define tag ROOF_AGE' }).click();
    await waitForText(field, 'Defined');
    const { body: tags } = await stack.request('/api/v1/tags?limit=200');
    expect(tags.data.find((t: any) => t.name === 'ROOF_AGE')).toMatchObject({ sources: [{ type: 'incoming_webhook', key: 'roof_age', incoming_webhook_id: lead.id }] });
    await page.context().close();
  });

  it('offers tags seen in traffic in the palette without an unknown-token warning, checks the template against real calls, and test-sends the event picked, marked TEST', async () => {
    receiver.setDefaultReply({ status: 200, body: '{"ok":true}' });
    const lead = await createIncomingWebhook(stack, { name: 'Score feed', type: 'call_data' });
    await fetch(`${lead.url}&caller_id=5552000011&LEAD_SCORE=87`);
    const callId = uniqueName('call');
    await sendEvent(stack, callId, 'incoming', { from: '+15552000011' });
    await waitFor('the call index to carry LEAD_SCORE', async () => ((await stack.request(`/api/v1/calls/${callId}`)).body.tags?.LEAD_SCORE === '87' ? true : undefined));
    const webhook = await createCallWebhook(stack, receiver, { name: 'Test sender', event_types: ['call.incoming', 'call.hangup'], body_template: '{"type": "[EVENT_TYPE]", "score": "[LEAD_SCORE]"}' });

    const page = await signedIn(`/outgoing-webhooks/${webhook.id}`);
    await page.getByLabel('Filter tokens').fill('lead');
    await page.getByRole('group', { name: 'Insert a token' }).getByRole('button', { name: '[LEAD_SCORE]' }).waitFor();
    await page.getByLabel('Filter tokens').fill('no such token');
    await page.getByText('No token matches “no such token”.').waitFor();
    await waitForText(page.getByLabel('Rendered request body'), '"score"');
    expect(await page.getByText('Unknown token [LEAD_SCORE]').count()).toBe(0);

    // Before saving: the edited template against the latest real calls.
    await page.getByRole('button', { name: 'Check last 20 calls' }).click();
    const checked = page.getByTestId('checked-call');
    await waitForText(checked.filter({ hasText: callId }), 'Sends');
    await waitForText(checked.filter({ hasText: callId }), '"score": "87"');
    await waitForText(checked.filter({ hasNotText: callId }).first(), 'empty: [LEAD_SCORE]');
    await saveScreenshot(page, 'outgoing-webhook-check-calls', { tall: true, maxHeight: 1600 });

    await page.getByLabel('Test event').selectOption('call.hangup');
    await page.getByRole('button', { name: 'Send test' }).click();
    await waitForText(page.getByTestId('test-result'), 'Delivered');
    await waitForText(page.getByTestId('test-result').getByLabel('Request sent body'), '"type": "call.hangup"');

    await page.goto(`${stack.api.url}/admin/logs/outgoing?webhook_id=${webhook.id}`);
    await waitForText(page.getByRole('table', { name: 'Outgoing deliveries' }).getByTestId('delivery-state'), 'TEST');
    await page.context().close();
  });

  it('shows a form error beside its field, focused, clears it once fixed, and confirms a save', async () => {
    const webhook = await createCallWebhook(stack, receiver, { name: 'Form check', event_types: ['call.incoming'] });
    const page = await signedIn(`/outgoing-webhooks/${webhook.id}`);
    const url = page.getByLabel('URL', { exact: true });
    await url.fill('');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('URL is required.', { exact: true }).waitFor();
    await waitForMatch(() => page.evaluate("document.activeElement && document.activeElement.getAttribute('aria-invalid')") as Promise<string | null>, /^true$/);
    const width = async (label: string) => (await page.getByLabel(label, { exact: true }).boundingBox())?.width ?? 0;
    expect(await width('URL')).toBeGreaterThan(2 * (await width('Method')));

    await url.fill(`${receiver.url}/form-check`);
    await page.getByText('URL is required.', { exact: true }).waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Save' }).click();
    await waitForText(page.getByTestId('saved'), 'Saved at');
    await page.context().close();
  });

  it('puts the incoming webhook and tag forms’ errors beside their fields, focuses the first, and clears each once edited', async () => {
    const page = await signedIn('/incoming-webhooks/new');
    await page.getByLabel('Lifespan (seconds)').fill('5');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Name is required.', { exact: true }).waitFor();
    const lifespanError = page.getByText(/^Lifespan must be a whole number of seconds/);
    await lifespanError.waitFor();
    await waitForText(page.getByRole('alert').filter({ hasText: 'Could not save' }), '2 fields need attention');
    // The first field named gets the focus: the label of the focused control.
    const focusedLabel = () => page.evaluate("document.activeElement && document.activeElement.labels && document.activeElement.labels[0] ? document.activeElement.labels[0].textContent : ''") as Promise<string>;
    await waitForMatch(focusedLabel, /^Name/);
    // Fixing the name clears its message only; the lifespan's stays until it is edited.
    await page.getByLabel('Name', { exact: true }).fill('Form errors lead form');
    await page.getByText('Name is required.', { exact: true }).waitFor({ state: 'detached' });
    expect(await lifespanError.isVisible()).toBe(true);
    await page.getByLabel('Lifespan (seconds)').fill('3600');
    await lifespanError.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { name: 'Edit Incoming Webhook' }).waitFor();

    // The tag form: the server refuses a name already taken, beside the name, focused, gone once edited.
    expect((await stack.request('/api/v1/tags', { body: { name: 'TAKEN_NAME' } })).status).toBe(201);
    await page.goto(`${stack.api.url}/admin/tags/new`);
    const name = page.getByLabel('Tag name');
    await name.fill('TAKEN_NAME');
    await page.getByRole('button', { name: 'Save' }).click();
    await waitForMatch(focusedLabel, /^Tag name/);
    const taken = page.getByText('is already taken', { exact: true });
    await taken.waitFor();
    await name.fill('TAKEN_NAME_TWO');
    await taken.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { name: 'Tags', exact: true }).waitFor();
    await page.context().close();
  });

  it('reads the date filters as times in the organization’s time zone, labelled with it', async () => {
    expect((await stack.request('/api/v1/settings', { method: 'PATCH', body: { timezone: 'Asia/Kolkata' } })).status).toBe(200);
    try {
      const page = await signedIn('/calls');
      const from = page.getByLabel('From (Asia/Kolkata)');
      await from.fill('2026-01-15T09:30');
      await page.getByLabel('To (Asia/Kolkata)').waitFor();
      const listed = page.waitForRequest((r) => r.url().includes('/api/v1/calls?') && r.url().includes('from='));
      await page.getByRole('button', { name: 'Apply filters' }).click();
      // 09:30 in Kolkata (UTC+5:30) is 04:00 UTC, whatever the browser's own zone.
      expect(new URL((await listed).url()).searchParams.get('from')).toBe('2026-01-15T04:00:00.000Z');
      await page.goto(`${stack.api.url}/admin/logs/incoming`);
      await page.getByLabel('From (Asia/Kolkata)').waitFor();
      await page.goto(`${stack.api.url}/admin/logs/outgoing`);
      await page.getByLabel('To (Asia/Kolkata)').waitFor();
      await page.context().close();
    } finally {
      await stack.request('/api/v1/settings', { method: 'PATCH', body: { timezone: 'UTC' } });
    }
  });
});

