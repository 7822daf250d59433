import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { Config } from '../../src/config';

const ROOT = path.resolve(__dirname, '../..');

/** A worker as production runs it: `npm run worker`'s entry point in its own process, which a test may kill. */
export class WorkerProcess {
  private output = '';

  private constructor(readonly child: ChildProcess) {
    child.stdout?.on('data', (c: Buffer) => (this.output += c.toString()));
    child.stderr?.on('data', (c: Buffer) => (this.output += c.toString()));
  }

  static async start(config: Config): Promise<WorkerProcess> {
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      DATABASE_URL: config.DATABASE_URL,
      TEMPORAL_ADDRESS: config.TEMPORAL_ADDRESS,
      TEMPORAL_NAMESPACE: config.TEMPORAL_NAMESPACE,
      TEMPORAL_TASK_QUEUE: config.TEMPORAL_TASK_QUEUE,
      SECRET_KEY: config.SECRET_KEY,
      OUTGOING_ALLOW_NETWORKS: config.OUTGOING_ALLOW_NETWORKS.map((r) => `${r.address}/${r.prefix}`).join(','),
    };
    // tsx as a loader, not its CLI: one process, so SIGKILL reaches the worker itself.
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/worker.ts'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const worker = new WorkerProcess(child);
    await worker.waitForOutput(/worker: polling task queue/, 120_000);
    return worker;
  }

  /** SIGKILL: no shutdown, no draining; whatever it was doing is simply gone. */
  async crash(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGKILL');
    await exited;
  }

  private async waitForOutput(pattern: RegExp, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!pattern.test(this.output)) {
      if (this.child.exitCode !== null) throw new Error(`worker exited (${this.child.exitCode}):\n${this.output}`);
      if (Date.now() > deadline) throw new Error(`worker did not start within ${timeoutMs / 1000} s:\n${this.output}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}
