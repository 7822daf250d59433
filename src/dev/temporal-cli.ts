import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import path from 'node:path';

export const TEMPORAL_CLI_MODULE = 'github.com/temporalio/cli/cmd/temporal@v1.5.1';

function executable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, name);
    if (dir && executable(candidate)) return candidate;
  }
  return undefined;
}

/**
 * Finds the `temporal` CLI: TEMPORAL_CLI_PATH, then PATH, then `<toolsDir>/bin`; otherwise builds it there
 * once with `go install` (v1.6+ cannot be go-installed, hence the pinned version).
 */
export async function locateTemporalCli(options: { explicitPath?: string; toolsDir: string; log: (line: string) => void }): Promise<string> {
  if (options.explicitPath) {
    if (!executable(options.explicitPath)) throw new Error(`TEMPORAL_CLI_PATH ${options.explicitPath} is not an executable file`);
    return options.explicitPath;
  }
  const local = path.resolve(options.toolsDir, 'bin', 'temporal');
  const found = onPath('temporal') ?? (executable(local) ? local : undefined);
  if (found) return found;

  options.log(`Building the Temporal CLI once into ${path.dirname(local)} (go install ${TEMPORAL_CLI_MODULE}); this takes a few minutes…`);
  await new Promise<void>((resolve, reject) => {
    const child = spawn('go', ['install', '-v', TEMPORAL_CLI_MODULE], {
      env: { ...process.env, GOBIN: path.dirname(local) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let built = 0;
    const progress = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n').filter(Boolean)) {
        built += 1;
        if (built % 50 === 0 || line.startsWith('go: ')) options.log(`  go install: ${line} (${built} packages)`);
      }
    };
    child.stdout.on('data', progress);
    child.stderr.on('data', progress);
    child.once('error', (err) => reject(new Error(`could not run go to build the Temporal CLI: ${err.message}`)));
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`go install ${TEMPORAL_CLI_MODULE} failed with exit code ${code}`))));
  });
  if (!executable(local)) throw new Error(`go install finished but ${local} is missing`);
  return local;
}
