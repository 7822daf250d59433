import { DefaultLogger, Runtime, type LogLevel } from '@temporalio/worker';
import type { Config } from '../config';

/** Temporal's worker logs at LOG_LEVEL (its INFO includes a full webpack report at every start). */
export function installTemporalLogging(config: Config): void {
  Runtime.install({ logger: new DefaultLogger(config.LOG_LEVEL === 'info' ? 'WARN' : (config.LOG_LEVEL.toUpperCase() as LogLevel)) });
}
