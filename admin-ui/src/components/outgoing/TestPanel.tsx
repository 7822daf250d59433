import { useEffect, useRef, useState } from 'react';
import { api, errorMessage, seg } from '../../api/client';
import type { TestResult } from '../../api/types';
import { formatDuration } from '../../format';
import { RequestView, ResponseView } from '../HttpView';

export function TestPanel({ webhookId, eventTypes, dirty }: { webhookId: string; eventTypes: string[]; dirty: boolean }) {
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<TestResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The preview's default too: the webhook's first event type.
  const [eventType, setEventType] = useState(eventTypes[0] ?? '');
  const outcome = useRef<HTMLDivElement>(null);
  // The outcome is brought into view (the panel may scroll on its own) and announced (role="status").
  useEffect(() => {
    if (result || error) outcome.current?.scrollIntoView({ block: 'nearest' });
  }, [result, error]);

  const send = async () => {
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      setResult(await api.post<TestResult>(`/outgoing-webhooks/${seg(webhookId)}/test`, eventType ? { event_type: eventType } : {}));
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="ow-test-title">
      <div className="card-head">
        <h2 id="ow-test-title">Send test</h2>
        <label className="toggle">
          Event{' '}
          <select value={eventType} onChange={(e) => setEventType(e.target.value)} aria-label="Test event">
            {eventTypes.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="btn btn-primary" onClick={send} disabled={busy}>
          {busy ? 'Sending…' : 'Send test'}
        </button>
      </div>
      <p className="muted">
        Sends one real request with the same sample call data as the preview, for the event you pick, using the saved configuration. It shows in Outgoing Logs marked TEST.
        {dirty ? ' You have unsaved changes — save first to test them.' : ''}
      </p>
      <div ref={outcome} role="status" aria-live="polite">
        {error ? (
          <div className="alert alert-error">
            Could not send the test: {error}
          </div>
        ) : null}
        {result ? (
          <div className="test-result" data-testid="test-result">
            <p>
              {result.error ? (
                <span className="text-danger">Failed</span>
              ) : result.response && result.response.status < 400 ? (
                <span className="text-success">Delivered</span>
              ) : (
                <span className="text-danger">Rejected by the endpoint</span>
              )}{' '}
              in {formatDuration(result.duration_ms)}
            </p>
            <div className="two-col">
              <RequestView request={result.request} title="Request sent" />
              <ResponseView response={result.response} error={result.error} title="Response received" />
            </div>
          </div>
        ) : null}
      </div>
    </section>
  );
}
