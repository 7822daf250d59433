import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');

export interface ProcessInfo {
  pid: number;
  ppid: number;
  args: string;
}

/**
 * `npm start` as a user runs it in a terminal: its own process group (the terminal's foreground job), only the
 * environment a user's shell would have plus `env` (no DATABASE_URL / TEMPORAL_ADDRESS, so everything is local).
 */
export class LocalSystem {
  output = '';

  private constructor(readonly child: ChildProcess) {
    child.stdout?.on('data', (c: Buffer) => (this.output += c.toString()));
    child.stderr?.on('data', (c: Buffer) => (this.output += c.toString()));
  }

  static async start(env: Record<string, string>, options: { cwd?: string } = {}): Promise<LocalSystem> {
    const child = spawn('npm', ['start'], {
      cwd: options.cwd ?? ROOT,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const system = new LocalSystem(child);
    // A first start may build dist/ before it starts anything.
    await system.waitForOutput('callhooks is running', 300_000);
    return system;
  }

  async waitForOutput(text: string, timeoutMs: number, from = 0): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!this.output.slice(from).includes(text)) {
      if (this.child.exitCode !== null) throw new Error(`npm start exited (${this.child.exitCode}):\n${this.output}`);
      if (Date.now() > deadline) throw new Error(`npm start did not print "${text}" in time:\n${this.output}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  /** Ctrl+C: SIGINT to the whole foreground process group, as a terminal sends it; resolves npm's exit code. */
  async interrupt(): Promise<number | null> {
    if (this.child.exitCode !== null) return this.child.exitCode;
    const exited = new Promise<number | null>((resolve) => this.child.once('exit', (code) => resolve(code)));
    process.kill(-this.child.pid!, 'SIGINT');
    return exited;
  }

  /** Ctrl+C, then npm's exit code and the pids of whatever it had started that still runs 20 s later. */
  async stop(): Promise<{ code: number | null; left: number[] }> {
    const pids = this.processes().map((p) => p.pid);
    const code = await this.interrupt();
    return { code, left: await waitUntilGone(pids) };
  }

  /** Every process started under `npm start`, with its command line. */
  processes(): ProcessInfo[] {
    const all = execFileSync('ps', ['-eo', 'pid=,ppid=,args='], { encoding: 'utf8' })
      .split('\n')
      .map((line) => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => ({ pid: Number(m[1]), ppid: Number(m[2]), args: m[3] }));
    const found = new Set([this.child.pid!]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const p of all) {
        if (!found.has(p.ppid) || found.has(p.pid)) continue;
        found.add(p.pid);
        grew = true;
      }
    }
    return all.filter((p) => found.has(p.pid) && p.pid !== this.child.pid);
  }

  /** The one process whose command line matches, e.g. the API role or the Temporal dev server. */
  process(pattern: RegExp): ProcessInfo {
    const matches = this.processes().filter((p) => pattern.test(p.args));
    if (matches.length !== 1) throw new Error(`expected one process matching ${pattern}, found ${matches.length}:\n${this.processes().map((p) => p.args).join('\n')}`);
    return matches[0];
  }
}

/** Whether `pid` still runs (a zombie waiting for its parent to reap it does not). */
export function isAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

/** Waits until none of `pids` runs any more; returns those still running after 20 s. */
async function waitUntilGone(pids: number[]): Promise<number[]> {
  const deadline = Date.now() + 20_000;
  while (pids.some(isAlive) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  return pids.filter(isAlive);
}

const KEPT = 'kept across restarts';

/** Stores something to find after a restart (an outgoing webhook); resolves the API's status. */
export async function storeSomething(api: string, token: string): Promise<number> {
  const res = await fetch(`${api}/api/v1/outgoing-webhooks`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name: KEPT, event_types: ['call.hangup'], url: 'https://example.com/hook', body_template: '{}' }),
  });
  return res.status;
}

/** Whether the API still has what storeSomething stored, and nothing else. */
export async function hasWhatWasStored(api: string, token: string): Promise<boolean> {
  const list = (await (await fetch(`${api}/api/v1/outgoing-webhooks`, { headers: { authorization: `Bearer ${token}` } })).json()) as { data: Array<{ name: string }> };
  return list.data.length === 1 && list.data[0].name === KEPT;
}
