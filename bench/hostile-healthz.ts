// How long /healthz waits while hostile requests (NUL bytes, deep JSON, templates that loop for ever) arrive
// beside normal ingress traffic, and whether any normal request loses its log record. The API and worker run
// here; the load and the /healthz probe run in child processes so their own work does not skew the figures.
// Run: `npx tsx bench/hostile-healthz.ts` (BENCH_SECONDS, default 20; BENCH_CONCURRENCY hostile requests in
// flight, default 4). Loopback only.
import { spawn } from 'node:child_process';
import globalSetup from '../test/support/global-setup';
import globalTeardown from '../test/support/global-teardown';
import { hostileRequests, normalIngress, type Target } from '../test/support/hostile-traffic';
import { startTestStack } from '../test/support/stack';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 4);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/** Child: GET /healthz every 20 ms for `seconds`, printing the latencies (ms) as JSON. */
async function probe(url: string, seconds: number): Promise<void> {
  const latencies: number[] = [];
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until) {
    const started = performance.now();
    await (await fetch(`${url}/healthz`)).arrayBuffer();
    latencies.push(performance.now() - started);
    await sleep(20);
  }
  process.stdout.write(JSON.stringify(latencies));
}

/** Child: hostile requests `CONCURRENCY` at a time, a normal lead post beside each, printing what happened. */
async function load(target: Target, seconds: number): Promise<void> {
  const until = Date.now() + seconds * 1000;
  const statuses: number[] = [];
  const normal: string[] = [];
  let n = 0;
  const worker = async () => {
    const kinds = hostileRequests(target);
    while (Date.now() < until) {
      const [status, id] = await Promise.all([kinds[n % kinds.length](), normalIngress(target, n++)]);
      statuses.push(status);
      normal.push(id);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  process.stdout.write(JSON.stringify({ statuses, normal }));
}

function child<T>(role: string, ...args: string[]): Promise<T> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', __filename, role, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    proc.stdout.on('data', (chunk: Buffer) => (out += chunk));
    proc.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out) as T) : reject(new Error(`${role} exited with ${code}`))));
  });
}

function describe(label: string, latencies: number[]): string {
  const sorted = [...latencies].sort((a, b) => a - b);
  const f = (v: number) => v.toFixed(1);
  return `${label}: ${sorted.length} probes, p50 ${f(percentile(sorted, 50))} ms, p95 ${f(percentile(sorted, 95))} ms, p99 ${f(percentile(sorted, 99))} ms, max ${f(sorted[sorted.length - 1])} ms, over 100 ms: ${sorted.filter((v) => v > 100).length}`;
}

async function main(): Promise<void> {
  await globalSetup();
  // The hostile mix includes refused keys: their per-address throttle is measured by its own tests, not here.
  const stack = await startTestStack({ AUTH_FAILURES_PER_MINUTE: '1000000' });
  try {
    const hook = await stack.request('/api/v1/incoming-webhooks', { body: { name: 'bench', type: 'call_data' } });
    const target: Target = { url: stack.api.url, token: stack.token, ingressKey: hook.body.auth_key };
    console.log(describe('/healthz idle', await child<number[]>('probe', target.url, '5')));
    const [latencies, result] = await Promise.all([
      child<number[]>('probe', target.url, String(SECONDS)),
      child<{ statuses: number[]; normal: string[] }>('load', JSON.stringify(target), String(SECONDS)),
    ]);
    console.log(describe(`/healthz under hostile load (${CONCURRENCY} in flight)`, latencies));
    const byStatus = result.statuses.reduce<Record<number, number>>((acc, s) => ({ ...acc, [s]: (acc[s] ?? 0) + 1 }), {});
    console.log(`hostile requests: ${result.statuses.length} answered ${JSON.stringify(byStatus)}`);
    await sleep(1000);
    let missing = 0;
    for (const id of result.normal) if ((await stack.request(`/api/v1/logs/incoming/${id}`)).status !== 200) missing++;
    console.log(`normal requests: ${result.normal.length}, log records missing: ${missing}`);
  } finally {
    await stack.stop();
    await globalTeardown();
  }
}

const [role, arg, seconds] = process.argv.slice(2);
if (role === 'probe') void probe(arg, Number(seconds));
else if (role === 'load') void load(JSON.parse(arg) as Target, Number(seconds));
else
  main().then(
    () => process.exit(0),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
