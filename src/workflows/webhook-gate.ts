import { condition, continueAsNew, proxyActivities, proxyLocalActivities, setHandler, sleep, workflowInfo } from '@temporalio/workflow';
import type { Activities } from '../activities';
import { webhookResumedSignal } from '../shared/messages';
import type { WebhookGateInput } from '../shared/workflows';

// Reading the state and signalling a batch are quick database and server calls: local activities.
const { webhookGateStatus, releaseHeldDeliveries } = proxyLocalActivities<Activities>({ startToCloseTimeout: '1 minute', retry: { maximumInterval: '30 seconds' } });
// A probe is an HTTP attempt against the paused endpoint.
const { probeWebhook } = proxyActivities<Activities>({ startToCloseTimeout: '2 minutes', retry: { maximumInterval: '1 minute' } });

/**
 * The gate of one paused outgoing webhook. While the webhook is paused its deliveries wait, unattempted, in the
 * workflows that made them; the gate probes the endpoint with backoff (unless an operator paused it) and, once
 * the webhook answers or is resumed, releases the held deliveries oldest first at the webhook's drain rate. Each
 * call's deliveries stay in order because a call holds at most the head of its chain per webhook.
 */
export async function webhookGateWorkflow(input: WebhookGateInput): Promise<void> {
  let nudged = false;
  setHandler(webhookResumedSignal, () => void (nudged = true));
  let emptyLooks = 0;
  for (;;) {
    if (workflowInfo().continueAsNewSuggested) await continueAsNew<typeof webhookGateWorkflow>(input);
    const gate = await webhookGateStatus(input);
    if (gate.paused) {
      emptyLooks = 0;
      const woken = await condition(() => nudged, gate.wait_ms);
      nudged = false;
      if (!woken && !gate.manual) await probeWebhook(input);
      continue;
    }
    const released = await releaseHeldDeliveries({ ...input, limit: gate.drain_per_second });
    if (released > 0) {
      emptyLooks = 0;
      await sleep('1 second');
      continue;
    }
    // Nothing held: one more look a moment later catches a delivery held just as the last batch went out.
    if (++emptyLooks > 1) return;
    await sleep('2 seconds');
  }
}
