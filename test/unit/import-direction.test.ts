import { execFileSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const CONFIG = path.join(ROOT, '.dependency-cruiser.cjs');

/** The rules `npm run lint` breaks on, for the `src/` under `cwd`. */
function violations(cwd: string): Array<{ rule: string; from: string; to: string }> {
  let out: string;
  try {
    out = execFileSync(path.join(ROOT, 'node_modules/.bin/depcruise'), ['src', '--config', CONFIG, '--output-type', 'json'], { cwd, encoding: 'utf8' });
  } catch (err) {
    // Violations make it exit non-zero; the report is still on stdout.
    out = (err as { stdout: string }).stdout;
  }
  const report = JSON.parse(out) as { summary: { violations: Array<{ rule: { name: string }; from: string; to: string }> } };
  return report.summary.violations.map((v) => ({ rule: v.rule.name, from: v.from, to: v.to }));
}

describe('import direction (npm run lint)', () => {
  it('finds no back-import and no cycle in src/', () => {
    expect(violations(ROOT)).toEqual([]);
  });

  it('fails on a repository importing the API and on a cycle, type-only imports included', () => {
    const found = violations(path.join(ROOT, 'test/fixtures/layering'));
    expect(found).toEqual(expect.arrayContaining([
      { rule: 'api-on-top', from: 'src/db/calls.ts', to: 'src/api/problem.ts' },
      { rule: 'db-below-services', from: 'src/db/calls.ts', to: 'src/api/problem.ts' },
      expect.objectContaining({ rule: 'no-cycles', from: 'src/delivery/a.ts', to: 'src/delivery/b.ts' }),
    ]));
  });
});
