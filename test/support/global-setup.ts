import { bundleWorkflowCode } from '@temporalio/worker';
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startTestServices, type TestServices } from './services';

declare global {
  var __callhooksTestServices: TestServices | undefined;
}

/** Starts the shared services once and bundles the workflow code once for every test file's worker. */
export default async function globalSetup(): Promise<void> {
  const services = await startTestServices((line) => process.stderr.write(`${line}\n`));
  globalThis.__callhooksTestServices = services;
  const bundle = await bundleWorkflowCode({ workflowsPath: require.resolve('../../src/workflows'), logger: quietLogger });
  const bundlePath = path.join(os.tmpdir(), `callhooks-workflows-${process.pid}.js`);
  await writeFile(bundlePath, bundle.code);
  process.env.CALLHOOKS_TEST_DATABASE_URL = services.databaseUrl;
  process.env.CALLHOOKS_TEST_TEMPORAL_ADDRESS = services.temporalAddress;
  process.env.CALLHOOKS_TEST_WORKFLOW_BUNDLE = bundlePath;
}

const noop = () => undefined;
const quietLogger = { trace: noop, debug: noop, info: noop, warn: noop, error: (m: string) => process.stderr.write(`${m}\n`), log: noop };
