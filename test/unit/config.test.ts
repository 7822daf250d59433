import { loadConfig } from '../../src/config';

describe('configuration', () => {
  it('has defaults for a local start', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 3000, TEMPORAL_NAMESPACE: 'default', DATA_DIR: '.data', OUTGOING_ALLOW_NETWORKS: [] });
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it('parses the outgoing allow-list as CIDR ranges', () => {
    expect(loadConfig({ OUTGOING_ALLOW_NETWORKS: '127.0.0.0/8, ::1' }).OUTGOING_ALLOW_NETWORKS).toEqual([
      { address: '127.0.0.0', prefix: 8, family: 'ipv4' },
      { address: '::1', prefix: 128, family: 'ipv6' },
    ]);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL'],
    [{ OUTGOING_ALLOW_NETWORKS: '10.0.0.0/33' }, 'OUTGOING_ALLOW_NETWORKS'],
    [{ OUTGOING_ALLOW_NETWORKS: 'intranet' }, 'OUTGOING_ALLOW_NETWORKS'],
    [{ ADMIN_TOKEN: 'short' }, 'ADMIN_TOKEN'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
  ])('rejects %j naming the variable', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(new RegExp(`^Invalid configuration:\\n  ${variable}: `));
  });
});
