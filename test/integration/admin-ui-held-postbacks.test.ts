import type { Browser } from 'playwright-core';
import { launchBrowser, saveScreenshot, signedInPage } from '../support/browser';
import { Receiver } from '../support/receiver';
import { startTestStack, uniqueName, type TestStack } from '../support/stack';
import { createIncomingWebhook, ingress } from './incoming-support';
import { sendEvent, subscribe, waitFor, waitForType } from './lifecycle-support';

// The held-postbacks page in Debian's Chromium against the real stack: a postback that matched no call is listed,
// attached to a call by hand (the call then emits call.updated at a real receiver), and another is discarded.
describe('admin UI: held postbacks in a real browser', () => {
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
});
