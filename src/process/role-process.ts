import path from 'node:path';
import { describeExit, spawnManaged, type ManagedProcess } from '../dev/child-process';
import { READY_MESSAGE } from './run-role';

export type Role = 'api' | 'worker';

const ENTRY_POINTS: Record<Role, string> = { api: 'api/server', worker: 'worker' };

/**
 * What the worker's environment adds unless set: glibc's malloc arenas capped at 2. The Temporal core's native
 * threads each get an arena by default (8 per core), and evicting and replaying calls through them fragments
 * them: with 10,000 live calls the worker measured 1,264 MiB RSS uncapped and 1,034 MiB capped
 * (docs/performance.md).
 */
export const WORKER_ENV_DEFAULTS: NodeJS.ProcessEnv = { MALLOC_ARENA_MAX: '2' };
const READY_WITHIN_MS = 180_000;

/**
 * Starts one role (`node dist/api/server.js`, `node dist/worker.js`) as its own OS process with `env`, and
 * resolves once it reports ready. Its output goes straight to the console.
 */
export async function startRole(role: Role, env: NodeJS.ProcessEnv): Promise<ManagedProcess> {
  // Next to this file: dist/…/*.js when compiled (npm start); src/…/*.ts under a TypeScript loader, whose
  // flags (process.execArgv) the role inherits.
  const entry = path.join(__dirname, '..', ENTRY_POINTS[role] + path.extname(__filename));
  const roleEnv = role === 'worker' ? { ...WORKER_ENV_DEFAULTS, ...env } : env;
  const child = spawnManaged(process.execPath, [...process.execArgv, entry], { name: role, env: roleEnv, inheritOutput: true, ipc: true });
  let timer: NodeJS.Timeout | undefined;
  try {
    await new Promise<void>((resolve, reject) => {
      child.child.on('message', (message) => message === READY_MESSAGE && resolve());
      void child.exited.then((status) => reject(new Error(`the ${role} exited before it was ready (${describeExit(status)})`)));
      timer = setTimeout(() => reject(new Error(`the ${role} was not ready within ${READY_WITHIN_MS / 1000} s`)), READY_WITHIN_MS);
    });
  } catch (err) {
    await child.stop();
    throw err;
  } finally {
    clearTimeout(timer);
  }
  return child;
}
