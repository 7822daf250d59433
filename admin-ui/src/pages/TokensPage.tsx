import { useState, type FormEvent } from 'react';
import { api, seg } from '../api/client';
import type { ApiToken, CreatedToken, Page, TokenRole } from '../api/types';
import { useAuth, useCanWrite } from '../auth';
import { CopyButton } from '../components/CodeBlock';
import { PagedTable } from '../components/PagedTable';
import { Badge, ConfirmButton, EmptyState, ErrorAlert, Field, PageHeader, type BadgeTone } from '../components/ui';
import { formatDateTime } from '../format';
import { useCursorPages, useSave } from '../hooks';

const ROLES: Record<TokenRole, string> = {
  admin: 'Admin: everything in the organization',
  read: 'Read: views everything (secrets masked), changes nothing',
  platform: 'Platform: posts call events, nothing else',
};

const EXPIRIES: { label: string; days: number | null }[] = [
  { label: 'Never', days: null },
  { label: 'In 7 days', days: 7 },
  { label: 'In 30 days', days: 30 },
  { label: 'In 90 days', days: 90 },
  { label: 'In a year', days: 365 },
];

const STATUS_TONES: Record<ApiToken['status'], BadgeTone> = { active: 'green', expired: 'gray', revoked: 'red' };

export function TokensPage() {
  const { me } = useAuth();
  const canWrite = useCanWrite();
  const pages = useCursorPages((cursor, signal) => api.get<Page<ApiToken>>('/tokens', { limit: 100, cursor }, signal), '');
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const [revokeError, setRevokeError] = useState<unknown>(null);

  const revoke = async (token: ApiToken) => {
    setRevokeError(null);
    try {
      await api.del(`/tokens/${seg(token.id)}`);
      pages.reload();
    } catch (err) {
      setRevokeError(err);
    }
  };

  return (
    <>
      <PageHeader
        title="API Tokens"
        subtitle="Tokens open the API and this dashboard for one organization, with one role. A token is shown once, when it is created."
      />
      {created ? <NewTokenNotice token={created} onDone={() => setCreated(null)} /> : null}
      {canWrite ? (
        <CreateTokenForm
          onCreated={(t) => {
            setCreated(t);
            pages.reload();
          }}
        />
      ) : null}
      <ErrorAlert error={pages.error} />
      {revokeError ? <ErrorAlert error={revokeError} title="Could not revoke the token." /> : null}
      <PagedTable
        pages={pages}
        label="API tokens"
        columns={['Name', 'Role', 'Status', 'Expires', 'Last used', 'Actions']}
        empty={<EmptyState title="No tokens">Create one above.</EmptyState>}
      >
        {(t) => (
          <tr key={t.id}>
            <td>
              {t.name}
              <div className="muted small">
                created {formatDateTime(t.created_at)}
                {t.id === me?.token.id ? ' · this session' : ''}
              </div>
            </td>
            <td>
              <Badge tone="blue">{t.role}</Badge>
              {t.instance_admin ? (
                <>
                  {' '}
                  <Badge tone="purple" title="Manages organizations (ADMIN_TOKEN)">
                    instance admin
                  </Badge>
                </>
              ) : null}
            </td>
            <td>
              <Badge tone={STATUS_TONES[t.status]}>{t.status}</Badge>
            </td>
            <td className="nowrap">{t.expires_at ? formatDateTime(t.expires_at) : 'Never'}</td>
            <td className="nowrap">{t.last_used_at ? formatDateTime(t.last_used_at) : 'Never'}</td>
            <td className="actions">
              {canWrite && t.status === 'active' ? (
                <ConfirmButton label="Revoke" accessibleName={`Revoke ${t.name}`} className="btn btn-danger btn-sm" onConfirm={() => revoke(t)} />
              ) : null}
            </td>
          </tr>
        )}
      </PagedTable>
    </>
  );
}

function CreateTokenForm({ onCreated }: { onCreated: (token: CreatedToken) => void }) {
  const [name, setName] = useState('');
  const [role, setRole] = useState<TokenRole>('read');
  const [expiry, setExpiry] = useState('30');
  const save = useSave();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save.run(name.trim() ? null : 'Give the token a name, e.g. who or what uses it.', async () => {
      const days = expiry === '' ? null : Number(expiry);
      const expires_at = days === null ? null : new Date(Date.now() + days * 86_400_000).toISOString();
      onCreated(await api.post<CreatedToken>('/tokens', { name: name.trim(), role, expires_at }));
      setName('');
    });
  };

  return (
    <form className="card form" onSubmit={submit} aria-label="Create token" noValidate>
      <h2>Create token</h2>
      <div className="form-row">
        <Field label="Name" help="Who or what uses it: it names the token in the audit log.">
          {(p) => <input {...p} type="text" value={name} onChange={(e) => setName(e.target.value)} maxLength={100} />}
        </Field>
        <Field label="Role">
          {(p) => (
            <select {...p} value={role} onChange={(e) => setRole(e.target.value as TokenRole)}>
              {(Object.keys(ROLES) as TokenRole[]).map((r) => (
                <option key={r} value={r}>
                  {ROLES[r]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Expires">
          {(p) => (
            <select {...p} value={expiry} onChange={(e) => setExpiry(e.target.value)}>
              {EXPIRIES.map((x) => (
                <option key={x.label} value={x.days ?? ''}>
                  {x.label}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      {save.error ? <ErrorAlert error={save.error} title="Could not create the token." /> : null}
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={save.saving}>
          {save.saving ? 'Creating…' : 'Create token'}
        </button>
      </div>
    </form>
  );
}

function NewTokenNotice({ token, onDone }: { token: CreatedToken; onDone: () => void }) {
  return (
    <div className="alert alert-warning" role="alert" data-testid="new-token">
      <strong>Token “{token.name}” — copy it now.</strong> It will not be shown again; only its hash is kept.
      <div className="secret-row">
        <code className="break">{token.token}</code> <CopyButton text={token.token} label="Copy token" />
        <button type="button" className="btn btn-ghost btn-sm" onClick={onDone}>
          I have saved it
        </button>
      </div>
    </div>
  );
}
