// Read-only views of an HTTP request / response (preview, test, delivery attempts).
import type { ReactNode } from 'react';
import type { HttpRequestRecord, HttpResponseRecord } from '../api/types';
import { CodeBlock, Section } from './CodeBlock';
import { HttpStatusBadge, MethodBadge } from './ui';

function HeadersTable({ headers, label }: { headers: Record<string, string> | null | undefined; label: string }) {
  const entries = Object.entries(headers ?? {});
  if (entries.length === 0) return <p className="muted small">No headers.</p>;
  return (
    <table className="table table-compact headers-table" aria-label={label}>
      <tbody>
        {entries.map(([k, v]) => (
          <tr key={k}>
            <th scope="row">
              <code>{k}</code>
            </th>
            <td>
              <code className="break">{String(v)}</code>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** `children` follow the body (a note about it). */
function HeadersAndBody({
  headers,
  body,
  title,
  children,
}: {
  headers: Record<string, string> | null | undefined;
  body: string | null | undefined;
  title: string;
  children?: ReactNode;
}) {
  return (
    <>
      <Section title="Headers">
        <HeadersTable headers={headers} label={`${title} headers`} />
      </Section>
      <Section title="Body">
        <CodeBlock value={body ?? ''} json label={`${title} body`} />
        {children}
      </Section>
    </>
  );
}

export function RequestView({ request, title = 'Request' }: { request: HttpRequestRecord; title?: string }) {
  return (
    <div className="http-view" aria-label={title}>
      <h4>{title}</h4>
      <div className="request-line">
        <MethodBadge method={request.method} /> <code className="break">{request.url}</code>
      </div>
      <HeadersAndBody headers={request.headers} body={request.body} title={title} />
    </div>
  );
}

export function ResponseView({
  response,
  error,
  title = 'Response',
}: {
  response: HttpResponseRecord | null | undefined;
  error?: string | null;
  title?: string;
}) {
  return (
    <div className="http-view" aria-label={title}>
      <h4>{title}</h4>
      {error ? (
        <div className="alert alert-error" role="alert">
          {error}
        </div>
      ) : null}
      {response ? (
        <>
          <div className="request-line">
            Status <HttpStatusBadge status={response.status} />
          </div>
          <HeadersAndBody headers={response.headers} body={response.body} title={title}>
            {response.body_truncated ? <p className="help">The body was longer than 64 KB; only its start was kept.</p> : null}
          </HeadersAndBody>
        </>
      ) : !error ? (
        <p className="muted">No response.</p>
      ) : null}
    </div>
  );
}
