// Runs `npm run build` when dist/ is missing or older than what it is built from, so `npm start`, `npm run api`
// and `npm run worker` always run compiled JavaScript of the current sources, at the cost of a stat per source
// file when nothing changed. The build writes dist/workflow-bundle.js last, so its time is the build's.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const built = path.join(root, 'dist', 'workflow-bundle.js');
const inputs = ['src', 'package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json'];

function newest(file) {
  const stat = statSync(file, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(file).map((name) => newest(path.join(file, name))));
}

const builtAt = statSync(built, { throwIfNoEntry: false })?.mtimeMs ?? 0;
if (Math.max(...inputs.map((input) => newest(path.join(root, input)))) > builtAt) {
  console.log(builtAt ? 'Sources changed since the last build: npm run build…' : 'First start: npm run build…');
  const { status } = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}
