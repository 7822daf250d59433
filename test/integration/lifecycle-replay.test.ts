import { temporal } from '@temporalio/proto';
import { Worker } from '@temporalio/worker';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { testServices } from '../support/stack';

// Determinism guard: histories of complete calls, recorded with `npx tsx test/replay/record.ts`, must replay
// against the current workflow code. A failure here means the change would break calls already running:
// guard it with `patched()`, or — if no old call can be running any more — re-record (see test/replay/record.ts).
const dir = path.join(__dirname, '../replay/histories');

describe('replay of recorded call histories', () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

  it('has recorded histories to replay', () => {
    expect(files.length).toBeGreaterThanOrEqual(3);
  });

  it('replays every recorded call against the current workflow code without nondeterminism', async () => {
    const histories = files.map((file) => {
      const { workflowId, history } = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
      return { workflowId: `${workflowId}`, history: temporal.api.history.v1.History.fromObject(history) };
    });
    const replayed: string[] = [];
    for await (const result of Worker.runReplayHistories({ workflowBundle: { codePath: testServices().workflowBundlePath } }, histories)) {
      expect(result.error).toBeUndefined();
      replayed.push(result.workflowId);
    }
    expect(replayed).toHaveLength(files.length);
  });
});
