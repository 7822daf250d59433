import { DefaultLogger, Runtime, type LogLevel } from '@temporalio/worker';
import type { Config } from '../config';

/**
 * The Temporal runtime for a process that runs a worker: logs at LOG_LEVEL (Temporal's INFO includes a full
 * webpack report at every start), and no signal handlers of its own, since runRole stops everything in order.
 */
export function configureTemporalRuntime(config: Config): void {
  Runtime.install({
    logger: new DefaultLogger(config.LOG_LEVEL === 'info' ? 'WARN' : (config.LOG_LEVEL.toUpperCase() as LogLevel)),
    shutdownSignals: [],
  });
}
