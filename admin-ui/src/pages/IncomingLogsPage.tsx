import { Fragment, useState, type FormEvent } from 'react';
import { api, seg } from '../api/client';
import type { IncomingLog, IncomingLogDetail, IncomingWebhook, Page } from '../api/types';
import { CodeBlock, Section } from '../components/CodeBlock';
import { EmptyState, ErrorAlert, HttpStatusBadge, Loading, MethodBadge, PageHeader, Pager } from '../components/ui';
import { formatDateTime, formatDuration, localToIso } from '../format';
import { useCursorPages, useLoad } from '../hooks';
import { Link } from '../router';

interface Filters {
  webhook_id: string;
  status: string;
  caller: string;
  from: string;
  to: string;
}
const NO_FILTERS: Filters = { webhook_id: '', status: '', caller: '', from: '', to: '' };

export function IncomingLogsPage() {
  const [draft, setDraft] = useState<Filters>(NO_FILTERS);
  const [applied, setApplied] = useState<Filters>(NO_FILTERS);
  const [open, setOpen] = useState<string | null>(null);
  const webhooks = useLoad((signal) => api.get<Page<IncomingWebhook>>('/incoming-webhooks', { limit: 200 }, signal), []);
  const pages = useCursorPages(
    (cursor, signal) =>
      api.get<Page<IncomingLog>>(
        '/logs/incoming',
        {
          webhook_id: applied.webhook_id,
          status: applied.status.trim(),
          caller: applied.caller.trim(),
          from: localToIso(applied.from),
          to: localToIso(applied.to),
          limit: 50,
          cursor,
        },
        signal,
      ),
    JSON.stringify(applied),
  );

  const apply = (e: FormEvent) => {
    e.preventDefault();
    setApplied(draft);
    setOpen(null);
  };
  const filtered = JSON.stringify(applied) !== JSON.stringify(NO_FILTERS);

  return (
    <>
      <PageHeader title="Incoming Webhook Requests" subtitle="View all incoming webhook requests received by your organization" />
      <form className="filters card" onSubmit={apply} aria-label="Filter incoming requests">
        <div className="field">
          <label htmlFor="il-webhook">Webhook</label>
          <select id="il-webhook" value={draft.webhook_id} onChange={(e) => setDraft({ ...draft, webhook_id: e.target.value })}>
            <option value="">All webhooks</option>
            {(webhooks.data?.data ?? []).map((w) => (
              <option key={w.id} value={w.id}>
                {w.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="il-status">Status</label>
          <input
            id="il-status"
            type="text"
            inputMode="numeric"
            placeholder="e.g. 200"
            value={draft.status}
            onChange={(e) => setDraft({ ...draft, status: e.target.value })}
            className="input-short"
          />
        </div>
        <div className="field">
          <label htmlFor="il-caller">Caller</label>
          <input id="il-caller" type="text" placeholder="+15551234567" value={draft.caller} onChange={(e) => setDraft({ ...draft, caller: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="il-from">From</label>
          <input id="il-from" type="datetime-local" value={draft.from} onChange={(e) => setDraft({ ...draft, from: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="il-to">To</label>
          <input id="il-to" type="datetime-local" value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.target.value })} />
        </div>
        <div className="filter-actions">
          <button type="submit" className="btn btn-primary">
            Apply filters
          </button>
          <button
            type="button"
            className="btn btn-ghost"
            onClick={() => {
              setDraft(NO_FILTERS);
              setApplied(NO_FILTERS);
            }}
          >
            Reset
          </button>
          <button type="button" className="btn btn-ghost" onClick={pages.reload}>
            Refresh
          </button>
        </div>
      </form>

      <ErrorAlert error={pages.error} />
      {pages.loading && !pages.data ? (
        <Loading />
      ) : pages.rows.length === 0 && !pages.error ? (
        <EmptyState title={filtered ? 'No requests match these filters' : 'No incoming requests yet'}>
          {filtered ? 'Try a wider time range or fewer filters.' : 'Requests to your incoming webhook URLs appear here.'}
        </EmptyState>
      ) : pages.rows.length > 0 ? (
        <>
          <div className="table-wrap">
            <table className="table" aria-label="Incoming requests">
              <thead>
                <tr>
                  <th scope="col">Request ID</th>
                  <th scope="col">Method</th>
                  <th scope="col">Path</th>
                  <th scope="col">Status</th>
                  <th scope="col">Time</th>
                </tr>
              </thead>
              <tbody>
                {pages.rows.map((r) => {
                  const isOpen = open === r.id;
                  return (
                    <Fragment key={r.id}>
                      <tr className={isOpen ? 'row-open' : undefined}>
                        <td>
                          <button
                            type="button"
                            className="row-toggle"
                            aria-expanded={isOpen}
                            aria-controls={`il-detail-${r.id}`}
                            aria-label={`${isOpen ? 'Hide' : 'Show'} details for request ${r.id}`}
                            onClick={() => setOpen(isOpen ? null : r.id)}
                          >
                            <span className="chevron" aria-hidden="true">
                              {isOpen ? '▾' : '▸'}
                            </span>
                            <code>{r.id}</code>
                          </button>
                          {r.webhook_name ? <div className="muted small">{r.webhook_name}</div> : null}
                        </td>
                        <td>
                          <MethodBadge method={r.method} />
                        </td>
                        <td>
                          <code>{r.path}</code>
                        </td>
                        <td>
                          <HttpStatusBadge status={r.status} />
                        </td>
                        <td className="nowrap">{formatDateTime(r.received_at)}</td>
                      </tr>
                      {isOpen ? (
                        <tr className="detail-row" id={`il-detail-${r.id}`}>
                          <td colSpan={5}>
                            <IncomingLogDetailView id={r.id} />
                          </td>
                        </tr>
                      ) : null}
                    </Fragment>
                  );
                })}
              </tbody>
            </table>
          </div>
          <Pager
            pageNumber={pages.pageNumber}
            hasPrevious={pages.hasPrevious}
            hasNext={pages.hasNext}
            onPrevious={pages.previous}
            onNext={pages.next}
            loading={pages.loading}
          />
        </>
      ) : null}
    </>
  );
}

function IncomingLogDetailView({ id }: { id: string }) {
  const d = useLoad((signal) => api.get<IncomingLogDetail>(`/logs/incoming/${seg(id)}`, undefined, signal), [id]);
  if (d.loading) return <Loading label="Loading request…" />;
  if (d.error) return <ErrorAlert error={d.error} />;
  const r = d.data!;
  return (
    <div className="log-detail">
      <dl className="meta">
        <div>
          <dt>Webhook</dt>
          <dd>{r.webhook_id ? <Link to={`/incoming-webhooks/${seg(r.webhook_id)}`}>{r.webhook_name ?? r.webhook_id}</Link> : '—'}</dd>
        </div>
        <div>
          <dt>Caller</dt>
          <dd>{r.caller_id ?? '—'}</dd>
        </div>
        <div>
          <dt>Call</dt>
          <dd>{r.call_id ? <Link to={`/calls/${seg(r.call_id)}`}>{r.call_id}</Link> : '—'}</dd>
        </div>
        <div>
          <dt>Latency</dt>
          <dd>{formatDuration(r.latency_ms)}</dd>
        </div>
      </dl>
      <div className="two-col">
        <Section title="Headers">
          <CodeBlock value={r.headers ?? {}} json label="Request headers" copyLabel="Copy headers" />
        </Section>
        <Section title="Query">
          <CodeBlock value={r.query ?? {}} json label="Query parameters" copyLabel="Copy query" />
        </Section>
        <Section title="Body">
          <CodeBlock value={r.body ?? ''} json label="Request body" copyLabel="Copy body" />
        </Section>
        <Section title="Response">
          <p className="small">
            Status <HttpStatusBadge status={r.status} />
          </p>
          <CodeBlock value={r.response_body ?? ''} json label="Response body" copyLabel="Copy response" />
        </Section>
      </div>
    </div>
  );
}
