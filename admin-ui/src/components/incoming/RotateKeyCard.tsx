import { useState, type FormEvent } from 'react';
import { api, seg } from '../../api/client';
import type { IncomingWebhook } from '../../api/types';
import { describeLifespan } from '../../format';
import { ErrorAlert, Notice, NumberField } from '../ui';

/** A new auth key, the old one working on for a grace period. */
export function RotateKeyCard({ webhook, onRotated }: { webhook: IncomingWebhook; onRotated: (w: IncomingWebhook) => void }) {
  const [grace, setGrace] = useState('3600');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);

  const rotate = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setDone(null);
    const g = grace.trim() === '' ? 0 : Number(grace);
    if (!Number.isInteger(g) || g < 0) {
      setError(new Error('Grace period must be a whole number of seconds (0 or more).'));
      return;
    }
    setBusy(true);
    try {
      const w = await api.post<IncomingWebhook>(`/incoming-webhooks/${seg(webhook.id)}/rotate-key`, { grace_period_seconds: g });
      onRotated(w);
      setDone(
        g > 0
          ? `Key rotated. The old key keeps working for ${describeLifespan(g)}; update your senders to the new URL.`
          : 'Key rotated. The old key no longer works.',
      );
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="card form" onSubmit={rotate} aria-label="Rotate key">
      <h2>Rotate auth key</h2>
      <p className="muted">Issue a new auth key. The old key keeps working for the grace period so senders can switch over.</p>
      <NumberField label="Grace period (seconds)" help="0 revokes the old key immediately." min={0} step={1} value={grace} onChange={setGrace} short />
      {error ? <ErrorAlert error={error} title="Could not rotate the key." /> : null}
      {done ? <Notice kind="success">{done}</Notice> : null}
      <div className="form-actions">
        <button type="submit" className="btn btn-secondary" disabled={busy}>
          {busy ? 'Rotating…' : 'Rotate key'}
        </button>
      </div>
    </form>
  );
}
