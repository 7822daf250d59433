import { bundleWorkflowCode } from '@temporalio/worker';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The call workflows bundled for Temporal's sandbox by `npm run build` (dist/workflow-bundle.js), so a worker
 * starts without running webpack, in less time and memory. Absent when running from TypeScript sources.
 */
export const WORKFLOW_BUNDLE_PATH = path.join(__dirname, '..', 'workflow-bundle.js');

export function prebuiltWorkflowBundle(): string | undefined {
  return existsSync(WORKFLOW_BUNDLE_PATH) ? WORKFLOW_BUNDLE_PATH : undefined;
}

const noop = () => undefined;

async function buildWorkflowBundle(): Promise<void> {
  const { code } = await bundleWorkflowCode({
    workflowsPath: require.resolve('../workflows'),
    logger: { trace: noop, debug: noop, info: noop, warn: (m) => console.warn(m), error: (m) => console.error(m), log: noop },
  });
  // Written last by the build: scripts/build-if-stale.mjs takes its time as the build's.
  await writeFile(WORKFLOW_BUNDLE_PATH, code);
  console.log(`workflow bundle: ${path.relative(process.cwd(), WORKFLOW_BUNDLE_PATH)} (${Math.round(code.length / 1024)} KB)`);
}

if (require.main === module) {
  buildWorkflowBundle().catch((err) => {
    console.error(`workflow bundle: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
}
