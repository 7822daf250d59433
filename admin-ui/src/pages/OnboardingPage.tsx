import { useState } from 'react';
import { api, errorMessage, seg } from '../api/client';
import type { IncomingLog, IncomingLogDetail, IncomingWebhook, Page, Tag } from '../api/types';
import { useCanWrite } from '../auth';
import { CodeBlock } from '../components/CodeBlock';
import { Badge, Breadcrumb, ErrorAlert, HttpStatusBadge, Loading, PageHeader, Time } from '../components/ui';
import { toTagName } from '../format';
import { useLoad, usePolling } from '../hooks';

/** How often the page looks for the partner's requests while it waits. */
const POLL_MS = 2000;

/** Parameters the ingress itself reads: never tags. */
const RESERVED = new Set(['auth_key', 'caller_id', 'call_id']);

/** A sample of what a partner would send: the caller and the fields the webhook maps, or two examples. */
function sampleFields(webhook: IncomingWebhook): [string, string][] {
  const mapped = Object.keys(webhook.parameter_map ?? {}).filter((k) => !RESERVED.has(k.toLowerCase()));
  const fields = mapped.length > 0 ? mapped : ['first_name', 'homeowner'];
  return [['caller_id', '5551234567'], ...fields.map((f): [string, string] => [f, f === 'first_name' ? 'Jane' : 'yes'])];
}

export function snippets(webhook: IncomingWebhook): { curl: string; html: string; fetch: string } {
  const fields = sampleFields(webhook);
  const form = fields.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
  return {
    curl: `curl -X POST '${webhook.url}' \\\n  -H 'content-type: application/x-www-form-urlencoded' \\\n  --data '${form}'`,
    html: [
      `<form method="POST" action="${webhook.url}">`,
      ...fields.map(([k, v]) => `  <label>${k} <input name="${k}" value="${v}"></label>`),
      '  <button type="submit">Send</button>',
      '</form>',
    ].join('\n'),
    fetch: [
      `await fetch('${webhook.url}', {`,
      "  method: 'POST',",
      "  headers: { 'content-type': 'application/json' },",
      `  body: JSON.stringify(${JSON.stringify(Object.fromEntries(fields))}),`,
      '});',
    ].join('\n'),
  };
}

/** The fields a request carried, from its query and its JSON or form body. */
export function parsedFields(request: IncomingLogDetail): [string, string][] {
  const fields = new Map<string, string>();
  for (const [k, v] of Object.entries(request.query ?? {})) fields.set(k, String(v));
  const body = request.body?.trim() ?? '';
  if (body.startsWith('{')) {
    try {
      for (const [k, v] of Object.entries(JSON.parse(body) as Record<string, unknown>)) fields.set(k, typeof v === 'string' ? v : JSON.stringify(v));
    } catch {
      /* not JSON after all: shown raw in the log */
    }
  } else if (body.includes('=')) {
    for (const [k, v] of new URLSearchParams(body)) fields.set(k, v);
  }
  return [...fields].filter(([k]) => !RESERVED.has(k.toLowerCase()));
}

/** Everything a partner needs to start sending, and a live view of what arrives. */
export function OnboardingPage({ id }: { id: string }) {
  const webhook = useLoad((signal) => api.get<IncomingWebhook>(`/incoming-webhooks/${seg(id)}`, undefined, signal), [id]);
  const requests = useLoad((signal) => api.get<Page<IncomingLog>>('/logs/incoming', { webhook_id: id, limit: 5 }, signal), [id]);
  usePolling(requests.reload, POLL_MS);
  const w = webhook.data;
  if (!w) return webhook.error ? <ErrorAlert error={webhook.error} /> : <Loading />;
  const code = snippets(w);
  const latest = requests.data?.data[0];
  return (
    <>
      <Breadcrumb to={`/incoming-webhooks/${seg(id)}`} label={w.name}>
        Partner onboarding
      </Breadcrumb>
      <PageHeader title={`Send leads to ${w.name}`} subtitle="Hand this page's snippets to your partner; their first request shows up below as it arrives." />
      <div className="two-col">
        <section className="card" aria-labelledby="onb-snippets">
          <h2 id="onb-snippets">Snippets</h2>
          <h3>curl</h3>
          <CodeBlock value={code.curl} copyLabel="Copy curl" label="curl snippet" />
          <h3>HTML form</h3>
          <CodeBlock value={code.html} copyLabel="Copy HTML form" label="HTML form snippet" />
          <h3>JavaScript fetch</h3>
          <CodeBlock value={code.fetch} copyLabel="Copy fetch" label="fetch snippet" />
        </section>
        <section className="card" aria-labelledby="onb-live" aria-live="polite">
          <h2 id="onb-live">Live</h2>
          {!requests.data ? <Loading /> : null}
          {requests.data && !latest ? (
            <div className="waiting" data-testid="onboarding-waiting">
              <span className="spinner" aria-hidden="true" /> Waiting for your first request…
            </div>
          ) : null}
          {latest ? <LatestRequest log={latest} webhookId={id} /> : null}
        </section>
      </div>
    </>
  );
}

function LatestRequest({ log, webhookId }: { log: IncomingLog; webhookId: string }) {
  const detail = useLoad((signal) => api.get<IncomingLogDetail>(`/logs/incoming/${seg(log.id)}`, undefined, signal), [log.id]);
  const tags = useLoad((signal) => api.get<Page<Tag>>('/tags', { limit: 200 }, signal), []);
  const canWrite = useCanWrite();
  const [defined, setDefined] = useState<Record<string, string>>({});
  const known = new Set((tags.data?.data ?? []).map((t) => t.name));

  const define = async (field: string) => {
    const name = toTagName(field);
    try {
      await api.post<Tag>('/tags', { name, sources: [{ type: 'incoming_webhook', key: field, incoming_webhook_id: webhookId }] });
      setDefined((d) => ({ ...d, [field]: 'Defined' }));
    } catch (err) {
      setDefined((d) => ({ ...d, [field]: errorMessage(err) }));
    }
  };

  return (
    <div data-testid="onboarding-latest">
      <p>
        Latest request <code className="id">{log.id}</code> <HttpStatusBadge status={log.status} /> <Time iso={log.received_at} className="muted small" />
        {log.caller_id ? <span className="muted small"> · caller {log.caller_id}</span> : null}
      </p>
      {detail.data ? (
        <table className="table table-compact" aria-label="Fields received">
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Value</th>
              <th scope="col">Tag</th>
            </tr>
          </thead>
          <tbody>
            {parsedFields(detail.data).map(([field, value]) => {
              const name = toTagName(field);
              return (
                <tr key={field} data-testid="onboarding-field">
                  <td>
                    <code>{field}</code>
                  </td>
                  <td className="ellipsis" title={value}>
                    {value}
                  </td>
                  <td>
                    <code>[{name}]</code>{' '}
                    {known.has(name) || defined[field] === 'Defined' ? (
                      <Badge tone="green">Defined</Badge>
                    ) : canWrite ? (
                      <>
                        <button type="button" className="btn btn-secondary btn-sm" onClick={() => define(field)}>
                          Define tag {name}
                        </button>
                        {defined[field] ? <div className="field-error">{defined[field]}</div> : null}
                      </>
                    ) : (
                      <span className="muted small">kept on the call, not defined</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : (
        <Loading />
      )}
    </div>
  );
}
