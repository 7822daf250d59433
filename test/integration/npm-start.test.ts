import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../src/dev/free-port';
import { hasWhatWasStored, LocalSystem, storeSomething } from '../support/local-system';

const TOKEN = 'chk_npm_start_test_token_0001';

describe('npm start on a machine with nothing running', () => {
  let dataDir: string;
  let env: Record<string, string>;
  let api: string;
  const started: LocalSystem[] = [];

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'callhooks-start-'));
    // As root, PostgreSQL runs as the `postgres` user: here it can reach its data in place (see root-clone.test.ts for when it cannot).
    await chmod(dataDir, 0o755);
    const [port, pg, temporal, ui] = [await freePort(), await freePort(), await freePort(), await freePort()];
    env = {
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      DEV_POSTGRES_PORT: String(pg),
      DEV_TEMPORAL_PORT: String(temporal),
      DEV_TEMPORAL_UI_PORT: String(ui),
      ADMIN_TOKEN: TOKEN,
      LOG_LEVEL: 'warn',
    };
    api = `http://127.0.0.1:${port}`;
  });
  afterAll(async () => {
    for (const system of started) await system.interrupt();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('runs the API and the worker as separate compiled processes, stops everything on Ctrl+C, and starts again with its data', async () => {
    started.push(await LocalSystem.start(env));
    const ready = await fetch(`${api}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ ok: true });
    expect((await fetch(`http://127.0.0.1:${env.DEV_TEMPORAL_UI_PORT}/`)).status).toBe(200);

    // The production shape: each role its own OS process running dist/ under plain node, beside the supervisor.
    const supervisor = started[0].process(/dist\/main\.js$/);
    const apiRole = started[0].process(/^\S*node \S*dist\/api\/server\.js$/);
    const workerRole = started[0].process(/^\S*node \S*dist\/worker\.js$/);
    expect(new Set([supervisor.pid, apiRole.pid, workerRole.pid]).size).toBe(3);
    expect([apiRole.ppid, workerRole.ppid]).toEqual([supervisor.pid, supervisor.pid]);
    // glibc's malloc arenas capped for the worker's native threads (src/process/role-process.ts).
    expect(readFileSync(`/proc/${workerRole.pid}/environ`, 'utf8').split('\0')).toContain('MALLOC_ARENA_MAX=2');
    started[0].process(/bin\/postgres -D /);
    started[0].process(/temporal server start-dev /);

    expect(await storeSomething(api, TOKEN)).toBe(201);
    expect(await started[0].stop()).toEqual({ code: 0, left: [] });

    started.push(await LocalSystem.start(env));
    expect(await hasWhatWasStored(api, TOKEN)).toBe(true);
    expect(started[1].processes().length).toBeGreaterThanOrEqual(5);
    expect(await started[1].stop()).toEqual({ code: 0, left: [] });
  });
});
