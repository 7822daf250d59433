import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, saveScreenshot, signedInPage, waitForMatch, waitForText } from '../support/browser';
import { Receiver } from '../support/receiver';
import { startTestStack, type TestStack } from '../support/stack';
import { subscribe, typesFor } from './lifecycle-support';

// The Simulator page and the Export CSV links, in Debian's Chromium against the real stack.

describe('admin UI: the call simulator and CSV exports in a real browser', () => {
  let stack: TestStack;
  let receiver: Receiver;
  let browser: Browser;

  beforeAll(async () => {
    stack = await startTestStack();
    receiver = await Receiver.start();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await receiver?.close();
    await stack?.stop();
  });

  const signedIn = (path: string): Promise<Page> => signedInPage(browser, stack.api.url, stack.token, path);
  const events = ['call.incoming', 'call.connected', 'call.on_5_secs_mark', 'call.hangup', 'call.completed'];

  it('runs a simulated call against the chosen webhook and shows its timeline, then exports it as CSV with the filters', async () => {
    await subscribe(stack, receiver, events, { name: 'Buyer CRM', url: `${receiver.url}/crm` });
    await subscribe(stack, receiver, events, { name: 'Ignored', url: `${receiver.url}/ignored` });

    const page = await signedIn('/simulator');
    const form = page.getByRole('form', { name: 'Simulate a call' });
    await form.getByLabel('Campaign ID').fill('cmp_browser_sim');
    await form.getByLabel('Connected seconds').fill('6');
    await form.getByLabel('Buyer CRM').check();
    await form.getByRole('button', { name: 'Run simulation' }).click();

    const timeline = page.getByRole('table', { name: 'Simulated call timeline' });
    await waitForText(timeline, 'Received hangup');
    await waitForText(timeline, 'Delivery of call.hangup to webhook "Buyer CRM"');
    const callId = (await page.getByRole('heading', { name: /Simulated call/ }).getByRole('link').textContent())!;
    expect(callId).toMatch(/^call_sim_/);
    await saveScreenshot(page, 'simulator', { tall: true });
    expect(typesFor({ requests: receiver.requests.filter((r) => r.url === '/crm') } as Receiver, callId)).toEqual(expect.arrayContaining(['call.incoming', 'call.connected', 'call.on_5_secs_mark', 'call.hangup']));
    expect(receiver.requests.filter((r) => r.url === '/ignored')).toEqual([]);

    // The call page shows it flagged, with the platform's call facts in its summary.
    await page.getByRole('heading', { name: /Simulated call/ }).getByRole('link').click();
    const summary = page.getByRole('region', { name: 'Summary' });
    await waitForText(summary, 'Simulated');
    await waitForText(summary, 'SIMULATED CALLER');
    await waitForText(summary, 'main_menu: 1');
    await waitForText(summary, 'Hung up by');
    expect(await summary.getByRole('link', { name: 'Listen' }).getAttribute('href')).toBe(`https://recordings.example.com/${callId}.mp3`);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Calls', exact: true }).click();
    await page.getByLabel('Campaign ID').fill('cmp_browser_sim');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    const exportLink = page.getByRole('link', { name: 'Export CSV' });
    await waitForMatch(() => exportLink.getAttribute('href'), /\/api\/v1\/calls\/export\?campaign_id=cmp_browser_sim$/);
    const [download] = await Promise.all([page.waitForEvent('download'), exportLink.click()]);
    expect(download.suggestedFilename()).toMatch(/^calls-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile((await download.path())!, 'utf8');
    const rows = csv.split('\r\n').filter(Boolean);
    expect(rows).toHaveLength(2);
    expect(rows[1].startsWith(`${callId},`)).toBe(true);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Outgoing Logs' }).click();
    await waitForMatch(() => page.getByRole('link', { name: 'Export CSV' }).getAttribute('href'), /\/api\/v1\/logs\/outgoing\/export$/);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Incoming Logs' }).click();
    await waitForMatch(() => page.getByRole('link', { name: 'Export CSV' }).getAttribute('href'), /\/api\/v1\/logs\/incoming\/export$/);
    await page.context().close();
  });
});
