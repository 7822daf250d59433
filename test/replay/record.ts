/**
 * Records the histories of complete calls for the replay test (test/integration/lifecycle-replay.test.ts).
 *
 * Re-record only when the call workflow changed on purpose, and only once no call started under the old code
 * can still be running (or after guarding the change with `patched()`):
 *
 *   source /work/devstack/env.sh   # or any DATABASE_URL + TEMPORAL_ADDRESS
 *   npx tsx test/replay/record.ts [scenario ...]
 *
 * It runs each scenario (or only those named) against the real stack and writes
 * test/replay/histories/<scenario>.json.
 */
import { bundleWorkflowCode } from '@temporalio/worker';
import { temporal } from '@temporalio/proto';
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { CALL_EVENT_TYPES } from '../../src/shared/call';
import { postCallUpdate } from '../../src/shared/messages';
import { createIncomingWebhook, ingress } from '../integration/incoming-support';
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
  // A postback held before the call, an update queued while it is live, both applied at completion.
  'held-and-queued-updates': async (stack, receiver, callId) => {
    const fields = await postbackWebhook(stack);
    await ingress(stack, '/update-fields', { json: { call_id: callId, converted: true, revenue_paid_out: 12 }, headers: { 'X-Auth-Key': fields.auth_key } });
    await sendEvent(stack, callId, 'incoming', { from: '+15557770004' });
    await sendEvent(stack, callId, 'connected');
    await waitForType(receiver, callId, 'call.connected');
    await callHandle(stack, callId).executeUpdate(postCallUpdate, { args: [{ request_id: 'req_2', webhook_id: fields.id, reason: 'qualified', add: { SCORE: '9' } }] });
    await sendEvent(stack, callId, 'hangup', { duration: 3 });
    await waitForType(receiver, callId, 'call.updated');
  },
  // The run a late update starts after the call's workflow closed (its history is the reopened run's).
  'reopened': async (stack, receiver, callId) => {
    const fields = await postbackWebhook(stack);
    await sendEvent(stack, callId, 'incoming', { from: '+15557770005' });
    await sendEvent(stack, callId, 'hangup', { duration: 0 });
    await waitForType(receiver, callId, 'call.completed');
    await waitForClose(stack, callId);
    await ingress(stack, '/update-fields', { json: { call_log_id: callId, fields: { converted: true, revenue_paid_out: 30 } }, headers: { 'X-Auth-Key': fields.auth_key } });
  },
  // The step's first attempt fails: the delivery activity retries it, and the next event waits in its chain.
  'first-attempt-retried': async (stack, receiver, callId) => {
    receiver.reply({ status: 503, headers: { 'retry-after': '1' } });
    await sendEvent(stack, callId, 'incoming', { from: '+15557770006' });
    await sendEvent(stack, callId, 'hangup', { duration: 0 });
    await waitForType(receiver, callId, 'call.completed');
  },
  'max-length': async (stack, receiver, callId) => {
    await sendEvent(stack, callId, 'incoming', { from: '+15557770003' });
    await sendEvent(stack, callId, 'connected');
    await waitForType(receiver, callId, 'call.completed');
  },
};

/** An update_fields webhook whose 2 s lifespan keeps the post-call window short. */
async function postbackWebhook(stack: TestStack) {
  const webhook = await createIncomingWebhook(stack, { type: 'update_fields' });
  await stack.db.updateTable('incoming_webhooks').set({ lifespan_seconds: 2 }).where('id', '=', webhook.id).execute();
  return webhook;
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const services = await startTestServices((line) => console.log(line));
  const bundle = await bundleWorkflowCode({ workflowsPath: require.resolve('../../src/workflows') });
  const bundlePath = path.join(os.tmpdir(), `callhooks-record-${process.pid}.js`);
  await writeFile(bundlePath, bundle.code);
  Object.assign(process.env, { CALLHOOKS_TEST_DATABASE_URL: services.databaseUrl, CALLHOOKS_TEST_TEMPORAL_ADDRESS: services.temporalAddress, CALLHOOKS_TEST_WORKFLOW_BUNDLE: bundlePath });
  const stack = await startTestStack({ CALL_MAX_DURATION_SECONDS: '8', POST_CALL_WINDOW_SECONDS: '2' });
  const receiver = await Receiver.start();
  try {
    await subscribe(stack, receiver, [...CALL_EVENT_TYPES]);
    for (const [name, run] of Object.entries(scenarios).filter(([name]) => only.length === 0 || only.includes(name))) {
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
