/**
 * Records the histories of complete calls for the replay test (test/integration/lifecycle-replay.test.ts).
 *
 * Re-record only when the call workflow changed on purpose, and only once no call started under the old code
 * can still be running (or after guarding the change with `patched()`):
 *
 *   source /work/devstack/env.sh   # or any DATABASE_URL + TEMPORAL_ADDRESS
 *   npx tsx test/replay/record.ts
 *
 * It runs each scenario against the real stack and writes test/replay/histories/<scenario>.json.
 */
import { bundleWorkflowCode } from '@temporalio/worker';
import { temporal } from '@temporalio/proto';
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { CALL_EVENT_TYPES } from '../../src/shared/call';
import { postCallUpdate } from '../../src/shared/messages';
import { callHandle, sendEvent, subscribe, waitForClose, waitForType } from '../integration/lifecycle-support';
import { Receiver } from '../support/receiver';
import { startTestServices } from '../support/services';
import { startTestStack, uniqueName, type TestStack } from '../support/stack';

type Scenario = (stack: TestStack, receiver: Receiver, callId: string) => Promise<void>;

const scenarios: Record<string, Scenario> = {
  // Tags, a duration mark, conversion by rule, a duplicate and a late event, a post-call update.
  'connected-hangup-post-call': async (stack, receiver, callId) => {
    await sendEvent(stack, callId, 'incoming', { from: '+15557770001', campaign_id: 'cmp_replay', conversion_duration_seconds: 5, tags: { HOMEOWNER: 'yes' } }, { event_id: 'in-1' });
    await sendEvent(stack, callId, 'incoming', { from: '+15557770001' }, { event_id: 'in-1' });
    await sendEvent(stack, callId, 'connected');
    await waitForType(receiver, callId, 'call.on_5_secs_mark');
    await sendEvent(stack, callId, 'hangup', { duration: 6 });
    await sendEvent(stack, callId, 'connected', {}, { event_id: 'late-connect' });
    await waitForType(receiver, callId, 'call.completed');
    await callHandle(stack, callId).executeUpdate(postCallUpdate, { args: [{ request_id: 'req_1', webhook_id: 'inc_1', transaction_id: 'tx-1', revenue_paid_out: 20, add: { SCORE: '7' } }] });
  },
  'failure': async (stack, receiver, callId) => {
    await sendEvent(stack, callId, 'incoming', { from: '+15557770002' });
    await sendEvent(stack, callId, 'failure', { failure_reason: 'no_answer' });
    await waitForType(receiver, callId, 'call.completed');
  },
  'max-length': async (stack, receiver, callId) => {
    await sendEvent(stack, callId, 'incoming', { from: '+15557770003' });
    await sendEvent(stack, callId, 'connected');
    await waitForType(receiver, callId, 'call.completed');
  },
};

async function main(): Promise<void> {
  const services = await startTestServices((line) => console.log(line));
  const bundle = await bundleWorkflowCode({ workflowsPath: require.resolve('../../src/workflows') });
  const bundlePath = path.join(os.tmpdir(), `callhooks-record-${process.pid}.js`);
  await writeFile(bundlePath, bundle.code);
  Object.assign(process.env, { CALLHOOKS_TEST_DATABASE_URL: services.databaseUrl, CALLHOOKS_TEST_TEMPORAL_ADDRESS: services.temporalAddress, CALLHOOKS_TEST_WORKFLOW_BUNDLE: bundlePath });
  const stack = await startTestStack({ CALL_MAX_DURATION_SECONDS: '8', POST_CALL_WINDOW_SECONDS: '2' });
  const receiver = await Receiver.start();
  try {
    await subscribe(stack, receiver, [...CALL_EVENT_TYPES]);
    for (const [name, run] of Object.entries(scenarios)) {
      const callId = uniqueName('call');
      await run(stack, receiver, callId);
      await waitForClose(stack, callId);
      const history = await callHandle(stack, callId).fetchHistory();
      // Plain JSON (int64 as strings, bytes as base64, enums by name); the replay test reads it back with fromObject.
      const json = temporal.api.history.v1.History.toObject(temporal.api.history.v1.History.fromObject(history), { longs: String, bytes: String, enums: String });
      await writeFile(path.join(__dirname, 'histories', `${name}.json`), `${JSON.stringify({ workflowId: `replay-${name}`, history: json }, null, 1)}\n`);
      console.log(`recorded ${name}: ${history.events?.length} events`);
    }
  } finally {
    await receiver.close();
    await stack.stop();
    await services.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
