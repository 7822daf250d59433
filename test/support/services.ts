import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../src/dev/free-port';
import { startEmbeddedPostgres } from '../../src/dev/postgres';
import { locateTemporalCli } from '../../src/dev/temporal-cli';
import { startTemporalDevServer } from '../../src/dev/temporal-server';

export interface TestServices {
  databaseUrl: string;
  temporalAddress: string;
  stop(): Promise<void>;
}

/**
 * One PostgreSQL and one Temporal dev server for the whole run: the ones named by DATABASE_URL /
 * TEMPORAL_ADDRESS, or throwaway ones started here (embedded PostgreSQL in a temp dir, in-memory Temporal).
 */
export async function startTestServices(log: (line: string) => void): Promise<TestServices> {
  const stops: Array<() => Promise<void>> = [];
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'callhooks-test-'));
  // As root, PostgreSQL runs as the `postgres` user: a temp dir it may enter keeps the throwaway cluster here
  // rather than in /var/lib/callhooks (its binaries are placed where it can run them, see postgres-placement.ts).
  await chmod(tmp, 0o755);
  stops.push(() => rm(tmp, { recursive: true, force: true }));
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
  };
  try {
    let databaseUrl = process.env.DATABASE_URL;
    if (!databaseUrl) {
      const pg = await startEmbeddedPostgres(path.join(tmp, 'postgres'), { port: await freePort() });
      stops.push(pg.stop);
      databaseUrl = pg.url;
    }
    let temporalAddress = process.env.TEMPORAL_ADDRESS;
    if (!temporalAddress) {
      const cliPath = await locateTemporalCli({ explicitPath: process.env.TEMPORAL_CLI_PATH, toolsDir: path.resolve(__dirname, '../../.tools'), log });
      const temporal = await startTemporalDevServer({ cliPath, port: await freePort(), namespace: 'default' });
      stops.push(temporal.stop);
      temporalAddress = temporal.address;
    }
    return { databaseUrl, temporalAddress, stop: stopAll };
  } catch (err) {
    await stopAll();
    throw err;
  }
}
