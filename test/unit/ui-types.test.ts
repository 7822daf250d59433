import { spawnSync } from 'node:child_process';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const FILE = path.join(ROOT, 'admin-ui/src/api/schema.gen.d.ts');

// In a child process: openapi-typescript's CommonJS build loads ES modules, which jest's module system cannot.
const check = () => spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), ['scripts/ui-types.ts', '--check'], { cwd: ROOT, encoding: 'utf8' });

describe('the admin UI types (npm run ui-types)', () => {
  it('are generated from the OpenAPI document the API serves now', () => {
    const result = check();
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  }, 60_000);

  it('fail the check, naming the fix, once the API and the file part ways', () => {
    const committed = readFileSync(FILE, 'utf8');
    try {
      appendFileSync(FILE, 'export type Drifted = true;\n');
      const result = check();
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('Run npm run ui-types');
    } finally {
      writeFileSync(FILE, committed);
    }
  }, 60_000);
});
