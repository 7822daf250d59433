import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

/** A role of the system (or the floor's worker) in its own process, as production runs it. */
export class RoleProcess {
  private output = '';

  private constructor(
    readonly name: string,
    readonly child: ChildProcess,
  ) {
    child.stdout?.on('data', (c: Buffer) => (this.output += c.toString()));
    child.stderr?.on('data', (c: Buffer) => (this.output += c.toString()));
  }

  /** `args` after node's own: a compiled entry (`dist/worker.js`), or a loader and a TypeScript entry. */
  static async start(name: string, args: string[], env: Record<string, string | undefined>, ready: RegExp): Promise<RoleProcess> {
    // BENCH_PROFILE=worker (or api) writes a V8 CPU profile of that role to /tmp/callhooks-profiles at exit.
    const profile = process.env.BENCH_PROFILE === name ? ['--cpu-prof', '--cpu-prof-dir=/tmp/callhooks-profiles'] : [];
    const child = spawn(process.execPath, [...profile, ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const role = new RoleProcess(name, child);
    const deadline = Date.now() + 180_000;
    while (!ready.test(role.output)) {
      if (child.exitCode !== null) throw new Error(`${name} exited (${child.exitCode}):\n${role.output}`);
      if (Date.now() > deadline) throw new Error(`${name} did not start:\n${role.output}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    return role;
  }

  /** Resident memory in MiB, from /proc. */
  rssMiB(): number {
    return this.statusMiB('VmRSS');
  }

  /** The most resident memory this process has had since it started, in MiB: what it must be given. */
  peakRssMiB(): number {
    return this.statusMiB('VmHWM');
  }

  private statusMiB(field: 'VmRSS' | 'VmHWM'): number {
    const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
    return Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN) / 1024;
  }

  /** Total CPU seconds (user + system) this process has used, from /proc. */
  cpuSeconds(): number {
    return cpuSecondsOf(`/proc/${this.child.pid}/stat`);
  }

  /** CPU seconds of the process's main thread alone: the one JavaScript runs on (GC helpers and libuv aside). */
  mainThreadCpuSeconds(): number {
    return cpuSecondsOf(`/proc/${this.child.pid}/task/${this.child.pid}/stat`);
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  }
}

function cpuSecondsOf(statFile: string): number {
  const fields = readFileSync(statFile, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}
