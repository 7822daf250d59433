// Event → delivery latency: platform events posted to the API at a steady rate, each fanned out to several
// outgoing webhooks, timed until a receiver on 127.0.0.1 has the request. Issue target: p50 ≤ 25 ms and
// p99 ≤ 100 ms at 50 calls/s. Bounded (BENCH_CALLS calls at BENCH_RATE calls/s) and loopback only.
// Run with `npm run bench` (starts its own PostgreSQL and Temporal dev server, or uses DATABASE_URL / TEMPORAL_ADDRESS).
import globalSetup from '../test/support/global-setup';
import globalTeardown from '../test/support/global-teardown';
import { Receiver } from '../test/support/receiver';
import { startTestStack, uniqueName } from '../test/support/stack';

const CALLS = Number(process.env.BENCH_CALLS ?? 100);
const RATE = Number(process.env.BENCH_RATE ?? 20);
const WEBHOOKS = 3;
const EVENTS = ['incoming', 'connected', 'hangup'] as const;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function main(): Promise<void> {
  await globalSetup();
  const stack = await startTestStack();
  const receiver = await Receiver.start();
  try {
    for (let i = 0; i < WEBHOOKS; i++) {
      await stack.request('/api/v1/outgoing-webhooks', {
        body: {
          name: `bench ${i}`,
          event_types: EVENTS.map((e) => `call.${e}`),
          url: `${receiver.url}/hook/${i}`,
          body_template: '{"call": "[CALL_ID]", "event": "[EVENT_TYPE]", "from": "[FROM]"}',
        },
      });
    }
    const postedAt = new Map<string, number>();
    const started = Date.now();
    const calls: Promise<void>[] = [];
    for (let n = 0; n < CALLS; n++) {
      // Steady arrival rate: call n starts at n / RATE seconds.
      await new Promise((r) => setTimeout(r, Math.max(0, started + (n * 1000) / RATE - Date.now())));
      const callId = uniqueName('bench');
      calls.push(
        (async () => {
          for (const type of EVENTS) {
            postedAt.set(`${callId}:call.${type}`, Date.now());
            const res = await stack.request(`/api/v1/calls/${callId}/events`, { body: { type, call: { from: '+15551230000' } } });
            if (res.status !== 202) throw new Error(`event not accepted: ${res.status}`);
          }
        })(),
      );
    }
    await Promise.all(calls);
    const expected = CALLS * EVENTS.length * WEBHOOKS;
    await receiver.waitForRequests(expected, 300_000);
    const elapsed = (Date.now() - started) / 1000;

    const latencies = receiver.requests
      .map((r) => {
        const { call, event } = JSON.parse(r.body) as { call: string; event: string };
        return r.at - postedAt.get(`${call}:${event}`)!;
      })
      .sort((a, b) => a - b);
    console.log(`delivery latency: ${CALLS} calls at ${RATE}/s, ${EVENTS.length} events each, ${WEBHOOKS} webhooks → ${expected} deliveries in ${elapsed.toFixed(1)} s`);
    for (const p of [50, 90, 99]) console.log(`  p${p}`.padEnd(8) + `${percentile(latencies, p)} ms`);
    console.log(`  max`.padEnd(8) + `${latencies[latencies.length - 1]} ms`);
    console.log(`  worker RSS ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB (API, worker and this driver in one process)`);
  } finally {
    await receiver.close();
    await stack.stop();
    await globalTeardown();
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
