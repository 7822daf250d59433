import { Fragment, useState, type FormEvent } from 'react';
import { api, errorMessage, seg } from '../api/client';
import type { Delivery, DeliveryDetail, DeliveryStatus, OutgoingWebhook, Page } from '../api/types';
import { FALLBACK_EVENT_TYPES, useEventTypes } from '../catalog';
import { RequestView, ResponseView } from '../components/HttpView';
import { Badge, EmptyState, ErrorAlert, HttpStatusBadge, Loading, MethodBadge, Notice, PageHeader, Pager, type BadgeTone } from '../components/ui';
import { eventTypeLabel, formatDateTime, formatDuration } from '../format';
import { useCursorPages, useLoad } from '../hooks';
import { Link } from '../router';

interface Filters {
  webhook_id: string;
  call_id: string;
  event_type: string;
  status: string;
}
const NO_FILTERS: Filters = { webhook_id: '', call_id: '', event_type: '', status: '' };
const STATUSES: DeliveryStatus[] = ['pending', 'succeeded', 'failed', 'skipped'];
const STATUS_TONE: Record<DeliveryStatus, BadgeTone> = { pending: 'yellow', succeeded: 'green', failed: 'red', skipped: 'gray' };

export function DeliveryStatusBadge({ status }: { status: DeliveryStatus }) {
  return <Badge tone={STATUS_TONE[status] ?? 'neutral'}>{status}</Badge>;
}

export function OutgoingLogsPage() {
  const initial: Filters = { ...NO_FILTERS, call_id: new URLSearchParams(window.location.search).get('call_id') ?? '' };
  const [draft, setDraft] = useState<Filters>(initial);
  const [applied, setApplied] = useState<Filters>(initial);
  const [open, setOpen] = useState<string | null>(null);
  const webhooks = useLoad((signal) => api.get<Page<OutgoingWebhook>>('/outgoing-webhooks', { limit: 200 }, signal), []);
  const catalog = useEventTypes();
  const eventTypes = catalog.data?.data?.length ? catalog.data.data : FALLBACK_EVENT_TYPES;
  const pages = useCursorPages(
    (cursor, signal) =>
      api.get<Page<Delivery>>(
        '/logs/outgoing',
        {
          webhook_id: applied.webhook_id,
          call_id: applied.call_id.trim(),
          event_type: applied.event_type,
          status: applied.status,
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
      <PageHeader title="Outgoing Webhook Requests" subtitle="View all outgoing webhook requests sent by your organization" />
      <form className="filters card" onSubmit={apply} aria-label="Filter outgoing deliveries">
        <div className="field">
          <label htmlFor="ol-webhook">Webhook</label>
          <select id="ol-webhook" value={draft.webhook_id} onChange={(e) => setDraft({ ...draft, webhook_id: e.target.value })}>
            <option value="">All webhooks</option>
            {(webhooks.data?.data ?? []).map((w) => (
              <option key={w.id} value={w.id}>
                {w.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="ol-event">Event type</label>
          <select id="ol-event" value={draft.event_type} onChange={(e) => setDraft({ ...draft, event_type: e.target.value })}>
            <option value="">All event types</option>
            {eventTypes.map((t) => (
              <option key={t.type} value={t.type}>
                {t.type}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="ol-status">Status</label>
          <select id="ol-status" value={draft.status} onChange={(e) => setDraft({ ...draft, status: e.target.value })}>
            <option value="">Any status</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="ol-call">Call ID</label>
          <input id="ol-call" type="text" value={draft.call_id} onChange={(e) => setDraft({ ...draft, call_id: e.target.value })} />
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
        <EmptyState title={filtered ? 'No deliveries match these filters' : 'No outgoing deliveries yet'}>
          {filtered ? 'Try fewer filters.' : 'Every delivery to your outgoing webhooks, and each of its attempts, appears here.'}
        </EmptyState>
      ) : pages.rows.length > 0 ? (
        <>
          <div className="table-wrap">
            <table className="table" aria-label="Outgoing deliveries">
              <thead>
                <tr>
                  <th scope="col">Webhook</th>
                  <th scope="col">Event Type</th>
                  <th scope="col">Method</th>
                  <th scope="col">Status</th>
                  <th scope="col">Attempts</th>
                  <th scope="col">Duration</th>
                  <th scope="col">Time</th>
                </tr>
              </thead>
              <tbody>
                {pages.rows.map((d) => {
                  const isOpen = open === d.id;
                  return (
                    <Fragment key={d.id}>
                      <tr className={isOpen ? 'row-open' : undefined}>
                        <td>
                          <button
                            type="button"
                            className="row-toggle"
                            aria-expanded={isOpen}
                            aria-controls={`ol-detail-${d.id}`}
                            aria-label={`${isOpen ? 'Hide' : 'Show'} details for delivery ${d.id}`}
                            onClick={() => setOpen(isOpen ? null : d.id)}
                          >
                            <span className="chevron" aria-hidden="true">
                              {isOpen ? '▾' : '▸'}
                            </span>
                            {d.webhook_name}
                          </button>
                          <div className="muted small">
                            <code>{d.id}</code>
                          </div>
                        </td>
                        <td>
                          {eventTypeLabel(d.event_type)}
                          <div className="muted small">
                            <code>{d.event_type}</code>
                          </div>
                        </td>
                        <td>{d.method ? <MethodBadge method={d.method} /> : <span className="muted">—</span>}</td>
                        <td>
                          <DeliveryStatusBadge status={d.status} />{' '}
                          {d.last_status_code ? <HttpStatusBadge status={d.last_status_code} /> : null}
                        </td>
                        <td>{d.attempts_count}</td>
                        <td>{formatDuration(d.duration_ms)}</td>
                        <td className="nowrap">{formatDateTime(d.created_at)}</td>
                      </tr>
                      {isOpen ? (
                        <tr className="detail-row" id={`ol-detail-${d.id}`}>
                          <td colSpan={7}>
                            <DeliveryDetailView id={d.id} onRedelivered={pages.reload} />
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

function DeliveryDetailView({ id, onRedelivered }: { id: string; onRedelivered: () => void }) {
  const d = useLoad((signal) => api.get<DeliveryDetail>(`/logs/outgoing/${seg(id)}`, undefined, signal), [id]);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const redeliver = async () => {
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      const nd = await api.post<Delivery>(`/logs/outgoing/${seg(id)}/redeliver`, {});
      setResult(`Redelivery queued as ${nd.id} (${nd.status}).`);
      onRedelivered();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  if (d.loading) return <Loading label="Loading delivery…" />;
  if (d.error) return <ErrorAlert error={d.error} />;
  const del = d.data!;
  return (
    <div className="log-detail">
      <div className="card-head">
        <dl className="meta">
          <div>
            <dt>Delivery</dt>
            <dd>
              <code>{del.id}</code>
            </dd>
          </div>
          <div>
            <dt>Webhook</dt>
            <dd>
              <Link to={`/outgoing-webhooks/${seg(del.webhook_id)}`}>{del.webhook_name}</Link>
            </dd>
          </div>
          <div>
            <dt>Call</dt>
            <dd>{del.test ? 'Test send (sample data)' : del.call_id ? <Link to={`/calls/${seg(del.call_id)}`}>{del.call_id}</Link> : '—'}</dd>
          </div>
          {del.redelivery_of ? (
            <div>
              <dt>Redelivery of</dt>
              <dd>
                <code>{del.redelivery_of}</code>
              </dd>
            </div>
          ) : null}
          <div>
            <dt>URL</dt>
            <dd>
              {del.url ? <code className="break">{del.url}</code> : '—'}
            </dd>
          </div>
        </dl>
        {del.test ? null : (
          <button type="button" className="btn btn-secondary" onClick={redeliver} disabled={busy}>
            {busy ? 'Redelivering…' : 'Redeliver'}
          </button>
        )}
      </div>
      {result ? <Notice kind="success">{result}</Notice> : null}
      {error ? (
        <div className="alert alert-error" role="alert">
          Could not redeliver: {error}
        </div>
      ) : null}
      {del.error && del.attempts.length === 0 ? (
        <div className={`alert ${del.status === 'skipped' ? 'alert-info' : 'alert-error'}`}>
          {del.status === 'skipped' ? 'Skipped: ' : ''}
          {del.error}
        </div>
      ) : null}
      {del.attempts.length === 0 ? (
        <p className="muted">{del.status === 'skipped' ? 'No request was sent.' : 'No attempts yet.'}</p>
      ) : (
        <ol className="attempts">
          {del.attempts.map((a) => (
            <li key={a.id} className="attempt">
              <h4>
                Attempt {a.attempt}{' '}
                <span className="muted small">
                  {formatDateTime(a.created_at)} · {formatDuration(a.duration_ms)}
                </span>{' '}
                {a.error ? <Badge tone="red">error</Badge> : <HttpStatusBadge status={a.response?.status} />}
              </h4>
              <div className="two-col">
                <RequestView request={a.request} title={`Attempt ${a.attempt} request`} />
                <ResponseView response={a.response} error={a.error} title={`Attempt ${a.attempt} response`} />
              </div>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
