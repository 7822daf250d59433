import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';

/** How a process ended: its exit code, or the signal that killed it. */
export interface ExitStatus {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export function describeExit({ code, signal }: ExitStatus): string {
  return signal ? `killed by ${signal}` : `exit code ${code}`;
}

/** A process that runs until stopped; `exited` settles when it ends, for whatever reason. */
export interface Running {
  exited: Promise<ExitStatus>;
  stop(): Promise<void>;
}

export interface ManagedProcess extends Running {
  child: ChildProcess;
  /** The last lines it printed, and a Go panic's cause however long its stack, to explain an early exit. */
  recentOutput(): string;
}

export interface ManagedOptions extends SpawnOptions {
  name: string;
  onOutput?: (line: string) => void;
  /** Its own stdout/stderr go straight to ours (roles that print for the user) instead of through onOutput. */
  inheritOutput?: boolean;
  /** A message channel (process.send), for a role to say it is ready. */
  ipc?: boolean;
  /** What asks it to stop; SIGKILL follows 10 s later. PostgreSQL wants SIGINT (fast shutdown). */
  stopSignal?: NodeJS.Signals;
}

/**
 * Spawns a long-running helper (database, Temporal, a role) and returns a stop that escalates to SIGKILL,
 * so `npm start` and the tests never leave one behind.
 */
export function spawnManaged(command: string, args: string[], options: ManagedOptions): ManagedProcess {
  const { name: _name, onOutput, inheritOutput, ipc, stopSignal = 'SIGTERM', ...spawnOptions } = options;
  const output = inheritOutput ? 'inherit' : 'pipe';
  // Its own process group: Ctrl+C in a terminal reaches only us, and we stop helpers in order (API and
  // worker first, then the servers they use).
  const child = spawn(command, args, { ...spawnOptions, detached: true, stdio: ['ignore', output, output, ...(ipc ? ['ipc' as const] : [])] });
  const recent: string[] = [];
  // A Go panic's cause comes first and its stack after: keep the cause even when the stack pushes it out.
  let panicked: string | undefined;
  const forward = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (!line.trim()) continue;
      if (!panicked && /^(panic|fatal error): /.test(line)) panicked = line;
      recent.push(line);
      if (recent.length > 20) recent.shift();
      onOutput?.(line);
    }
  };
  child.stdout?.on('data', forward);
  child.stderr?.on('data', forward);
  const exited = new Promise<ExitStatus>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
    // A spawn that fails (missing or non-executable file) never exits; it only reports the error.
    child.once('error', (err) => {
      recent.push(err.message);
      resolve({ code: -1, signal: null });
    });
  });
  // Last resort if this process dies without running its shutdown.
  const killOnExit = () => child.kill(stopSignal);
  process.once('exit', killOnExit);
  void exited.then(() => process.removeListener('exit', killOnExit));
  return {
    child,
    exited,
    recentOutput: () => [...(panicked && !recent.includes(panicked) ? [panicked, '…'] : []), ...recent].join('\n'),
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
      child.kill(stopSignal);
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Polls `probe` until it resolves true or the deadline passes. */
export async function waitFor(what: string, probe: () => Promise<boolean>, timeoutMs: number, isAlive: () => boolean = () => true): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive()) throw new Error(`${what} exited before it became ready`);
    if (await probe().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${what} did not become ready within ${Math.round(timeoutMs / 1000)} s`);
}
