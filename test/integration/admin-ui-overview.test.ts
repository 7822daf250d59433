import type { Browser } from 'playwright-core';
import { newId } from '../../src/ids';
import { launchBrowser, saveScreenshot, signedInPage, waitForText } from '../support/browser';
import { minutesAgo, seedCalls, seedDeliveries, seedIncomingRequests } from '../support/log-rows';
import { startTestStack, type TestStack } from '../support/stack';

// The Overview page, the landing page after sign-in, in Debian's Chromium against the real API and database.

describe('admin UI: overview in a real browser', () => {
  let stack: TestStack;
  let browser: Browser;

  beforeAll(async () => {
    stack = await startTestStack({}, { worker: false });
    browser = await launchBrowser();
    const { db, orgId } = stack;
    const crm = { id: newId('whk'), name: 'CRM sync' };
    const slack = { id: newId('whk'), name: 'Slack alerts' };
    // A day of traffic, an outage of the CRM two hours ago, and a Slack failure a few minutes ago.
    // 96 points 14 minutes apart: all inside the day's range, whose first 15-minute bucket may start up to 15
    // minutes after "24 hours ago" (the oldest is 22 h 17 min old).
    const minutes = Array.from({ length: 24 * 4 }, (_, i) => 5 + i * 14);
    await seedDeliveries(db, orgId, [
      ...minutes.flatMap((m) => [
        { webhook: crm, at: minutesAgo(m), status: 'succeeded' as const, durationMs: 120 + (m % 90) },
        { webhook: slack, at: minutesAgo(m + 1), status: 'succeeded' as const, durationMs: 80 + (m % 40) },
      ]),
      ...[110, 115, 120, 125].map((m) => ({ webhook: crm, at: minutesAgo(m), status: 'failed' as const, durationMs: 5000, error: 'CRM sync answered HTTP 503' })),
      { webhook: slack, at: minutesAgo(3), status: 'failed', durationMs: 300, error: 'Slack alerts answered HTTP 410' },
    ]);
    await seedIncomingRequests(db, orgId, [...minutes.map((m) => ({ at: minutesAgo(m), status: 200 })), { at: minutesAgo(4), status: 401 }]);
    await seedCalls(db, orgId, minutes.map((m) => minutesAgo(m + 2)));
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('lands on the overview with charts, figures, the worst webhooks and incoming statuses, and switches range', async () => {
    const page = await signedInPage(browser, stack.api.url, stack.token, '/');
    await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
    await waitForText(page.getByRole('group', { name: 'Calls' }), '96');
    await waitForText(page.getByRole('group', { name: 'Success rate' }), '97.5 %');
    await waitForText(page.getByRole('group', { name: 'Incoming requests' }), '97');
    // uPlot draws on canvases, one per chart, labelled with what they show.
    await page.getByRole('img', { name: /^Traffic: Calls 96, Incoming requests 97, Deliveries 197/ }).waitFor();
    expect(await page.locator('.time-chart canvas').count()).toBe(2);

    const worst = page.getByRole('region', { name: 'Worst webhooks' });
    const rows = worst.getByRole('row');
    await waitForText(rows.nth(1), 'CRM sync');
    await waitForText(rows.nth(1), 'CRM sync answered HTTP 503');
    await waitForText(rows.nth(2), 'Slack alerts answered HTTP 410');
    await waitForText(page.getByRole('region', { name: 'Incoming requests by status' }), '401');
    await saveScreenshot(page, 'overview', { tall: true });

    await page.getByRole('button', { name: '1 hour' }).click();
    await page.getByRole('heading', { name: 'Traffic per minute' }).waitFor();
    await waitForText(page.getByRole('group', { name: 'Calls' }), /^Calls4$/);
    const lastHour = page.getByRole('region', { name: 'Worst webhooks' }).getByRole('row');
    await waitForText(lastHour.nth(1), 'Slack alerts');
    expect(await lastHour.count()).toBe(2);
    await page.context().close();
  });
});
