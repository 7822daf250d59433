import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

/** Pinned: a new schemathesis generates other cases; upgrading is a change of its own. */
export const SCHEMATHESIS_VERSION = '4.32.5';

const VENV = path.resolve(__dirname, `../../.tools/schemathesis-${SCHEMATHESIS_VERSION}`);
const CONFIG = path.resolve(__dirname, '../contract/schemathesis.toml');

const works = (command: string, args: string[]) => spawnSync(command, args, { stdio: 'ignore' }).status === 0;

/** Python's venv module; as root on a fresh Debian machine the test setup installs it with apt-get, once. */
function ensurePythonVenv(): void {
  if (works('python3', ['-m', 'venv', '--help']) && works('python3', ['-c', 'import ensurepip'])) return;
  if (process.getuid?.() !== 0) throw new Error('The OpenAPI contract test needs python3 with venv: install python3-venv');
  process.stderr.write('Installing python3-venv for the OpenAPI contract test…\n');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'python3', 'python3-venv'], { stdio: 'inherit', env });
}

/** The schemathesis CLI in a virtualenv under .tools/, created on first use. */
export function ensureSchemathesis(): string {
  const cli = path.join(VENV, 'bin', 'st');
  if (existsSync(cli)) return cli;
  ensurePythonVenv();
  process.stderr.write(`Installing schemathesis ${SCHEMATHESIS_VERSION} into ${VENV}…\n`);
  execFileSync('python3', ['-m', 'venv', VENV], { stdio: 'inherit' });
  execFileSync(path.join(VENV, 'bin', 'pip'), ['install', '--quiet', `schemathesis==${SCHEMATHESIS_VERSION}`], { stdio: 'inherit' });
  if (!existsSync(cli)) throw new Error(`pip installed schemathesis but ${cli} is missing`);
  return cli;
}

export interface SchemathesisRun {
  exitCode: number;
  /** The end of the CLI's output: its failures and summary. */
  output: string;
  report: { test_cases: { generated: number }; failures: unknown[]; errors: unknown[]; phases: Record<string, { status: string }> };
  /** HTTP requests it made, counted from its event log. */
  requests: number;
}

/**
 * Runs `st run` against a running API with the repository's config (test/contract/schemathesis.toml): the
 * coverage, fuzzing and stateful phases within `maxSeconds`, from a fixed seed.
 */
export async function runSchemathesis(baseUrl: string, env: Record<string, string>, maxSeconds: number): Promise<SchemathesisRun> {
  const cli = ensureSchemathesis();
  const reportDir = await mkdtemp(path.join(os.tmpdir(), 'callhooks-schemathesis-'));
  const args = [
    '--config-file', CONFIG, 'run', `${baseUrl}/api/v1/openapi.json`, '--url', baseUrl,
    '--phases', 'coverage,fuzzing,stateful', '--max-time', String(maxSeconds), '--max-examples', '20', '--seed', '20261202',
    '--no-color', '--report', 'json,ndjson', '--report-dir', reportDir,
  ];
  try {
    const { exitCode, output } = await promisify(execFile)(cli, args, { env: { ...process.env, ...env }, cwd: reportDir, maxBuffer: 64 * 1024 * 1024, timeout: (maxSeconds + 120) * 1000 }).then(
      ({ stdout }) => ({ exitCode: 0, output: stdout }),
      (err: { code?: number; stdout?: string; stderr?: string; message: string }) => ({ exitCode: typeof err.code === 'number' ? err.code : -1, output: `${err.stdout ?? ''}${err.stderr ?? ''}` || err.message }),
    );
    const files = await readdir(reportDir);
    const read = (suffix: string) => readFile(path.join(reportDir, files.find((f) => f.endsWith(suffix))!), 'utf8');
    const requests = (await read('.ndjson'))
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { ScenarioFinished?: { recorder: { interactions: object } } })
      .reduce((sum, event) => sum + Object.keys(event.ScenarioFinished?.recorder.interactions ?? {}).length, 0);
    return { exitCode, output: output.slice(-20_000), report: JSON.parse(await read('.json')), requests };
  } finally {
    await rm(reportDir, { recursive: true, force: true });
  }
}
