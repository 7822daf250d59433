import { useState } from 'react';
import { api, errorMessage, seg } from '../../api/client';
import type { TestResult } from '../../api/types';
import { formatDuration } from '../../format';
import { RequestView, ResponseView } from '../HttpView';

export function TestPanel({ webhookId, dirty }: { webhookId: string; dirty: boolean }) {
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<TestResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  const send = async () => {
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      setResult(await api.post<TestResult>(`/outgoing-webhooks/${seg(webhookId)}/test`, {}));
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
        <button type="button" className="btn btn-primary" onClick={send} disabled={busy}>
          {busy ? 'Sending…' : 'Send test'}
        </button>
      </div>
      <p className="muted">
        Sends one real request with sample call data, using the saved configuration.
        {dirty ? ' You have unsaved changes — save first to test them.' : ''}
      </p>
      {error ? (
        <div className="alert alert-error" role="alert">
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
    </section>
  );
}
