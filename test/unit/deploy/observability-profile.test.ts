import { execFileSync } from 'node:child_process';
import path from 'node:path';

// No Docker engine in CI: the compose file's observability profile is checked as YAML against the app's ports.
describe('docker-compose observability profile', () => {
  it('passes deploy/check-observability.py', () => {
    const out = execFileSync('python3', [path.resolve(__dirname, '../../../deploy/check-observability.py')], { encoding: 'utf8' });
    expect(out).toMatch(/OK$/m);
  });
});
