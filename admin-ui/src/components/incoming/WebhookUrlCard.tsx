import { useState } from 'react';
import type { IncomingWebhook } from '../../api/types';
import { CodeBlock, CopyButton } from '../CodeBlock';
import { formatDateTime, INCOMING_TYPE_LABELS } from '../../format';

/** The webhook's URL, example and auth key, as a sender needs them. */
export function WebhookUrlCard({ webhook }: { webhook: IncomingWebhook }) {
  // When the card was shown: whether the previous key still works is read once, not on every render.
  const [shownAt] = useState(Date.now);
  return (
    <section className="card" aria-labelledby="iw-url-title">
      <h2 id="iw-url-title">Webhook URL</h2>
      <p className="muted">Use this URL to send incoming webhook requests. The auth key is required for authentication.</p>
      <CodeBlock value={webhook.url} label="Webhook URL" testId="webhook-url" copyLabel="Copy URL" />
      <h4>Example request</h4>
      <CodeBlock value={webhook.example_url} label="Example URL" testId="example-url" copyLabel="Copy example" />
      <p className="help">Replace tag1=value1 with your actual query parameters</p>
      <dl className="meta">
        <div>
          <dt>Type</dt>
          <dd>{INCOMING_TYPE_LABELS[webhook.type]}</dd>
        </div>
        <div>
          <dt>Auth key</dt>
          <dd className="auth-key">
            <code data-testid="auth-key">{webhook.auth_key}</code> <CopyButton text={webhook.auth_key} label="Copy auth key" />
          </dd>
        </div>
        {webhook.previous_key_expires_at && Date.parse(webhook.previous_key_expires_at) > shownAt ? (
          <div>
            <dt>Previous key</dt>
            <dd>works until {formatDateTime(webhook.previous_key_expires_at)}</dd>
          </div>
        ) : null}
        <div>
          <dt>Created</dt>
          <dd>{formatDateTime(webhook.created_at)}</dd>
        </div>
        <div>
          <dt>Updated</dt>
          <dd>{formatDateTime(webhook.updated_at)}</dd>
        </div>
      </dl>
      <p className="help">
        The key is accepted as the <code>auth_key</code> query parameter, an <code>X-Auth-Key</code> header or{' '}
        <code>Authorization: Bearer</code>. Send <code>GET</code> with query parameters or <code>POST</code> with JSON or a
        form.
      </p>
    </section>
  );
}
