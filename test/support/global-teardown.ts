import { rm } from 'node:fs/promises';

export default async function globalTeardown(): Promise<void> {
  await globalThis.__callhooksTestServices?.stop();
  if (process.env.CALLHOOKS_TEST_WORKFLOW_BUNDLE) await rm(process.env.CALLHOOKS_TEST_WORKFLOW_BUNDLE, { force: true });
}
