import '../observability/tracing-init';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadConfig, type Config } from '../config';
import { createDb, type Db } from '../db/database';
import { configureLogging } from '../observability/log';
import { activeTracing } from '../observability/trace-context';
import { runRole } from '../process/run-role';
import { connectTemporalClient } from '../temporal/connect';
import { followConfigChanges } from './config-changes';
import { createApp } from './app';
import type { ApiContext } from './context';

export interface RunningApi {
  server: Server;
  url: string;
  close(): Promise<void>;
}

/** Listens with the API; closing stops accepting, finishes in-flight requests, then closes the clients. */
export async function startApiServer(options: { config: Config; db: Db; temporalAddress: string; temporalWebUrl?: string }): Promise<RunningApi> {
  const { config, db } = options;
  const temporal = await connectTemporalClient({ address: options.temporalAddress, namespace: config.TEMPORAL_NAMESPACE });
  const stopping = new AbortController();
  const ctx: ApiContext = { config, db, temporal, taskQueue: config.TEMPORAL_TASK_QUEUE, temporalWebUrl: options.temporalWebUrl ?? config.TEMPORAL_WEB_URL, stopping: stopping.signal };
  const { listener, limits, ingress, kept } = createApp(ctx);
  const server = await new Promise<Server>((resolve, reject) => {
    const s = createServer(listener).listen(config.PORT, config.HOST, () => resolve(s));
    s.once('error', reject);
  });
  const { limiter } = limits;
  limiter.start();
  const changes = followConfigChanges(db, kept);
  const { port } = server.address() as AddressInfo;
  return {
    server,
    url: `http://127.0.0.1:${port}`,
    async close() {
      stopping.abort();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      limiter.stop();
      await changes.stop();
      // Every answered ingress request has its data and log record written before the process goes.
      await ingress.writer.close();
      await temporal.connection.close();
    },
  };
}

if (require.main === module) {
  runRole('api', async () => {
    const config = loadConfig();
    configureLogging({ level: config.LOG_LEVEL });
    if (!config.DATABASE_URL || !config.TEMPORAL_ADDRESS) throw new Error('npm run api needs DATABASE_URL and TEMPORAL_ADDRESS (npm start runs everything locally)');
    const db = createDb(config.DATABASE_URL);
    const api = await startApiServer({ config, db, temporalAddress: config.TEMPORAL_ADDRESS });
    console.log(`api: listening on ${api.url}`);
    return async () => {
      await api.close();
      await db.destroy();
      await activeTracing()?.shutdown();
    };
  });
}
