import type { Browser } from 'playwright-core';
import { launchBrowser, saveScreenshot, signedInPage } from '../support/browser';
import { Receiver } from '../support/receiver';
import { startTestStack, uniqueName, type TestStack } from '../support/stack';
import { createIncomingWebhook, heldData, ingress } from './incoming-support';
import { sendEvent, subscribe, waitFor, waitForType } from './lifecycle-support';

// Late call data in Debian's Chromium against the real stack: a postback that matched no call is listed, attached
// to a call by hand (the call then emits call.updated at a real receiver), and another is discarded; a webhook's
// header tags are configured in its form and take effect at the ingress.
describe('admin UI: held postbacks and header tags in a real browser', () => {
  let stack: TestStack;
  let browser: Browser;
  let receiver: Receiver;
  let fields: Awaited<ReturnType<typeof createIncomingWebhook>>;

  beforeAll(async () => {
    stack = await startTestStack();
    receiver = await Receiver.start();
    browser = await launchBrowser();
    await subscribe(stack, receiver, ['call.completed', 'call.updated'], { body_template: '{"type": "{{ event.type }}", "call": "[CALL_ID]", "revenue": "[REVENUE_PAID_OUT]"}' });
    fields = await createIncomingWebhook(stack, { type: 'update_fields' });
  });
  afterAll(async () => {
    await browser?.close();
    await receiver?.close();
    await stack?.stop();
  });

  const hold = async (json: Record<string, unknown>) => {
    const res = await ingress(stack, '/update-fields', { json, headers: { 'X-Auth-Key': fields.auth_key } });
    expect(res.status).toBe(202);
    return res.body.held_id as string;
  };

  it('lists held postbacks, attaches one to a call and discards another', async () => {
    const callId = uniqueName('call');
    await sendEvent(stack, callId, 'incoming', { from: '+15556660101' });
    await sendEvent(stack, callId, 'hangup', { duration: 0 });
    await waitForType(receiver, callId, 'call.completed');
    const stray = await hold({ caller_id: '+15556660199', revenue_paid_out: 31 });
    const unwanted = await hold({ call_id: 'call-that-never-came', converted: true });

    const page = await signedInPage(browser, stack.api.url, stack.token, '/held-postbacks');
    await page.getByRole('heading', { name: 'Held Postbacks', level: 1 }).waitFor();
    await page.getByText('next call from +15556660199').waitFor();
    await page.getByText('Match window: 7 days').waitFor();
    await page.getByText('call call-that-never-came').waitFor();
    await saveScreenshot(page, 'held-postbacks');

    const attach = page.getByRole('form', { name: `Attach ${stray}` });
    await attach.getByLabel('Call id').fill(callId);
    await attach.getByRole('button', { name: 'Attach to call' }).click();
    await page.getByRole('status').filter({ hasText: `Given to call ${callId}: applied.` }).waitFor();
    await waitFor('call.updated with the attached revenue', () =>
      receiver.requests.map((r) => JSON.parse(r.body)).find((b) => b.call === callId && b.type === 'call.updated' && b.revenue === '31'),
    );
    await page.getByText('next call from +15556660199').waitFor({ state: 'detached' });

    await page.getByRole('button', { name: `Discard ${unwanted}` }).click();
    await page.getByRole('button', { name: 'Confirm discard' }).click();
    await page.getByText('call call-that-never-came').waitFor({ state: 'detached' });
    const left = (await stack.ok('/api/v1/held-postbacks')).data.map((h: { id: string }) => h.id);
    expect(left).not.toContain(unwanted);
    expect(left).not.toContain(stray);
    await page.context().close();
  });

  it('configures header tags with an allow-list in the incoming webhook form', async () => {
    const page = await signedInPage(browser, stack.api.url, stack.token, '/incoming-webhooks/new');
    await page.getByLabel('Name', { exact: true }).fill('Landing page');
    await page.getByLabel('Request headers as tags').selectOption('allow');
    await page.getByLabel('Allowed headers').fill('X-Lead-Source, X-Campaign');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByTestId('webhook-url').waitFor();
    const id = page.url().split('/').pop()!;
    const saved = await stack.ok(`/api/v1/incoming-webhooks/${id}`);
    expect(saved).toMatchObject({ header_tags: 'allow', header_tag_allow: ['X-Lead-Source', 'X-Campaign'] });

    const caller = '+15556660155';
    const res = await ingress(stack, '/call-data', { json: { caller_id: caller }, headers: { 'X-Auth-Key': saved.auth_key, 'X-Lead-Source': 'google', 'User-Agent': 'Form/1' } });
    expect(res.status).toBe(200);
    expect(await heldData(stack, caller)).toEqual({ X_LEAD_SOURCE: 'google' });

    await page.reload();
    expect(await page.getByLabel('Allowed headers').inputValue()).toBe('X-Lead-Source, X-Campaign');
    await page.context().close();
  });
});
