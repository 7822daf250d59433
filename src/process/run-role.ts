/** What a role sends its supervisor (over the IPC channel of `npm start`) once it serves. */
export const READY_MESSAGE = 'ready';

/**
 * Runs one role of the system (api, worker, everything) until SIGINT/SIGTERM, then runs its shutdown once.
 * Startup errors print a message and exit non-zero instead of a stack trace. Under `npm start` the role tells
 * its supervisor when it is ready, and stops when the supervisor is gone.
 */
export function runRole(name: string, start: () => Promise<() => Promise<void>>): void {
  let stopping = false;
  start().then(
    (shutdown) => {
      const stop = (reason: string) => {
        // A terminal's Ctrl+C reaches npm and us both, and npm passes it on: one shutdown is enough.
        if (stopping) return;
        stopping = true;
        console.log(`${name}: ${reason}, shutting down…`);
        shutdown().then(
          () => process.exit(0),
          (err) => {
            console.error(`${name}: shutdown failed:`, err);
            process.exit(1);
          },
        );
      };
      process.on('SIGINT', () => stop('SIGINT received'));
      process.on('SIGTERM', () => stop('SIGTERM received'));
      if (process.send) {
        process.once('disconnect', () => stop('supervisor gone'));
        process.send(READY_MESSAGE);
      }
    },
    (err) => {
      console.error(`${name}: ${err instanceof Error ? err.message : String(err)}`);
      process.exit(1);
    },
  );
}
