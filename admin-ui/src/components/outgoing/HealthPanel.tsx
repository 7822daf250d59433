import { useState } from 'react';
import { api, errorMessage, seg } from '../../api/client';
import type { OutgoingWebhook } from '../../api/types';
import { formatDateTime, formatDuration } from '../../format';
import { ConfirmButton, Notice } from '../ui';
import { HealthBadge, successRate } from './HealthBadge';

const PAUSE_REASONS: Record<string, string> = {
  failures: 'after failing again and again; a probe checks it with backoff',
  retries_exhausted: 'a delivery spent its whole retry schedule; a probe checks it with backoff',
  manual: 'by an operator; no probes until it is resumed',
};

/** A webhook's health with pause and resume: held deliveries drain in per-call order when it resumes. */
/** `canWrite`: pause and resume are for admin tokens; a read token sees the health only. */
export function HealthPanel({ webhook, onChange, canWrite }: { webhook: OutgoingWebhook; onChange: (w: OutgoingWebhook) => void; canWrite: boolean }) {
  const { health } = webhook;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);

  const act = async (path: 'pause' | 'resume', body?: object) => {
    setBusy(true);
    setError(null);
    setNote(null);
    try {
      const updated = await api.post<OutgoingWebhook & { discarded?: number }>(`/outgoing-webhooks/${seg(webhook.id)}/${path}`, body ?? {});
      if (updated.discarded) setNote(`${updated.discarded} waiting deliveries were discarded; recover them below if needed.`);
      onChange(updated);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="ow-health-title" data-testid="health-panel">
      <div className="card-head">
        <h2 id="ow-health-title">
          Health <HealthBadge health={health} />
        </h2>
        {!canWrite ? null : health.state === 'paused' ? (
          <button type="button" className="btn btn-primary" onClick={() => act('resume')} disabled={busy}>
            Resume
          </button>
        ) : health.state !== 'disabled' ? (
          <button type="button" className="btn btn-secondary" onClick={() => act('pause')} disabled={busy}>
            Pause
          </button>
        ) : null}
      </div>
      {health.state === 'paused' ? <p className="muted">Paused {PAUSE_REASONS[health.paused_reason ?? ''] ?? ''}. New deliveries wait, unattempted and in order.</p> : null}
      <dl className="meta">
        <div>
          <dt>Since</dt>
          <dd>{formatDateTime(health.since)}</dd>
        </div>
        <div>
          <dt>Success rate</dt>
          <dd>{successRate(health)}</dd>
        </div>
        <div>
          <dt>Latency p50 / p95</dt>
          <dd>
            {formatDuration(health.p50_ms)} / {formatDuration(health.p95_ms)}
          </dd>
        </div>
        <div>
          <dt>Pending</dt>
          <dd data-testid="health-pending">{health.pending}</dd>
        </div>
        {health.next_probe_at ? (
          <div>
            <dt>Next probe</dt>
            <dd>{formatDateTime(health.next_probe_at)}</dd>
          </div>
        ) : null}
      </dl>
      {health.last_error ? (
        <p className="small">
          <span className="muted">Last error:</span> {health.last_error}
        </p>
      ) : null}
      {canWrite && health.state === 'paused' ? (
        <ConfirmButton
          label="Resume and discard the backlog"
          confirmLabel="Yes, discard and resume"
          className="btn btn-ghost btn-sm"
          disabled={busy}
          onConfirm={() => act('resume', { discard_pending: true })}
        />
      ) : null}
      {note ? <Notice>{note}</Notice> : null}
      {error ? (
        <div className="alert alert-error" role="alert">
          {error}
        </div>
      ) : null}
    </section>
  );
}
