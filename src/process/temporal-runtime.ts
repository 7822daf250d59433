import { DefaultLogger, Runtime, type LogLevel } from '@temporalio/worker';
import type { Config } from '../config';

/**
 * The Temporal runtime for a process that runs a worker: logs at LOG_LEVEL (Temporal's INFO includes a full
 * webpack report at every start), and no signal handlers of its own, since runRole stops everything in order.
 * With `sdkMetricsPort`, the SDK's own worker metrics (task slots, poll and schedule-to-start latencies, sticky
 * cache) are served in Prometheus text on loopback, for the worker's /metrics to append.
 */
export function configureTemporalRuntime(config: Config, sdkMetricsPort?: number): void {
  Runtime.install({
    logger: new DefaultLogger(config.LOG_LEVEL === 'info' ? 'WARN' : (config.LOG_LEVEL.toUpperCase() as LogLevel)),
    shutdownSignals: [],
    ...(sdkMetricsPort !== undefined && {
      telemetryOptions: { metrics: { prometheus: { bindAddress: `127.0.0.1:${sdkMetricsPort}`, countersTotalSuffix: true, useSecondsForDurations: true, unitSuffix: true } } },
    }),
  });
}

/** Where the SDK serves the metrics configured above. */
export const sdkMetricsUrl = (port: number) => `http://127.0.0.1:${port}/metrics`;
