import { continueAsNew, proxyLocalActivities, workflowInfo } from '@temporalio/workflow';
import type { Activities } from '../activities';
import type { DeliverEventInput } from '../activities/deliver-event';
import type { RecoveryInput } from '../shared/workflows';
import { DeliveryRunner } from './deliveries';

const BATCH = 50;

const { nextRecoveryBatch, finishRecovery } = proxyLocalActivities<Activities>({ startToCloseTimeout: '1 minute', retry: { maximumInterval: '30 seconds' } });

/**
 * One bulk recovery: sends again, under their own ids, the deliveries claimed when it was created, batch by
 * batch in per-call order — calls in parallel, each call's deliveries one after another, and a batch only once
 * the one before has finished, so a call split across batches stays in order. A delivery already succeeded is
 * not sent again (the activity checks), so a replayed batch or a second recovery never sends twice.
 */
export async function recoveryWorkflow(input: RecoveryInput): Promise<void> {
  const runner = new DeliveryRunner();
  let cursor = input.cursor;
  for (;;) {
    const batch = await nextRecoveryBatch({ ...input, cursor, limit: BATCH });
    if (batch.deliveries.length === 0) break;
    const calls = new Map<string, DeliverEventInput[]>();
    for (const delivery of batch.deliveries) {
      const callId = delivery.context.call.call_id;
      calls.set(callId, [...(calls.get(callId) ?? []), delivery]);
    }
    await Promise.all(
      [...calls.values()].map(async (chain) => {
        for (const delivery of chain) await runner.deliver(delivery, batch.timeoutMs).catch(() => undefined);
      }),
    );
    cursor = batch.cursor;
    if (workflowInfo().continueAsNewSuggested) await continueAsNew<typeof recoveryWorkflow>({ ...input, cursor });
  }
  await finishRecovery(input);
}
