/**
 * Runs one role of the system (api, worker, everything) until SIGINT/SIGTERM, then runs its shutdown once.
 * Startup errors print a message and exit non-zero instead of a stack trace.
 */
export function runRole(name: string, start: () => Promise<() => Promise<void>>): void {
  let stopping = false;
  start().then(
    (shutdown) => {
      const stop = (signal: string) => {
        if (stopping) return;
        stopping = true;
        console.log(`${name}: ${signal} received, shutting down…`);
        shutdown().then(
          () => process.exit(0),
          (err) => {
            console.error(`${name}: shutdown failed:`, err);
            process.exit(1);
          },
        );
      };
      process.once('SIGINT', () => stop('SIGINT'));
      process.once('SIGTERM', () => stop('SIGTERM'));
    },
    (err) => {
      console.error(`${name}: ${err instanceof Error ? err.message : String(err)}`);
      process.exit(1);
    },
  );
}
