import { spawnManaged } from '../../../src/dev/child-process';

/** A child that prints `lines` (one per entry) and exits 2, as a crashing helper would. */
async function exitedAfterPrinting(lines: string[]) {
  const script = `process.stdout.write(${JSON.stringify(lines.join('\n'))} + '\\n'); process.exit(2);`;
  const child = spawnManaged(process.execPath, ['-e', script], { name: 'helper' });
  expect((await child.exited).code).toBe(2);
  return child.recentOutput().split('\n');
}

describe('a helper that exits early', () => {
  it("keeps a Go panic's cause when its stack is longer than the lines kept", async () => {
    const stack = Array.from({ length: 40 }, (_, i) => `\tframe ${i}`);
    const output = await exitedAfterPrinting(['starting', 'panic: listen tcp 127.0.0.1:7233: bind: address already in use', '', 'goroutine 1 [running]:', ...stack]);
    expect(output[0]).toBe('panic: listen tcp 127.0.0.1:7233: bind: address already in use');
    expect(output.slice(2)).toEqual(stack.slice(-20));
  });

  it('names the cause once when it is still among the last lines', async () => {
    const output = await exitedAfterPrinting(['panic: boom', 'goroutine 1 [running]:', '\tframe 0']);
    expect(output).toEqual(['panic: boom', 'goroutine 1 [running]:', '\tframe 0']);
  });
});
