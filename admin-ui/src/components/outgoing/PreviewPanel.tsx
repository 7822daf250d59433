// Live render preview: debounced call to the unsaved-preview API, or a saved
// webhook rendered against a real call.
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { api, errorMessage, seg } from '../../api/client';
import type { OutgoingWebhookInput, RenderedPreview } from '../../api/types';
import { RequestView } from '../HttpView';

/** The fields the unsaved-preview API renders, for the event the webhook fires on first. */
export function previewBody(input: OutgoingWebhookInput) {
  const { method, url, headers, body_format, body_template, event_types } = input;
  return { method, url, headers, body_format, body_template, event_type: event_types[0] };
}

export function PreviewPanel({ input, webhookId }: { input: OutgoingWebhookInput; webhookId?: string }) {
  const key = JSON.stringify(previewBody(input));
  const hasUrl = input.url !== '';
  const [result, setResult] = useState<RenderedPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [callId, setCallId] = useState('');
  const [source, setSource] = useState<'draft' | 'call'>('draft');
  const seq = useRef(0);

  const run = async (mode: 'draft' | 'call', body: unknown) => {
    const mine = ++seq.current;
    setLoading(true);
    try {
      const r =
        mode === 'call' && webhookId
          ? await api.post<RenderedPreview>(`/outgoing-webhooks/${seg(webhookId)}/preview`, body)
          : await api.post<RenderedPreview>('/outgoing-webhooks/preview', body);
      if (mine !== seq.current) return;
      setResult(r);
      setError(null);
      setSource(mode);
    } catch (err) {
      if (mine !== seq.current) return;
      setError(errorMessage(err));
      setResult(null);
    } finally {
      if (mine === seq.current) setLoading(false);
    }
  };

  const renderDraft = useEffectEvent(() => void run('draft', JSON.parse(key)));
  const rendered = useRef(false);
  useEffect(() => {
    // The API needs a URL to render; until there is one the panel says so instead of showing a 400. The first
    // render is at once, later ones 600 ms after the last keystroke.
    const delay = rendered.current ? 600 : 0;
    rendered.current = true;
    if (!hasUrl) return;
    const t = setTimeout(renderDraft, delay);
    return () => clearTimeout(t);
  }, [key, hasUrl]);

  const previewNow = () => {
    if (webhookId && callId.trim()) void run('call', { call_id: callId.trim() });
    else void run('draft', previewBody(input));
  };
  const errors = result?.problems.filter((p) => p.severity === 'error') ?? [];
  const fieldWarnings = result?.problems.filter((p) => p.severity === 'warning') ?? [];
  // `warnings` repeats the warning problems without their field; keep only ones not already listed.
  const otherWarnings = (result?.warnings ?? []).filter((w) => !fieldWarnings.some((p) => p.message === w));

  return (
    <section className="card preview-panel" aria-labelledby="ow-preview-title" aria-busy={loading}>
      <div className="card-head">
        <h2 id="ow-preview-title">Preview</h2>
        <span className="muted small" aria-live="polite">
          {loading ? 'Rendering…' : source === 'call' ? `Saved webhook with call ${callId}` : 'Updates as you type (sample call data)'}
        </span>
      </div>
      <div className="inline-form">
        {webhookId ? (
          <div className="field field-inline">
            <label htmlFor="ow-preview-call">Call ID (optional)</label>
            <input
              id="ow-preview-call"
              type="text"
              placeholder="Render the saved webhook with a real call"
              value={callId}
              onChange={(e) => setCallId(e.target.value)}
            />
          </div>
        ) : null}
        <button type="button" className="btn btn-secondary" onClick={previewNow} disabled={loading || !hasUrl}>
          Preview
        </button>
      </div>
      {!hasUrl && !result ? <p className="muted">Enter a URL to see the request this webhook would send.</p> : null}
      {error ? (
        <div className="alert alert-error" role="alert">
          Preview unavailable: {error}
        </div>
      ) : null}
      {result ? (
        <>
          {errors.length > 0 ? (
            <div className="alert alert-error" role="alert" aria-label="Problems">
              <strong>Problems</strong> — this template will be rejected on save:
              <ul>
                {errors.map((p, i) => (
                  <li key={i}>
                    <code>{p.field}</code>: {p.message}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {fieldWarnings.length + otherWarnings.length > 0 ? (
            <div className="alert alert-warning" role="status" aria-label="Warnings">
              <strong>Warnings</strong>
              <ul>
                {fieldWarnings.map((p, i) => (
                  <li key={`f${i}`}>
                    <code>{p.field}</code>: {p.message}
                  </li>
                ))}
                {otherWarnings.map((w, i) => (
                  <li key={`w${i}`}>{w}</li>
                ))}
              </ul>
            </div>
          ) : null}
          <RequestView request={result} title="Rendered request" />
        </>
      ) : null}
    </section>
  );
}
