// The call simulator: one realistic call through the real path — an optional pre-call post and postback through
// the public ingress, the platform events through the call workflow — flagged `simulated` so its deliveries go
// only to the chosen webhooks and never count in reports, redelivery or recovery. The run lives in the API
// process: the first steps before the answer, the rest (connect, hangup, postback) in the background until the
// API stops (a call left open then is closed by its maximum call length, like any call whose platform went quiet).
import { randomBytes } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import { insertSimulation } from '../db/repositories/simulations';
import { newId } from '../ids';
import type { CallFields, PlatformEventType } from '../shared/call';
import type { Db } from '../db/database';
import { queryLiveCall, startCallWithEvent, type CallEngine } from '../temporal/calls';

/** What a simulation runs on: the call engine, the database, and the signal that stops its background steps. */
export interface SimulationDeps extends CallEngine {
  db: Db;
  stopping?: AbortSignal;
}

/** An incoming webhook the simulator posts through, with its auth key. */
export interface IngressTarget {
  path: string;
  key: string;
}

export interface SimulationPlan {
  orgId: string;
  /** Where this process's public ingress answers. */
  ingressBaseUrl: string;
  webhookIds?: string[];
  call: CallFields;
  connectedSeconds: number;
  preCall?: IngressTarget & { data: Record<string, string> };
  postback?: IngressTarget & { fields: Record<string, string | number | boolean> };
}

export interface SimulationStarted {
  simulation_id: string;
  call_id: string;
  workflow_id: string;
  steps: string[];
}

/** A caller nobody owns (555-0100 to 555-0199 are fictional) and the facts a platform would report about them. */
export function realisticCall(callId: string): CallFields {
  return {
    call_sid: `CA${randomBytes(16).toString('hex')}`,
    from: `+151255501${String(randomBytes(1)[0] % 100).padStart(2, '0')}`,
    to: '+18005550199',
    campaign_id: 'simulator',
    campaign_name: 'Call simulator',
    publisher_id: 'simulator',
    publisher_name: 'Call simulator',
    buyer_id: 'simulator',
    buyer_name: 'Call simulator',
    caller_name: 'SIMULATED CALLER',
    caller_city: 'Austin',
    caller_state: 'TX',
    caller_zip: '78701',
    ivr: [{ node: 'main_menu', digits: '1' }],
    recording_url: `https://recordings.example.com/${callId}.mp3`,
  };
}

/** A pause between steps that never keeps the process alive on its own, and ends when the API stops. */
const sleep = (ms: number, stopping?: AbortSignal) => delay(ms, undefined, { ref: false, signal: stopping });

/** How long the background steps wait for the call to complete before posting the postback. */
const COMPLETION_WAIT_MS = 60_000;

export async function startSimulation(ctx: SimulationDeps, plan: SimulationPlan): Promise<SimulationStarted> {
  const simulationId = newId('sim');
  const callId = `call_${simulationId}`;
  const call: CallFields = { ...realisticCall(callId), ...plan.call, simulated: true };
  await insertSimulation(ctx.db, { id: simulationId, orgId: plan.orgId, callId, webhookIds: plan.webhookIds });

  const sendEvent = (type: PlatformEventType, fields: CallFields) => {
    const now = new Date().toISOString();
    return startCallWithEvent(ctx, plan.orgId, callId, { type, event_id: `${simulationId}:${type}`, occurred_at: now, received_at: now, call: { ...fields, simulated: true } });
  };
  const post = (target: IngressTarget, params: Record<string, string | number | boolean>) => postToIngress(plan.ingressBaseUrl, target, simulationId, params);

  // The caller is the simulated call's, whatever the data says.
  if (plan.preCall) await post(plan.preCall, { ...plan.preCall.data, caller_id: call.from! });
  const workflowId = await sendEvent('incoming', call);

  const rest = async () => {
    if (plan.connectedSeconds === 0) {
      await sleep(1000, ctx.stopping);
      await sendEvent('failure', { failure_reason: 'no answer' });
    } else {
      await sleep(1000, ctx.stopping);
      await sendEvent('connected', {});
      await sleep(plan.connectedSeconds * 1000, ctx.stopping);
      await sendEvent('hangup', { duration: plan.connectedSeconds, hangup_by: 'caller', hangup_cause: 'NORMAL_CLEARING' });
    }
    if (plan.postback) {
      await waitUntilCompleted(ctx, plan.orgId, callId);
      await post(plan.postback, { call_id: callId, ...plan.postback.fields });
    }
  };
  rest().catch((err: unknown) => {
    if (!ctx.stopping?.aborted) console.error(`simulation ${simulationId}: stopped: ${err instanceof Error ? err.message : String(err)}`);
  });

  const steps = [
    ...(plan.preCall ? ['pre-call post'] : []),
    'incoming',
    ...(plan.connectedSeconds === 0 ? ['failure (no answer)'] : ['connected', `hangup after ${plan.connectedSeconds} s`]),
    ...(plan.postback ? ['postback'] : []),
  ];
  return { simulation_id: simulationId, call_id: callId, workflow_id: workflowId, steps };
}

async function waitUntilCompleted(ctx: SimulationDeps, orgId: string, callId: string): Promise<void> {
  const deadline = Date.now() + COMPLETION_WAIT_MS;
  while ((await queryLiveCall(ctx, orgId, callId))?.status !== 'completed') {
    if (Date.now() > deadline) throw new Error(`call ${callId} did not complete`);
    await sleep(250, ctx.stopping);
  }
}

/** A post through the public ingress, as a CRM or lead source would make it. */
async function postToIngress(baseUrl: string, target: IngressTarget, simulationId: string, params: Record<string, string | number | boolean>): Promise<void> {
  const res = await fetch(`${baseUrl}${target.path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-auth-key': target.key, 'x-callhooks-simulation': simulationId },
    body: JSON.stringify(params),
  });
  if (!res.ok) throw new SimulationStepError(`${target.path} answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
}

export class SimulationStepError extends Error {}
