import { fieldChanges } from '../../../src/audit/changes';
import { maskSecrets } from '../../../src/security/mask';
import { allowedRoles, refusal, type Principal } from '../../../src/security/roles';

describe('audit diffs', () => {
  it('lists only the fields that changed, without bookkeeping fields', () => {
    const before = { id: 'tag_1', name: 'HOMEOWNER', description: '', sources: [], updated_at: '2026-01-01T00:00:00Z' };
    const after = { ...before, description: 'Owns the home', updated_at: '2026-01-02T00:00:00Z' };
    expect(fieldChanges(before, after)).toEqual([{ field: 'description', before: '', after: 'Owns the home' }]);
  });

  it('shows every field of a created or deleted resource', () => {
    expect(fieldChanges(undefined, { id: 'x', name: 'a', enabled: true })).toEqual([
      { field: 'name', before: null, after: 'a' },
      { field: 'enabled', before: null, after: true },
    ]);
    expect(fieldChanges({ id: 'x', name: 'a' }, undefined)).toEqual([{ field: 'name', before: 'a', after: null }]);
  });

  it('redacts secrets, and still records that a secret changed', () => {
    const before = { auth_key: 'ihk_old_secret_value', url: 'https://h.example/call-data?auth_key=ihk_old_secret_value', headers: { Authorization: 'Bearer a', Accept: 'x' } };
    const after = { auth_key: 'ihk_new_secret_value', url: 'https://h.example/call-data?auth_key=ihk_new_secret_value', headers: { Authorization: 'Bearer b', Accept: 'x' } };
    const changes = fieldChanges(before, after);
    expect(changes).toEqual([
      { field: 'auth_key', before: '[redacted]', after: '[redacted]' },
      { field: 'url', before: 'https://h.example/call-data?auth_key=[redacted]', after: 'https://h.example/call-data?auth_key=[redacted]' },
      { field: 'headers', before: { Authorization: '[redacted]', Accept: 'x' }, after: { Authorization: '[redacted]', Accept: 'x' } },
    ]);
    expect(JSON.stringify(changes)).not.toMatch(/secret_value|Bearer/);
  });
});

describe('secret masking', () => {
  it('masks secrets wherever they are nested and leaves other fields alone', () => {
    expect(
      maskSecrets({ data: [{ name: 'n', signing_secret: 'whsec_x', example_url: 'https://u:p@h.example/?token=t&a=1', headers: { 'X-Api-Key': 'k', Accept: 'a' } }], next_cursor: null }),
    ).toEqual({ data: [{ name: 'n', signing_secret: '[redacted]', example_url: 'https://[redacted]@h.example/?token=[redacted]&a=1', headers: { 'X-Api-Key': '[redacted]', Accept: 'a' } }], next_cursor: null });
  });
});

describe('roles', () => {
  const principal = (role: Principal['role'], instanceAdmin = false): Principal => ({ orgId: 'o', tokenId: 't', tokenName: 'n', role, instanceAdmin });

  it('admits read tokens to GET routes only, platform tokens to platform routes only', () => {
    expect(allowedRoles('org', 'get')).toEqual(['admin', 'read']);
    expect(allowedRoles('org', 'delete')).toEqual(['admin']);
    expect(refusal(principal('read'), 'org', 'get')).toBeUndefined();
    expect(refusal(principal('read'), 'org', 'post')).toMatch(/read token cannot do this; it needs a token with role admin/);
    expect(refusal(principal('platform'), 'org', 'get')).toBeDefined();
    expect(refusal(principal('platform'), 'platform', 'post')).toBeUndefined();
    expect(refusal(principal('read'), 'platform', 'post')).toBeDefined();
  });

  it('admits only the instance admin to instance routes', () => {
    expect(refusal(principal('admin'), 'instance', 'get')).toMatch(/instance admin/);
    expect(refusal(principal('admin', true), 'instance', 'post')).toBeUndefined();
  });
});
