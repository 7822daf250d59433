import { Pool } from 'undici';

export interface LoadResult {
  /** Completed requests per second over the run. */
  rate: number;
  ok: number;
  failed: number;
  p50: number;
  p99: number;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export interface HttpRequest {
  method: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

/** A keep-alive client to one origin; `send` answers the status and the latency in ms. */
export function httpClient(origin: string, connections: number) {
  const pool = new Pool(origin, { connections, pipelining: 1, keepAliveTimeout: 30_000 });
  return {
    async send(req: HttpRequest): Promise<{ status: number; ms: number }> {
      const started = performance.now();
      const res = await pool.request({ method: req.method, path: req.path, headers: req.headers, body: req.body });
      await res.body.dump();
      return { status: res.statusCode, ms: performance.now() - started };
    },
    close: () => pool.close(),
  };
}

function summarise(latencies: number[], failed: number, seconds: number): LoadResult {
  latencies.sort((a, b) => a - b);
  return { rate: latencies.length / seconds, ok: latencies.length, failed, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

/** Closed loop: `inFlight` requests at all times for `seconds`; measures the throughput a server sustains. */
export async function closedLoop(send: () => Promise<{ status: number; ms: number }>, inFlight: number, seconds: number): Promise<LoadResult> {
  const latencies: number[] = [];
  let failed = 0;
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (performance.now() < deadline) {
        const { status, ms } = await send().catch(() => ({ status: 0, ms: 0 }));
        if (status >= 200 && status < 300) latencies.push(ms);
        else failed += 1;
      }
    }),
  );
  return summarise(latencies, failed, (performance.now() - started) / 1000);
}

/** Open loop: requests start at a steady `rate` per second whatever the answers; measures latency at that rate. */
export async function openLoop(send: () => Promise<{ status: number; ms: number }>, rate: number, seconds: number): Promise<LoadResult> {
  const latencies: number[] = [];
  let failed = 0;
  const total = Math.round(rate * seconds);
  const started = performance.now();
  const pending: Promise<void>[] = [];
  for (let n = 0; n < total; n++) {
    const wait = started + (n * 1000) / rate - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    pending.push(
      send().then(
        ({ status, ms }) => void (status >= 200 && status < 300 ? latencies.push(ms) : (failed += 1)),
        () => void (failed += 1),
      ),
    );
  }
  await Promise.all(pending);
  return summarise(latencies, failed, (performance.now() - started) / 1000);
}
