import { z } from 'zod';

/** The ranges the overview offers, each with the bucket size that keeps a chart at 60–170 points. */
export const OVERVIEW_RANGES = {
  '1h': { seconds: 3_600, bucketSeconds: 60 },
  '24h': { seconds: 86_400, bucketSeconds: 900 },
  '7d': { seconds: 604_800, bucketSeconds: 3_600 },
} as const;

export type OverviewRange = keyof typeof OVERVIEW_RANGES;

/** The start of a range ending at `to`, aligned to the bucket size (as date_bin aligns rows), so the first bucket is whole. */
export function rangeStart(range: OverviewRange, to: Date): Date {
  const { seconds, bucketSeconds } = OVERVIEW_RANGES[range];
  return new Date(Math.floor((to.getTime() - seconds * 1000) / (bucketSeconds * 1000) + 1) * bucketSeconds * 1000);
}

export const overviewQuery = z.object({
  range: z.enum(Object.keys(OVERVIEW_RANGES) as [OverviewRange, ...OverviewRange[]]).default('24h'),
});

const count = z.number().int().min(0);

export const overviewSchema = z.object({
  range: z.enum(Object.keys(OVERVIEW_RANGES) as [OverviewRange, ...OverviewRange[]]),
  /** Start of the first bucket and the moment the figures were read. */
  from: z.string().meta({ format: 'date-time' }),
  to: z.string().meta({ format: 'date-time' }),
  bucket_seconds: z.number().int(),
  /** Every bucket from `from` to `to`, oldest first, zeros included; deliveries by when they were created. */
  series: z.array(
    z.object({
      at: z.string().meta({ format: 'date-time' }),
      calls: count,
      incoming_requests: count,
      deliveries: count,
      deliveries_succeeded: count,
      deliveries_failed: count,
    }),
  ),
  totals: z.object({ calls: count, incoming_requests: count }),
  deliveries: z.object({
    total: count,
    succeeded: count,
    failed: count,
    /** Not settled yet: retrying, waiting for a rate slot, or held while the webhook is paused. */
    pending: count,
    /** succeeded / (succeeded + failed); null when none settled. */
    success_rate: z.number().min(0).max(1).nullable(),
    /** Response time of each delivery's latest attempt. */
    p50_ms: z.number().int().nullable(),
    p95_ms: z.number().int().nullable(),
  }),
  /** Up to 5 webhooks with failing deliveries (failed, or retrying after a failure), highest share first. */
  worst_webhooks: z.array(
    z.object({
      webhook_id: z.string(),
      webhook_name: z.string(),
      deliveries: count,
      failing: count,
      failure_rate: z.number().min(0).max(1),
      last_error: z.string().nullable(),
      last_error_at: z.string().meta({ format: 'date-time' }).nullable(),
    }),
  ),
  incoming_by_status: z.array(z.object({ status: z.number().int(), count })),
});

export type Overview = z.output<typeof overviewSchema>;
