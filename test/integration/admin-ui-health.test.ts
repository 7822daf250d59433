import type { Browser, Page } from 'playwright-core';
import { waitFor } from './lifecycle-support';
import { launchBrowser, saveScreenshot, signedInPage, waitForText } from '../support/browser';
import { createCallWebhook, QUICK_PAUSE, runCalls, waitForDeliveries, waitForHealth } from '../support/outage';
import { Receiver } from '../support/receiver';
import { startTestStack, type TestStack } from '../support/stack';

// Health, pause/resume and bulk recovery in the admin UI, in Debian's Chromium against the real stack.

describe('admin UI: webhook health, pause and recovery in a real browser', () => {
  let stack: TestStack;
  let receiver: Receiver;
  let browser: Browser;

  beforeAll(async () => {
    stack = await startTestStack();
    receiver = await Receiver.start({ status: 503, body: 'down' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await receiver?.close();
    await stack?.stop();
  });

  const signedIn = (path: string): Promise<Page> => signedInPage(browser, stack.api.url, stack.token, path);

  it('shows a paused webhook’s health on the list and detail pages, and resumes it to drain the backlog', async () => {
    const webhook = await createCallWebhook(stack, receiver, { name: 'CRM sync', event_types: ['call.incoming'], health_policy: QUICK_PAUSE });
    await runCalls(stack, 2);
    await waitForHealth(stack, webhook.id, (h) => h.state === 'paused');
    await waitForDeliveries(stack, webhook.id, 2, 'held');

    const list = await signedIn('/outgoing-webhooks');
    const row = list.getByRole('row').filter({ hasText: 'CRM sync' });
    await waitForText(row.getByTestId('health-cell'), 'Paused');
    await waitForText(row.getByTestId('health-cell'), '2 pending');
    await saveScreenshot(list, 'outgoing-webhooks-health');

    await row.getByRole('link', { name: 'CRM sync', exact: true }).click();
    const panel = list.getByTestId('health-panel');
    await waitForText(panel, 'Paused after failing again and again');
    await waitForText(panel, 'CRM sync answered HTTP 503');
    await saveScreenshot(list, 'outgoing-webhook-health');

    receiver.setDefaultReply({ status: 200, body: '{"ok":true}' });
    await panel.getByRole('button', { name: 'Resume', exact: true }).click();
    await waitForText(panel, 'Healthy');
    await waitForDeliveries(stack, webhook.id, 2, 'succeeded');
    await list.reload();
    await waitForText(list.getByTestId('health-pending'), '0');

    // By hand: paused with no probe, then resumed.
    await panel.getByRole('button', { name: 'Pause' }).click();
    await waitForText(panel, 'by an operator; no probes');
    expect((await stack.request(`/api/v1/outgoing-webhooks/${webhook.id}`)).body.health).toMatchObject({ state: 'paused', paused_reason: 'manual' });
    await panel.getByRole('button', { name: 'Resume', exact: true }).click();
    await waitForText(panel, 'Healthy');
    await list.context().close();
  });

  it('recovers failed deliveries in bulk, with progress', async () => {
    const webhook = await createCallWebhook(stack, receiver, { name: 'Buyer API', event_types: ['call.incoming', 'call.hangup'] });
    receiver.setDefaultReply({ status: 422, body: '{"error":"unknown buyer"}' });
    await runCalls(stack, 2);
    await waitForDeliveries(stack, webhook.id, 4, 'failed');
    receiver.setDefaultReply({ status: 200, body: '{"ok":true}' });

    const page = await signedIn(`/outgoing-webhooks/${webhook.id}`);
    const recover = page.getByRole('region', { name: 'Recover failed deliveries' });
    await recover.getByRole('button', { name: 'Recover' }).click();
    await waitForText(page.getByTestId('recovery-progress'), 'Done: 4 of 4 sent — 4 delivered, 0 failed again, 0 pending');
    await page.evaluate(`document.querySelector('[data-testid="recovery-progress"]').scrollIntoView({ block: 'center' })`);
    await saveScreenshot(page, 'outgoing-webhook-recovery');
    await waitFor('the recovered deliveries', async () => {
      const { body } = await stack.request(`/api/v1/logs/outgoing?webhook_id=${webhook.id}&status=succeeded`);
      return body.data.length === 4 ? true : undefined;
    });
    await page.context().close();
  });
});
