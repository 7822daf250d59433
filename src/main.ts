import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from './config';
import { bootstrapDatabase } from './db/bootstrap';
import { createDb } from './db/database';
import type { Running } from './dev/child-process';
import { startEmbeddedPostgres } from './dev/postgres';
import { locateTemporalCli } from './dev/temporal-cli';
import { startTemporalDevServer } from './dev/temporal-server';
import { startRole } from './process/role-process';
import { runRole } from './process/run-role';
import { Supervised } from './process/supervisor';
import { localSecretKey } from './security/secret-key';

/**
 * `npm start`: everything on one machine, each part its own supervised process. Embedded PostgreSQL and the
 * Temporal dev server unless DATABASE_URL / TEMPORAL_ADDRESS point elsewhere; then migrations here, and the
 * worker and the API as separate processes (the production shape, one core each). Whatever dies is restarted.
 */
runRole('callhooks', async () => {
  const initial = loadConfig();
  const dataDir = path.resolve(initial.DATA_DIR);
  await mkdir(dataDir, { recursive: true });
  const config = { ...initial, SECRET_KEY: await localSecretKey(initial) };
  const stops: Array<() => Promise<void>> = [];
  const shutdown = async () => {
    for (const stop of stops.reverse()) await stop().catch((err) => console.error('shutdown:', err));
  };
  const log = (line: string) => console.log(line);
  const supervise = async <T extends Running>(name: string, start: () => Promise<T>): Promise<T> => {
    const supervised = await Supervised.start({ name, start, log });
    stops.push(() => supervised.stop());
    return supervised.current;
  };

  try {
    let databaseUrl = config.DATABASE_URL;
    if (!databaseUrl) {
      log('Starting embedded PostgreSQL…');
      const clusterDir = path.join(dataDir, 'postgres');
      databaseUrl = (await supervise('PostgreSQL', () => startEmbeddedPostgres(clusterDir, { port: config.DEV_POSTGRES_PORT, log }))).url;
    }

    let temporalAddress = config.TEMPORAL_ADDRESS;
    let temporalWebUrl = config.TEMPORAL_WEB_URL;
    if (!temporalAddress) {
      const cliPath = await locateTemporalCli({ explicitPath: config.TEMPORAL_CLI_PATH, toolsDir: path.resolve('.tools'), log });
      log('Starting the Temporal dev server…');
      const devServer = { cliPath, port: config.DEV_TEMPORAL_PORT, uiPort: config.DEV_TEMPORAL_UI_PORT, dbFile: path.join(dataDir, 'temporal.db'), namespace: config.TEMPORAL_NAMESPACE };
      const temporal = await supervise('Temporal dev server', () => startTemporalDevServer(devServer));
      temporalAddress = temporal.address;
      temporalWebUrl ??= temporal.webUrl;
    }

    const db = createDb(databaseUrl, { max: 1 });
    const { newAdminToken } = await bootstrapDatabase(db, config.ADMIN_TOKEN).finally(() => db.destroy());

    log('Starting the worker and the API…');
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: databaseUrl,
      TEMPORAL_ADDRESS: temporalAddress,
      SECRET_KEY: config.SECRET_KEY,
      ...(temporalWebUrl && { TEMPORAL_WEB_URL: temporalWebUrl }),
    };
    // The worker first: stops run in reverse, so the API stops taking requests before the worker goes.
    await supervise('worker', () => startRole('worker', env));
    await supervise('API', () => startRole('api', env));

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
