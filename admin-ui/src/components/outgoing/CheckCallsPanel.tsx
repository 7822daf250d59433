import { useState } from 'react';
import { api, errorMessage, seg } from '../../api/client';
import type { OutgoingWebhookInput } from '../../api/types';
import { Link } from '../../router';
import { Badge, Time } from '../ui';
import { previewBody } from './PreviewPanel';

interface CallCheck {
  call_id: string;
  started_at: string | null;
  outcome: 'send' | 'skip' | 'error';
  reason: string | null;
  empty: string[];
  body: string | null;
}

const OUTCOME = { send: { label: 'Sends', tone: 'green' }, skip: { label: 'Skipped', tone: 'gray' }, error: { label: 'Cannot render', tone: 'red' } } as const;

/** Before saving: what the edited webhook would do with the organization's last 20 real calls. */
export function CheckCallsPanel({ input }: { input: OutgoingWebhookInput }) {
  const [busy, setBusy] = useState(false);
  const [checks, setChecks] = useState<CallCheck[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const check = async () => {
    setBusy(true);
    setError(null);
    try {
      const { data } = await api.post<{ data: CallCheck[] }>('/outgoing-webhooks/check-calls', { ...previewBody(input), filters: input.filters });
      setChecks(data);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="ow-check-title">
      <div className="card-head">
        <h2 id="ow-check-title">Check against real calls</h2>
        <button type="button" className="btn btn-secondary" onClick={check} disabled={busy || input.url === ''}>
          {busy ? 'Checking…' : 'Check last 20 calls'}
        </button>
      </div>
      <p className="muted">Renders the webhook as edited (unsaved) for your latest calls: what each would send, skip or leave empty.</p>
      <div role="status" aria-live="polite">
        {error ? <div className="alert alert-error">Could not check: {error}</div> : null}
        {checks && checks.length === 0 ? <p className="muted">No calls yet to check against.</p> : null}
        {checks && checks.length > 0 ? (
          <table className="table table-compact" aria-label="Checked calls">
            <thead>
              <tr>
                <th scope="col">Call</th>
                <th scope="col">Outcome</th>
              </tr>
            </thead>
            <tbody>
              {checks.map((c) => (
                <tr key={c.call_id} data-testid="checked-call">
                  <td>
                    <Link to={`/calls/${seg(c.call_id)}`} className="id">
                      {c.call_id}
                    </Link>
                    <div className="muted small">
                      <Time iso={c.started_at} />
                    </div>
                  </td>
                  <td>
                    <Badge tone={OUTCOME[c.outcome].tone}>{OUTCOME[c.outcome].label}</Badge>
                    {c.empty.length ? <div className="small text-danger">empty: {c.empty.map((t) => `[${t}]`).join(', ')}</div> : null}
                    {c.reason ? <div className="muted small clamp" title={c.reason}>{c.reason}</div> : null}
                    {c.body ? (
                      <pre className="small clamp" title={c.body}>
                        {c.body}
                      </pre>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </div>
    </section>
  );
}
