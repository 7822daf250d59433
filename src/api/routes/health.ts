import { sql } from 'kysely';
import type { Router } from 'express';
import type { ApiContext } from '../context';

const PROBE_TIMEOUT_MS = 2000;

async function check(probe: () => Promise<unknown>): Promise<{ ok: boolean; latency_ms: number; error?: string }> {
  const started = Date.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([probe(), new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('timed out after 2 s')), PROBE_TIMEOUT_MS)))]);
    return { ok: true, latency_ms: Date.now() - started };
  } catch (err) {
    return { ok: false, latency_ms: Date.now() - started, error: err instanceof Error ? err.message : String(err) };
  } finally {
    clearTimeout(timer);
  }
}

/** `/healthz`: the process is up. `/readyz`: PostgreSQL and Temporal answer, with detail; 503 when not. */
export function healthRoutes(router: Router, ctx: ApiContext): void {
  router.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });
  router.get('/readyz', async (_req, res) => {
    const [postgres, temporal] = await Promise.all([
      check(() => sql`select 1`.execute(ctx.db)),
      // A gRPC deadline, so the client's own retries stop with the probe.
      check(() =>
        ctx.temporal.withDeadline(Date.now() + PROBE_TIMEOUT_MS, () =>
          ctx.temporal.workflowService.describeNamespace({ namespace: ctx.temporal.options.namespace }),
        ),
      ),
    ]);
    const ok = postgres.ok && temporal.ok;
    res.status(ok ? 200 : 503).json({ ok, checks: { postgres, temporal } });
  });
}
