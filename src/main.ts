import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { startApiServer } from './api/server';
import { loadConfig } from './config';
import { bootstrapDatabase } from './db/bootstrap';
import { createDb } from './db/database';
import { startEmbeddedPostgres } from './dev/postgres';
import { locateTemporalCli } from './dev/temporal-cli';
import { startTemporalDevServer } from './dev/temporal-server';
import { runRole } from './process/run-role';
import { configureTemporalRuntime } from './process/temporal-runtime';
import { localSecretKey } from './security/secret-key';
import { createCallWorker } from './worker';


/**
 * `npm start`: everything on one machine. Embedded PostgreSQL and the Temporal dev server unless
 * DATABASE_URL / TEMPORAL_ADDRESS point elsewhere; then migrations, the worker and the API.
 */
runRole('callhooks', async () => {
  const initial = loadConfig();
  const dataDir = path.resolve(initial.DATA_DIR);
  await mkdir(dataDir, { recursive: true });
  const config = { ...initial, SECRET_KEY: await localSecretKey(initial) };
  configureTemporalRuntime(config);
  const stops: Array<() => Promise<void>> = [];
  const shutdown = async () => {
    for (const stop of stops.reverse()) await stop().catch((err) => console.error('shutdown:', err));
  };
  const log = (line: string) => console.log(line);

  try {
    let databaseUrl = config.DATABASE_URL;
    if (!databaseUrl) {
      log('Starting embedded PostgreSQL…');
      const pg = await startEmbeddedPostgres(path.join(dataDir, 'postgres'), { port: config.DEV_POSTGRES_PORT });
      stops.push(pg.stop);
      databaseUrl = pg.url;
    }

    let temporalAddress = config.TEMPORAL_ADDRESS;
    let temporalWebUrl = config.TEMPORAL_WEB_URL;
    if (!temporalAddress) {
      const cliPath = await locateTemporalCli({ explicitPath: config.TEMPORAL_CLI_PATH, toolsDir: path.resolve('.tools'), log });
      log('Starting the Temporal dev server…');
      const temporal = await startTemporalDevServer({
        cliPath,
        port: config.DEV_TEMPORAL_PORT,
        uiPort: config.DEV_TEMPORAL_UI_PORT,
        dbFile: path.join(dataDir, 'temporal.db'),
        namespace: config.TEMPORAL_NAMESPACE,
      });
      stops.push(temporal.stop);
      temporalAddress = temporal.address;
      temporalWebUrl ??= temporal.webUrl;
    }

    const db = createDb(databaseUrl);
    stops.push(() => db.destroy());
    const { newAdminToken } = await bootstrapDatabase(db, config.ADMIN_TOKEN);

    const { worker, connection } = await createCallWorker({ temporalAddress, namespace: config.TEMPORAL_NAMESPACE, taskQueue: config.TEMPORAL_TASK_QUEUE, db, config });
    const running = worker.run();
    stops.push(async () => {
      worker.shutdown();
      await running;
      await connection.close();
    });

    const api = await startApiServer({ config, db, temporalAddress, temporalWebUrl });
    stops.push(api.close);

    const base = config.PUBLIC_BASE_URL ?? `http://localhost:${config.PORT}`;
    log('');
    log(`callhooks is running`);
    log(`  API          ${base}/api/v1   (docs: ${base}/docs)`);
    log(`  Admin UI     ${base}/admin/`);
    log(`  Readiness    ${base}/readyz`);
    if (temporalWebUrl) log(`  Temporal Web ${temporalWebUrl}`);
    if (newAdminToken) log(`  Admin token  ${newAdminToken}   (shown once; set ADMIN_TOKEN to choose your own)`);
    log('Press Ctrl+C to stop.');
    return shutdown;
  } catch (err) {
    await shutdown();
    throw err;
  }
});
