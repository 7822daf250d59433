import { useEffect, useState } from 'react';
import { api, errorMessage, seg } from '../../api/client';
import type { Recovery } from '../../api/types';
import { displayZoneName, isoToLocal, localToIso } from '../../format';

/** Bulk recovery: send a webhook's failed deliveries since a time again, with live progress. */
export function RecoveryPanel({ webhookId }: { webhookId: string }) {
  const [since, setSince] = useState(() => isoToLocal(Date.now() - 24 * 3600_000));
  const [callId, setCallId] = useState('');
  const [recovery, setRecovery] = useState<Recovery | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // Follow a running recovery until it completes.
  useEffect(() => {
    if (!recovery || recovery.status === 'completed') return;
    const timer = setTimeout(() => {
      api.get<Recovery>(`/recoveries/${seg(recovery.id)}`).then(setRecovery, (err: unknown) => setError(errorMessage(err)));
    }, 1000);
    return () => clearTimeout(timer);
  }, [recovery]);

  const start = async () => {
    setBusy(true);
    setError(null);
    try {
      setRecovery(await api.post<Recovery>(`/outgoing-webhooks/${seg(webhookId)}/recover`, { since: localToIso(since), call_id: callId.trim() || undefined }));
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  const sent = recovery ? recovery.succeeded + recovery.failed : 0;
  return (
    <section className="card" aria-labelledby="ow-recover-title">
      <h2 id="ow-recover-title">Recover failed deliveries</h2>
      <p className="muted">
        Sends every failed or discarded delivery since then again — once each, in per-call order, under its own
        webhook-id. Deliveries that succeeded are never sent twice.
      </p>
      <div className="row">
        <div className="field">
          <label htmlFor="ow-recover-since">Since ({displayZoneName()})</label>
          <input id="ow-recover-since" type="datetime-local" value={since} onChange={(e) => setSince(e.target.value)} />
        </div>
        <div className="field grow">
          <label htmlFor="ow-recover-call">Call ID (optional)</label>
          <input id="ow-recover-call" type="text" value={callId} onChange={(e) => setCallId(e.target.value)} spellCheck={false} />
        </div>
      </div>
      <button type="button" className="btn btn-primary" onClick={start} disabled={busy || recovery?.status === 'running'}>
        Recover
      </button>
      {recovery ? (
        <div className="recovery-progress" data-testid="recovery-progress" role="status">
          <progress max={Math.max(recovery.total, 1)} value={recovery.total ? sent : 1} aria-label="Recovery progress" />
          <p>
            {recovery.status === 'completed' ? 'Done: ' : 'Running: '}
            {sent} of {recovery.total} sent — {recovery.succeeded} delivered, {recovery.failed} failed again, {recovery.pending} pending
          </p>
        </div>
      ) : null}
      {error ? (
        <div className="alert alert-error" role="alert">
          Could not recover: {error}
        </div>
      ) : null}
    </section>
  );
}
