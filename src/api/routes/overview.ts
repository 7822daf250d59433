import { deliveryTotals, incomingByStatus, overviewSeries, worstWebhooks } from '../../db/repositories/overview';
import { rollupCoverage } from '../../db/repositories/overview-rollups';
import type { ApiContext } from '../context';
import type { ApiRoutes } from '../route';
import { problemSchema } from '../schemas/common';
import { OVERVIEW_RANGES, overviewQuery, rangeStart, overviewSchema, type Overview, type OverviewRange } from '../schemas/overview';

const WORST_WEBHOOKS = 5;

/** Every bucket start from `from` up to `to`, so a quiet minute is a zero on the chart rather than a gap. */
function bucketStarts(from: Date, to: Date, bucketSeconds: number): number[] {
  const starts: number[] = [];
  for (let t = from.getTime(); t <= to.getTime(); t += bucketSeconds * 1000) starts.push(t);
  return starts;
}

export function overviewRoutes(routes: ApiRoutes, { db }: ApiContext): void {
  routes.add(
    {
      method: 'get', path: '/stats/overview', tag: 'Overview', query: overviewQuery,
      summary: "The dashboard's figures over the last hour, day or week: calls, incoming requests and deliveries per bucket, delivery success and latency, the worst webhooks and incoming requests by status",
      responses: { 200: { description: 'The figures', schema: overviewSchema }, 400: { description: 'Unknown range', schema: problemSchema } },
    },
    async ({ auth, query }) => {
      const range: OverviewRange = query.range;
      const { bucketSeconds } = OVERVIEW_RANGES[range];
      const to = new Date();
      const from = rangeStart(range, to);
      // Hourly rollups serve ranges bucketed by whole hours (the week); shorter ones read the log rows only.
      const rollups = bucketSeconds % 3600 === 0 ? await rollupCoverage(db, auth.orgId) : null;
      const window = { orgId: auth.orgId, from, bucketSeconds, rollups };
      const [series, deliveries, worst, byStatus] = await Promise.all([
        overviewSeries(db, window),
        deliveryTotals(db, window),
        worstWebhooks(db, window, WORST_WEBHOOKS),
        incomingByStatus(db, window),
      ]);
      const byStart = new Map(series.map((b) => [b.at.getTime(), b]));
      const settled = deliveries.succeeded + deliveries.failed;
      const body: Overview = {
        range,
        from: from.toISOString(),
        to: to.toISOString(),
        bucket_seconds: bucketSeconds,
        series: bucketStarts(from, to, bucketSeconds).map((t) => {
          const b = byStart.get(t);
          return {
            at: new Date(t).toISOString(),
            calls: b?.calls ?? 0,
            incoming_requests: b?.incoming_requests ?? 0,
            deliveries: b?.deliveries ?? 0,
            deliveries_succeeded: b?.deliveries_succeeded ?? 0,
            deliveries_failed: b?.deliveries_failed ?? 0,
          };
        }),
        totals: {
          calls: series.reduce((n, b) => n + b.calls, 0),
          incoming_requests: byStatus.reduce((n, s) => n + s.count, 0),
        },
        deliveries: { ...deliveries, success_rate: settled ? deliveries.succeeded / settled : null },
        worst_webhooks: worst.map((w) => ({
          webhook_id: w.webhook_id,
          webhook_name: w.webhook_name,
          deliveries: w.deliveries,
          failing: w.failing,
          failure_rate: w.failing / w.deliveries,
          last_error: w.last_error,
          last_error_at: w.last_error_at?.toISOString() ?? null,
        })),
        incoming_by_status: byStatus,
      };
      return { status: 200, body };
    },
  );
}
