import { describeExit, type ExitStatus, type Running } from '../dev/child-process';

const FIRST_DELAY_MS = 1_000;
const MAX_DELAY_MS = 30_000;
/** A process that ran this long before dying gets the short delay again, not the grown one. */
const STABLE_AFTER_MS = 30_000;

export interface SuperviseOptions<T extends Running> {
  /** How the console names it: `PostgreSQL`, `worker`. */
  name: string;
  /** Starts it and resolves once it is ready; called again for every restart, on the same data. */
  start: () => Promise<T>;
  log: (line: string) => void;
}

/**
 * Keeps one process of `npm start` running: the first start must succeed (its error stops `npm start`), and
 * whenever it dies unexpectedly it is started again with exponential backoff, saying so on the console.
 */
export class Supervised<T extends Running> {
  private stopping = false;
  private delayMs = FIRST_DELAY_MS;
  private restarting: Promise<void> = Promise.resolve();
  private cancelWait?: () => void;

  private constructor(
    private running: T,
    private readonly options: SuperviseOptions<T>,
  ) {
    this.watch(running);
  }

  static async start<T extends Running>(options: SuperviseOptions<T>): Promise<Supervised<T>> {
    return new Supervised(await options.start(), options);
  }

  /** The process as last started (its address or URL does not change across restarts). */
  get current(): T {
    return this.running;
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.cancelWait?.();
    await this.restarting;
    await this.running.stop();
  }

  private watch(running: T): void {
    const startedAt = Date.now();
    void running.exited.then((status) => {
      if (this.stopping) return;
      if (Date.now() - startedAt >= STABLE_AFTER_MS) this.delayMs = FIRST_DELAY_MS;
      this.restarting = this.restart(status);
    });
  }

  private async restart(status: ExitStatus): Promise<void> {
    const { name, log } = this.options;
    const downSince = Date.now();
    log(`${name} stopped unexpectedly (${describeExit(status)}).`);
    while (!this.stopping) {
      log(`${name}: restarting in ${this.delayMs / 1000} s…`);
      await this.wait(this.delayMs);
      this.delayMs = Math.min(this.delayMs * 2, MAX_DELAY_MS);
      if (this.stopping) return;
      try {
        const next = await this.options.start();
        this.running = next;
        if (this.stopping) return;
        log(`${name} is running again (down ${((Date.now() - downSince) / 1000).toFixed(1)} s).`);
        this.watch(next);
        return;
      } catch (err) {
        log(`${name} did not start: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
  }

  private wait(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.cancelWait = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}
