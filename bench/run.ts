// `npm run bench`: DESIGN §9's budget measured as ratios within one run on this machine. Starts what `npm start`
// runs (embedded PostgreSQL, the Temporal dev server on SQLite, the API and the worker as separate processes) plus
// the engine floor's worker, drives loopback traffic only, bounded in count and time, and writes bench/results.json.
// BENCH_SECONDS (per step, default 10) and BENCH_LIVE_CALLS (default 10000) scale it down for a quick look;
// BENCH_PARTS=ingress,calls,memory picks parts; BENCH_RATES=30,35 steps through those call rates only (after 1);
// BENCH_PROFILE=worker|api writes a CPU profile of that role; BENCH_TIMELINE=1 prints the history of one call with
// each event's offset, product and floor.
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Client } from '@temporalio/client';
import { Client as PgClient } from 'pg';
import { callWorkflowId } from '../src/shared/messages';
import { floorEventSignal, type floorCallWorkflow } from './floor/workflows';
import { CALL_SCRIPT, runCalls, type CallRunResult, type SendEvent } from './support/calls';
import { closedLoop, httpClient, openLoop, percentile, type LoadResult } from './support/load';
import { historyOf, historyTimeline } from './support/history';
import { machineBusySeconds } from './support/machine-cpu';
import type { RoleProcess } from './support/processes';
import { ArrivalReceiver } from './support/receiver';
import { startBenchStack, type BenchStack } from './support/stack';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const LIVE_CALLS = Number(process.env.BENCH_LIVE_CALLS ?? 10_000);
const HELD_SAMPLES = 30;
const PARTS = new Set((process.env.BENCH_PARTS ?? 'ingress,calls,memory').split(','));
const IN_FLIGHT = 32;
// Steps of 5 bracket each system's rate, which halving then narrows (benchCalls). 1 call/s always comes first:
// the p50 row and the history of one call are read from it.
const RATES = [1, ...(process.env.BENCH_RATES?.split(',').map(Number) ?? [5, 10, 15, 20, 25, 30, 35, 40, 50, 60])];
const log = (line: string) => console.log(line);
const fmt = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : '—');

async function api(stack: BenchStack, method: string, route: string, body?: unknown) {
  const res = await fetch(`${stack.apiUrl}${route}`, {
    method,
    headers: { authorization: `Bearer ${stack.token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = (await res.json()) as any;
  if (res.status >= 300) throw new Error(`${method} ${route}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

/** The most the API accepts: the bench measures the ingress, so no rate limit may refuse a request of it. */
const UNLIMITED = { per_second: 1_000_000, burst: 10_000_000 };

/** A throughput read while some requests failed (a 429 is answered faster than a post) measures the wrong thing. */
function allAccepted<T extends LoadResult>(what: string, result: T): T {
  if (result.failed > 0) throw new Error(`${what}: ${result.failed} of ${result.ok + result.failed} requests were not answered 2xx; the rate would not be the ingress's`);
  return result;
}

async function benchIngress(stack: BenchStack) {
  await api(stack, 'PATCH', `/api/v1/organizations/${stack.orgId}`, { rate_limits: { ingress_per_key: UNLIMITED, ingress_per_address: UNLIMITED } });
  const hook = await api(stack, 'POST', '/api/v1/incoming-webhooks', { name: 'bench leads', type: 'call_data' });
  const client = httpClient(stack.apiUrl, IN_FLIGHT);
  let n = 0;
  const lead = () => ({
    method: 'POST' as const,
    path: '/call-data',
    headers: { 'content-type': 'application/json', 'x-auth-key': hook.auth_key },
    body: JSON.stringify({ caller_id: `+1555${String(2000000 + (n++ % 5000000)).padStart(7, '0')}`, homeowner: 'yes', lead_score: 87, zip: '10001' }),
  });
  const healthz = () => client.send({ method: 'GET', path: '/healthz' });
  await closedLoop(healthz, IN_FLIGHT, 2); // warm-up
  await closedLoop(() => client.send(lead()), IN_FLIGHT, 2);
  const health = allAccepted('GET /healthz', await withApiCpu(stack.api, () => closedLoop(healthz, IN_FLIGHT, SECONDS)));
  const ingress = allAccepted('POST /call-data', await withApiCpu(stack.api, () => closedLoop(() => client.send(lead()), IN_FLIGHT, SECONDS)));
  const half = allAccepted('POST /call-data at half rate', await openLoop(() => client.send(lead()), Math.max(1, ingress.rate / 2), SECONDS));
  await client.close();
  return { health, ingress, half };
}

/**
 * The API's CPU per request, and how busy its main thread was: a main thread short of 100 % under a closed loop
 * means the requests spent their time waiting (on PostgreSQL, or on a batch), not on the API's own work.
 */
async function withApiCpu(role: RoleProcess, run: () => Promise<LoadResult>) {
  const [before, mainBefore, started] = [role.cpuSeconds(), role.mainThreadCpuSeconds(), performance.now()];
  const result = await run();
  const seconds = (performance.now() - started) / 1000;
  return { ...result, apiCpuUsPerRequest: ((role.cpuSeconds() - before) * 1e6) / result.ok, apiMainThreadBusy: (role.mainThreadCpuSeconds() - mainBefore) / seconds };
}

function productSender(stack: BenchStack): SendEvent {
  const client = httpClient(stack.apiUrl, 256);
  return async (callId, type) => {
    const { status } = await client.send({
      method: 'POST',
      path: `/api/v1/calls/${callId}/events`,
      headers: { authorization: `Bearer ${stack.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ type, call: { from: '+15551230000', campaign_id: 'bench' } }),
    });
    if (status !== 202) throw new Error(`event answered ${status}`);
  };
}

function floorSender(temporal: Client, taskQueue: string, url: string): SendEvent {
  return async (callId, type, index) => {
    const event = { callId, type, last: index === CALL_SCRIPT.length - 1 };
    if (index === 0) {
      await temporal.workflow.signalWithStart<typeof floorCallWorkflow, [typeof event]>('floorCallWorkflow', {
        workflowId: `floor-${callId}`,
        taskQueue,
        args: [url],
        signal: floorEventSignal,
        signalArgs: [event],
      });
    } else {
      await temporal.workflow.getHandle(`floor-${callId}`).signal(floorEventSignal, event);
    }
  };
}

type System = 'floor' | 'product';
type Step = { rate: number } & Partial<Record<System, MeasuredRun>>;

/**
 * Steps up the call rate until a system no longer sustains it, both systems at each rate, floor first; then halves
 * each system's bracket down to 1 call/s.
 */
async function benchCalls(stack: BenchStack, receiver: ArrivalReceiver) {
  const senders: Record<System, SendEvent> = { product: productSender(stack), floor: floorSender(stack.temporal, stack.floorTaskQueue, `${receiver.url}/floor`) };
  const roles: Record<System, RoleProcess[]> = { product: [stack.worker, stack.api], floor: [stack.floorWorker] };
  const run = (system: System, rate: number) => withCpu(roles[system], () => runCalls(system, senders[system], receiver, rate, rate === 1 ? 2 * SECONDS : SECONDS));
  const settle = () => new Promise((r) => setTimeout(r, 3000)); // let timers and leftovers settle between steps
  const steps: Step[] = [];
  const bracket: Record<System, { sustained: number; failed?: number }> = { floor: { sustained: 0 }, product: { sustained: 0 } };
  const measure = async (system: System, step: Step) => {
    step[system] = await run(system, step.rate);
    if (step[system].sustained) bracket[system].sustained = step.rate;
    else bracket[system].failed = step.rate;
  };
  for (const rate of RATES) {
    const step: Step = { rate };
    for (const system of ['floor', 'product'] as const) {
      if (bracket[system].failed !== undefined) continue;
      await measure(system, step);
    }
    if (!step.floor && !step.product) break;
    log(`  ${String(rate).padStart(3)} calls/s  floor ${describe(step.floor)}  product ${describe(step.product)}`);
    steps.push(step);
    await settle();
  }
  // The ladder's steps of 5 put the ratio in coarse buckets: a product at 30 read 75 % of a floor at 40 on one run
  // and 86 % of one at 35 on the next. Halving each bracket reads both rates to 1 call/s.
  const open = (system: System) => bracket[system].failed !== undefined && bracket[system].failed! - bracket[system].sustained > 1;
  while (open('floor') || open('product')) {
    for (const system of ['floor', 'product'] as const) {
      if (!open(system)) continue;
      const { sustained, failed } = bracket[system];
      const step: Step = { rate: Math.floor((sustained + failed!) / 2) };
      await measure(system, step);
      log(`  ${String(step.rate).padStart(3)} calls/s  ${system.padEnd(7)} ${describe(step[system])}  (halving ${sustained}–${failed})`);
      steps.push(step);
      await settle();
    }
  }
  return { steps, floorRate: bracket.floor.sustained, productRate: bracket.product.sustained, atOne: steps[0] };
}

type MeasuredRun = CallRunResult & { cpuMsPerCall: number; machineCpuMsPerCall: number };

/**
 * CPU milliseconds per call that the given processes spent, and that the whole machine spent: figures that a
 * busy machine slows down less than latency, since they count work done rather than time waited for a core.
 */
async function withCpu(roles: RoleProcess[], run: () => Promise<CallRunResult>): Promise<MeasuredRun> {
  const own = () => roles.reduce((sum, role) => sum + role.cpuSeconds(), 0);
  const [before, machineBefore] = [own(), machineBusySeconds()];
  const result = await run();
  const perCall = (seconds: number) => (seconds * 1000) / result.calls;
  return { ...result, cpuMsPerCall: perCall(own() - before), machineCpuMsPerCall: perCall(machineBusySeconds() - machineBefore) };
}

function describe(r?: MeasuredRun): string {
  if (!r) return '—'.padEnd(62);
  return `p50 ${fmt(r.p50).padStart(5)} ms p99 ${fmt(r.p99).padStart(5)} ms missing ${r.missing} cpu ${fmt(r.cpuMsPerCall)}/${fmt(r.machineCpuMsPerCall)} ms/call${r.sustained ? '' : ' ✗'}`.padEnd(62);
}

/**
 * Worker memory with LIVE_CALLS connected calls waiting for their hangup. The bench webhook is switched off
 * first: this measures holding calls, not delivering; a call counts as live once the index shows it connected.
 * Reported: the median and the highest of one reading a second while they are held, and the process's peak since
 * it started (bringing them live, and the calls part if it ran, included).
 */
async function benchLiveCalls(stack: BenchStack, webhookId: string) {
  await api(stack, 'PATCH', `/api/v1/outgoing-webhooks/${webhookId}`, { enabled: false });
  const send = productSender(stack);
  const batch = 64;
  const stamp = Date.now().toString(36);
  for (let start = 0; start < LIVE_CALLS; start += batch) {
    const ids = Array.from({ length: Math.min(batch, LIVE_CALLS - start) }, (_, i) => `live_${stamp}_${start + i}`);
    await Promise.all(ids.map((id) => send(id, 'incoming', 0).then(() => send(id, 'connected', 1))));
  }
  const db = new PgClient({ connectionString: stack.databaseUrl });
  await db.connect();
  const connected = async () => Number((await db.query(`select count(*) from calls where status = 'connected' and call_id like $1`, [`live_${stamp}_%`])).rows[0].count);
  const deadline = Date.now() + 900_000;
  let live = await connected();
  while (live < LIVE_CALLS && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 2000));
    live = await connected();
  }
  await db.end();
  // RSS saws up and down by a couple of hundred MiB as the workflow thread collects: one reading is luck.
  const held: number[] = [];
  for (let i = 0; i < HELD_SAMPLES; i++) {
    await new Promise((r) => setTimeout(r, 1000));
    held.push(stack.worker.rssMiB());
  }
  held.sort((a, b) => a - b);
  return { calls: LIVE_CALLS, live, workerRssMiB: percentile(held, 50), workerRssMaxMiB: held[held.length - 1], workerPeakRssMiB: stack.worker.peakRssMiB() };
}

type Row = [what: string, measured: string, budget: string];

async function main(): Promise<void> {
  log('Starting PostgreSQL, the Temporal dev server, API, worker and the floor worker…');
  const stack = await startBenchStack(log);
  const receiver = await new ArrivalReceiver().start();
  const results: Record<string, unknown> = { measured_at: new Date().toISOString(), machine: { cpus: os.cpus().length, node: process.version } };
  const rows: Row[] = [];
  try {
    await new Promise((r) => setTimeout(r, 5000));
    const idle = { workerRssMiB: stack.worker.rssMiB(), apiRssMiB: stack.api.rssMiB() };
    log(`Idle: worker ${fmt(idle.workerRssMiB)} MiB, API ${fmt(idle.apiRssMiB)} MiB`);
    results.idle = idle;
    rows.push(['worker RSS idle', `${fmt(idle.workerRssMiB)} MiB`, '≤ 250 MiB']);

    if (PARTS.has('ingress')) {
      log('Ingress: /call-data vs GET /healthz…');
      const { health, ingress, half } = await benchIngress(stack);
      results.ingress = { healthz: health, call_data: ingress, call_data_at_half_rate: half };
      rows.push(
        ['/call-data req/s', `${fmt(ingress.rate)} (${fmt((100 * ingress.rate) / health.rate)} % of /healthz ${fmt(health.rate)})`, '≥ 1,000 and ≥ 30 %'],
        ['API CPU per request', `/call-data ${fmt(ingress.apiCpuUsPerRequest)} µs, /healthz ${fmt(health.apiCpuUsPerRequest)} µs; main thread ${fmt(100 * ingress.apiMainThreadBusy)} % / ${fmt(100 * health.apiMainThreadBusy)} % busy`, '—'],
        ['/call-data p99 at half rate', `${fmt(half.p99, 1)} ms at ${fmt(half.rate)} req/s`, '≤ 50 ms'],
      );
    }

    let webhookId = '';
    if (PARTS.has('calls') || PARTS.has('memory')) {
      ({ id: webhookId } = await api(stack, 'POST', '/api/v1/outgoing-webhooks', {
        name: 'bench',
        event_types: CALL_SCRIPT.map((e) => `call.${e.type}`),
        url: `${receiver.url}/product`,
        body_format: 'json',
        body_template: '{"call": "[CALL_ID]", "event": "[EVENT_TYPE]"}',
      }));
    }

    if (PARTS.has('calls')) {
      log('Events → deliveries, product vs engine floor, stepping the call rate (cpu: own processes / whole machine)…');
      const calls = await benchCalls(stack, receiver);
      const productId = callWorkflowId(stack.orgId, lastCallId(receiver, 'product'));
      const floorId = `floor-${lastCallId(receiver, 'floor')}`;
      const [product, floor] = await Promise.all([historyOf(stack.temporal, productId), historyOf(stack.temporal, floorId)]);
      if (process.env.BENCH_TIMELINE) {
        log(`\nOne product call at 1 call/s:\n${(await historyTimeline(stack.temporal, productId)).join('\n')}`);
        log(`\nOne floor call at 1 call/s:\n${(await historyTimeline(stack.temporal, floorId)).join('\n')}\n`);
      }
      results.calls = { floor_sustained_calls_per_s: calls.floorRate, product_sustained_calls_per_s: calls.productRate, steps: calls.steps };
      results.history = { product, floor };
      const one = calls.atOne;
      rows.push(
        ['sustained calls/s', `${calls.productRate} (${fmt((100 * calls.productRate) / Math.max(1, calls.floorRate))} % of floor ${calls.floorRate})`, '≥ 80 % of floor'],
        ['p50 at 1 call/s', `${fmt(one.product!.p50, 1)} ms (floor ${fmt(one.floor!.p50, 1)} ms, +${fmt(one.product!.p50 - one.floor!.p50, 1)})`, '≤ floor + 15 ms'],
        ['history events per call', `${product.events} (floor ${floor.events}); scheduled activities ${product.scheduledActivities}, local ${product.localActivities}`, '≤ 40; at most the 3 deliveries'],
      );
    }

    if (PARTS.has('memory')) {
      log(`Memory: ${LIVE_CALLS} live (connected) calls…`);
      const live = await benchLiveCalls(stack, webhookId);
      results.live = live;
      rows.push([
        `worker RSS, ${live.calls} live calls`,
        `median ${fmt(live.workerRssMiB)} MiB, max ${fmt(live.workerRssMaxMiB)} over ${HELD_SAMPLES} s held; peak ${fmt(live.workerPeakRssMiB)} MiB since start${live.live < live.calls ? ` (only ${live.live} live)` : ''}`,
        '≤ 1 GB (953.7 MiB)',
      ]);
    }
  } finally {
    await receiver.close();
    await stack.stop();
  }
  writeFileSync(path.join(__dirname, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  log('');
  log(`${'what'.padEnd(34)} ${'measured'.padEnd(64)} budget`);
  for (const [what, measured, budget] of rows) log(`${what.padEnd(34)} ${measured.padEnd(64)} ${budget}`);
  log('\nWritten to bench/results.json');
}

function lastCallId(receiver: ArrivalReceiver, prefix: string): string {
  const keys = [...receiver.arrivals.keys()].filter((k) => k.startsWith(`${prefix}_1_`));
  return keys[keys.length - 1].split(':')[0];
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
