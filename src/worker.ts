import './observability/tracing-init';
import { Client } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import { createActivities } from './activities';
import { loadConfig, type Config } from './config';
import { createDb, type Db } from './db/database';
import { runRole } from './process/run-role';
import { freePort } from './dev/free-port';
import { configureLogging } from './observability/log';
import { countBacklogIn } from './observability/metrics';
import { activeTracing, type Tracing } from './observability/trace-context';
import { startMetricsServer } from './observability/metrics-endpoint';
import { configureTemporalRuntime, sdkMetricsUrl } from './process/temporal-runtime';
import { prebuiltWorkflowBundle } from './process/workflow-bundle';
import { ensureLogRetentionSchedule, ensurePreCallExpirySchedule } from './temporal/schedules';

export interface WorkerOptions {
  temporalAddress: string;
  namespace: string;
  taskQueue: string;
  db: Db;
  config: Config;
  /** A pre-built workflow bundle (`npm run build` makes one; tests build one per run); otherwise the workflows are bundled at start. */
  workflowBundlePath?: string;
}

/** Spans for workflows (exported through a sink), activities and the calls they make, joined to the caller's trace. */
function tracingPlugin(tracing: Tracing) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { OpenTelemetryPlugin } = require('@temporalio/interceptors-opentelemetry') as typeof import('@temporalio/interceptors-opentelemetry');
  return new OpenTelemetryPlugin({ resource: tracing.resource, spanProcessor: tracing.spanProcessor });
}

/** A worker that runs call workflows and their activities on one task queue, and the pre-call expiry schedule. */
export async function createCallWorker(options: WorkerOptions): Promise<{ worker: Worker; connection: NativeConnection }> {
  const connection = await NativeConnection.connect({ address: options.temporalAddress });
  const client = new Client({ connection, namespace: options.namespace });
  const tracing = activeTracing();
  const worker = await Worker.create({
    connection,
    namespace: options.namespace,
    taskQueue: options.taskQueue,
    // Traced workflows are bundled at start with the OpenTelemetry interceptors; the prebuilt bundle has none.
    ...(options.workflowBundlePath && !tracing ? { workflowBundle: { codePath: options.workflowBundlePath } } : { workflowsPath: require.resolve('./workflows') }),
    ...(tracing && { plugins: [tracingPlugin(tracing)] }),
    activities: createActivities({ db: options.db, config: options.config, temporal: client }),
    maxCachedWorkflows: options.config.WORKER_MAX_CACHED_WORKFLOWS,
  });
  await ensurePreCallExpirySchedule(client, { taskQueue: options.taskQueue, everySeconds: options.config.PRE_CALL_EXPIRY_INTERVAL_SECONDS });
  const { RETENTION_INTERVAL_SECONDS, RETENTION_BATCH_SIZE, RETENTION_MAX_BATCHES } = options.config;
  await ensureLogRetentionSchedule(client, { taskQueue: options.taskQueue, everySeconds: RETENTION_INTERVAL_SECONDS, run: { batchSize: RETENTION_BATCH_SIZE, maxBatches: RETENTION_MAX_BATCHES } });
  countBacklogIn(options.db);
  return { worker, connection };
}

if (require.main === module) {
  runRole('worker', async () => {
    const config = loadConfig();
    configureLogging({ level: config.LOG_LEVEL });
    const sdkMetricsPort = await freePort();
    configureTemporalRuntime(config, sdkMetricsPort);
    // A taken port costs the metrics, not the deliveries: the worker runs on and says so.
    const metrics = await startMetricsServer({ host: config.HOST, port: config.WORKER_METRICS_PORT, token: config.METRICS_TOKEN, sdkMetricsUrl: sdkMetricsUrl(sdkMetricsPort) }).catch((err: Error) => {
      console.error(`worker: no metrics listener on ${config.HOST}:${config.WORKER_METRICS_PORT}: ${err.message}`);
      return undefined;
    });
    if (!config.DATABASE_URL || !config.TEMPORAL_ADDRESS) throw new Error('npm run worker needs DATABASE_URL and TEMPORAL_ADDRESS (npm start runs everything locally)');
    const db = createDb(config.DATABASE_URL, { asyncCommit: true });
    const { worker, connection } = await createCallWorker({
      temporalAddress: config.TEMPORAL_ADDRESS,
      namespace: config.TEMPORAL_NAMESPACE,
      taskQueue: config.TEMPORAL_TASK_QUEUE,
      db,
      config,
      workflowBundlePath: prebuiltWorkflowBundle(),
    });
    const running = worker.run();
    console.log(`worker: polling task queue "${config.TEMPORAL_TASK_QUEUE}" on ${config.TEMPORAL_ADDRESS}`);
    if (metrics) console.log(`worker: metrics at ${metrics.url}`);
    return async () => {
      await metrics?.close();
      worker.shutdown();
      await running;
      await connection.close();
      await db.destroy();
      await activeTracing()?.shutdown();
    };
  });
}
