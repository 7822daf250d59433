import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../src/dev/free-port';

const ROOT = path.resolve(__dirname, '../..');
const TOKEN = 'chk_npm_start_test_token_0001';

/** `npm start`'s entry point as a user runs it: embedded PostgreSQL and a Temporal dev server of its own. */
class LocalSystem {
  private output = '';

  private constructor(readonly child: ChildProcess) {
    child.stdout?.on('data', (c: Buffer) => (this.output += c.toString()));
    child.stderr?.on('data', (c: Buffer) => (this.output += c.toString()));
  }

  static async start(env: Record<string, string>): Promise<LocalSystem> {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: ROOT,
      // Only what a user's shell would have: no DATABASE_URL / TEMPORAL_ADDRESS, so everything is local.
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const system = new LocalSystem(child);
    const deadline = Date.now() + 240_000;
    while (!system.output.includes('callhooks is running')) {
      if (child.exitCode !== null) throw new Error(`npm start exited (${child.exitCode}):\n${system.output}`);
      if (Date.now() > deadline) throw new Error(`npm start was not ready in time:\n${system.output}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    return system;
  }

  /** Ctrl+C: SIGINT to the process, which must stop everything it started. */
  async interrupt(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.child.once('exit', (code) => resolve(code)));
    this.child.kill('SIGINT');
    return exited;
  }
}

/** Processes whose command line names the data directory: the embedded PostgreSQL and the Temporal dev server. */
function processesUsing(dataDir: string): string[] {
  const lines = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' }).split('\n');
  return lines.filter((line) => line.includes(dataDir) && !line.includes('ps -eo'));
}

async function waitUntilGone(dataDir: string): Promise<string[]> {
  const deadline = Date.now() + 20_000;
  let left = processesUsing(dataDir);
  while (left.length > 0 && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 200));
    left = processesUsing(dataDir);
  }
  return left;
}

describe('npm start on a machine with nothing running', () => {
  let dataDir: string;
  let env: Record<string, string>;
  let api: string;
  const started: LocalSystem[] = [];

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'callhooks-start-'));
    // As root, PostgreSQL runs as the `postgres` user, which must reach its data directory.
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
    for (const system of started) if (system.child.exitCode === null) await system.interrupt();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('runs everything, stops everything on Ctrl+C, and starts again with its data', async () => {
    started.push(await LocalSystem.start(env));
    const ready = await fetch(`${api}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ ok: true });
    expect((await fetch(`http://127.0.0.1:${env.DEV_TEMPORAL_UI_PORT}/`)).status).toBe(200);
    expect(processesUsing(dataDir).length).toBeGreaterThan(0);

    const auth = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };
    const created = await fetch(`${api}/api/v1/outgoing-webhooks`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ name: 'kept across restarts', event_types: ['call.hangup'], url: 'https://example.com/hook', body_template: '{}' }),
    });
    expect(created.status).toBe(201);

    expect(await started[0].interrupt()).toBe(0);
    expect(await waitUntilGone(dataDir)).toEqual([]);

    started.push(await LocalSystem.start(env));
    const list = (await (await fetch(`${api}/api/v1/outgoing-webhooks`, { headers: auth })).json()) as { data: Array<{ name: string }> };
    expect(list.data.map((w) => w.name)).toEqual(['kept across restarts']);

    expect(await started[1].interrupt()).toBe(0);
    expect(await waitUntilGone(dataDir)).toEqual([]);
  });
});
