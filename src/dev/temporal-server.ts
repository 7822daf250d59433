import { Connection } from '@temporalio/client';
import { SEARCH_ATTRIBUTE_DECLARATIONS } from '../shared/search-attributes';
import { spawnManaged, waitFor, type Running } from './child-process';

export interface RunningTemporal extends Running {
  address: string;
  webUrl?: string;
}

export interface DevServerOptions {
  cliPath: string;
  port: number;
  /** Web UI port; omit for a headless server (tests). */
  uiPort?: number;
  /** SQLite file that keeps workflows across restarts; omit for in-memory (tests). */
  dbFile?: string;
  namespace: string;
  log?: (line: string) => void;
}

/** Runs `temporal server start-dev` with the search attributes the call workflows use. */
export async function startTemporalDevServer(options: DevServerOptions): Promise<RunningTemporal> {
  const args = ['server', 'start-dev', '--ip', '127.0.0.1', '--port', String(options.port), '--namespace', options.namespace, '--log-level', 'warn'];
  if (options.dbFile) {
    // WAL with synchronous=normal: survives a crash of the server process (the WAL is replayed), not a power
    // loss of the machine, which may take the last transactions. Measured (bench/results.json and issue 10):
    // 2× the start rate of SQLite's defaults, whose fsync per commit overloads a 2-core machine at 10 calls/s.
    // Production runs Temporal on PostgreSQL (docker-compose.yml), where this trade-off does not arise.
    args.push('--db-filename', options.dbFile, '--sqlite-pragma', 'journal_mode=wal', '--sqlite-pragma', 'synchronous=normal');
  }
  if (options.uiPort) args.push('--ui-port', String(options.uiPort));
  else args.push('--headless');
  for (const declaration of SEARCH_ATTRIBUTE_DECLARATIONS) args.push('--search-attribute', declaration);
  // Updates are on by default in v1.5. Eager activity execution hands a delivery activity back to the worker in
  // the answer to its workflow task, skipping a trip through the matching service on every delivery.
  args.push('--dynamic-config-value', 'frontend.enableUpdateWorkflowExecution=true');
  args.push('--dynamic-config-value', 'system.enableActivityEagerExecution=true');

  const server = spawnManaged(options.cliPath, args, { name: 'temporal', onOutput: options.log });
  const address = `127.0.0.1:${options.port}`;
  try {
    await waitFor(
      'Temporal dev server',
      async () => {
        const connection = await Connection.connect({ address, connectTimeout: 1000 });
        try {
          await connection.workflowService.describeNamespace({ namespace: options.namespace });
          return true;
        } finally {
          await connection.close();
        }
      },
      120_000,
      () => server.child.exitCode === null,
    );
  } catch (err) {
    await server.stop();
    const output = server.recentOutput();
    throw new Error(`${(err as Error).message}${output ? `:\n${output}` : ''}`, { cause: err });
  }
  return {
    address,
    webUrl: options.uiPort ? `http://127.0.0.1:${options.uiPort}` : undefined,
    exited: server.exited,
    stop: () => server.stop(),
  };
}
