import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { Config } from '../../src/config';
import { freePort } from '../../src/dev/free-port';

const ROOT = path.resolve(__dirname, '../..');

/** A role as production runs it (`npm run worker` / `npm run api`) in its own process, which a test may kill. */
class RoleProcess {
  protected output = '';

  protected constructor(readonly child: ChildProcess) {
    child.stdout?.on('data', (c: Buffer) => (this.output += c.toString()));
    child.stderr?.on('data', (c: Buffer) => (this.output += c.toString()));
  }

  protected static spawn(entry: string, config: Config, env: NodeJS.ProcessEnv = {}): ChildProcess {
    const base: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      DATABASE_URL: config.DATABASE_URL,
      TEMPORAL_ADDRESS: config.TEMPORAL_ADDRESS,
      TEMPORAL_NAMESPACE: config.TEMPORAL_NAMESPACE,
      TEMPORAL_TASK_QUEUE: config.TEMPORAL_TASK_QUEUE,
      SECRET_KEY: config.SECRET_KEY,
      OUTGOING_ALLOW_NETWORKS: config.OUTGOING_ALLOW_NETWORKS.map((r) => `${r.address}/${r.prefix}`).join(','),
      // A port of its own, so workers of parallel test files never compete for the default.
      WORKER_METRICS_PORT: '0',
    };
    // tsx as a loader, not its CLI: one process, so SIGKILL reaches the role itself.
    return spawn(process.execPath, ['--import', 'tsx', entry], { cwd: ROOT, env: { ...base, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  }

  /** What it printed so far, line by line. */
  get lines(): string[] {
    return this.output.split('\n').filter(Boolean);
  }

  /** SIGTERM, and wait for its orderly shutdown (buffered spans and log records are flushed). */
  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGTERM');
    await exited;
  }

  /** SIGKILL: no shutdown, no draining; whatever it was doing is simply gone. */
  async crash(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGKILL');
    await exited;
  }

  protected async waitForOutput(pattern: RegExp, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!pattern.test(this.output)) {
      if (this.child.exitCode !== null) throw new Error(`process exited (${this.child.exitCode}):\n${this.output}`);
      if (Date.now() > deadline) throw new Error(`process did not start within ${timeoutMs / 1000} s:\n${this.output}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

export class WorkerProcess extends RoleProcess {
  static async start(config: Config, env: NodeJS.ProcessEnv = {}): Promise<WorkerProcess> {
    const worker = new WorkerProcess(RoleProcess.spawn('src/worker.ts', config, env));
    await worker.waitForOutput(/worker: polling task queue/, 120_000);
    return worker;
  }

  /** Its /metrics listener (on a free port, see spawn). */
  get metricsUrl(): string {
    const url = /worker: metrics at (\S+)/.exec(this.output)?.[1];
    if (!url) throw new Error(`the worker announced no metrics listener:\n${this.output}`);
    return url;
  }
}

export class ApiProcess extends RoleProcess {
  private constructor(
    child: ChildProcess,
    readonly url: string,
  ) {
    super(child);
  }

  static async start(config: Config, env: NodeJS.ProcessEnv = {}): Promise<ApiProcess> {
    const port = await freePort();
    const api = new ApiProcess(RoleProcess.spawn('src/api/server.ts', config, { ...env, PORT: String(port), HOST: '127.0.0.1' }), `http://127.0.0.1:${port}`);
    await api.waitForOutput(/api: listening on/, 120_000);
    return api;
  }
}
