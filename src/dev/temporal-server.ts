import { Connection } from '@temporalio/client';
import { SEARCH_ATTRIBUTE_DECLARATIONS } from '../shared/search-attributes';
import { spawnManaged, waitFor } from './child-process';

export interface RunningTemporal {
  address: string;
  webUrl?: string;
  stop(): Promise<void>;
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
  if (options.dbFile) args.push('--db-filename', options.dbFile);
  if (options.uiPort) args.push('--ui-port', String(options.uiPort));
  else args.push('--headless');
  for (const declaration of SEARCH_ATTRIBUTE_DECLARATIONS) args.push('--search-attribute', declaration);
  // Updates and worker versioning are on by default in v1.5; a short cache TTL keeps tests quick.
  args.push('--dynamic-config-value', 'frontend.enableUpdateWorkflowExecution=true');

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
    throw err;
  }
  return {
    address,
    webUrl: options.uiPort ? `http://127.0.0.1:${options.uiPort}` : undefined,
    stop: () => server.stop(),
  };
}
