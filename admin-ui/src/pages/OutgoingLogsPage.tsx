import { useState } from 'react';
import { api, errorMessage, seg } from '../api/client';
import type { Delivery, DeliveryDetail, DeliveryStatus, OutgoingWebhook, Page } from '../api/types';
import { useCanWrite } from '../auth';
import { FALLBACK_EVENT_TYPES, useEventTypes } from '../catalog';
import { SelectFilter, TextFilter, TimeRangeFilter, timeRangeQuery, WebhookFilter } from '../components/FilterBar';
import { FilteredListPage } from '../components/FilteredListPage';
import { RequestView, ResponseView } from '../components/HttpView';
import { ExpandableRow } from '../components/PagedTable';
import { Badge, ErrorAlert, HttpStatusBadge, Loading, MethodBadge, Notice } from '../components/ui';
import { formatDateTime, formatDuration } from '../format';
import { useLoad } from '../hooks';
import { Link } from '../router';
import { DeliveryState, EventType, isLive } from '../components/delivery/DeliveryState';

interface Filters {
  webhook_id: string;
  call_id: string;
  event_type: string;
  status: string;
  caller: string;
  from: string;
  to: string;
}
const NO_FILTERS: Filters = { webhook_id: '', call_id: '', event_type: '', status: '', caller: '', from: '', to: '' };
const STATUSES: DeliveryStatus[] = ['pending', 'held', 'succeeded', 'failed', 'skipped'];
const COLUMNS = ['Webhook', 'Event Type', 'Method', 'Status', 'Attempts', 'Duration', 'Time'];

/** The list's filters as the API takes them: the list and its CSV export share them. */
const toQuery = (f: Filters) => ({
  webhook_id: f.webhook_id,
  call_id: f.call_id.trim(),
  event_type: f.event_type,
  status: f.status,
  caller: f.caller.trim(),
  ...timeRangeQuery(f),
});

export function OutgoingLogsPage() {
  const webhooks = useLoad((signal) => api.get<Page<OutgoingWebhook>>('/outgoing-webhooks', { limit: 200 }, signal), []);
  const catalog = useEventTypes();
  const eventTypes = catalog.data?.data?.length ? catalog.data.data : FALLBACK_EVENT_TYPES;
  return (
    <FilteredListPage<Filters, Delivery>
      path="/logs/outgoing"
      none={NO_FILTERS}
      toQuery={toQuery}
      exportCsv
      title="Outgoing Webhook Requests"
      subtitle="View all outgoing webhook requests sent by your organization"
      filterLabel="Filter outgoing deliveries"
      filters={(filters) => (
        <>
          <WebhookFilter filters={filters} id="ol-webhook" webhooks={webhooks.data?.data} />
          <SelectFilter
            filters={filters}
            name="event_type"
            id="ol-event"
            label="Event type"
            anyLabel="All event types"
            options={eventTypes.map((t) => t.type)}
          />
          <SelectFilter filters={filters} name="status" id="ol-status" label="Status" anyLabel="Any status" options={STATUSES} />
          <TextFilter filters={filters} name="call_id" id="ol-call" label="Call ID" />
          <TextFilter filters={filters} name="caller" id="ol-caller" label="Caller" placeholder="+15551234567" />
          <TimeRangeFilter filters={filters} idPrefix="ol" />
        </>
      )}
      tableLabel="Outgoing deliveries"
      columns={COLUMNS}
      empty={{ title: 'No outgoing deliveries yet', text: 'Every delivery to your outgoing webhooks, and each of its attempts, appears here.' }}
      emptyFiltered={{ title: 'No deliveries match these filters', text: 'Try fewer filters.' }}
    >
      {(d, { rows, reload }) => (
        <ExpandableRow
          key={d.id}
          detailId={`ol-detail-${d.id}`}
          what={`delivery ${d.id}`}
          open={rows.isOpen(d.id)}
          onToggle={() => rows.toggle(d.id)}
          summary={d.webhook_name}
          note={
            <div className="muted small id-note" title={d.id}>
              <code>{d.id}</code>
            </div>
          }
          colSpan={COLUMNS.length}
          detail={() => <DeliveryDetailView id={d.id} onRedelivered={reload} />}
        >
          <td>
            <EventType type={d.event_type} />
          </td>
          <td>{d.method ? <MethodBadge method={d.method} /> : <span className="muted">—</span>}</td>
          <td>
            <DeliveryState delivery={d} />
          </td>
          <td>{d.attempts_count}</td>
          <td>{formatDuration(d.duration_ms)}</td>
          <td className="nowrap">{formatDateTime(d.created_at)}</td>
        </ExpandableRow>
      )}
    </FilteredListPage>
  );
}

function DeliveryDetailView({ id, onRedelivered }: { id: string; onRedelivered: () => void }) {
  const d = useLoad((signal) => api.get<DeliveryDetail>(`/logs/outgoing/${seg(id)}`, undefined, signal), [id]);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const canWrite = useCanWrite();

  const redeliver = async () => {
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      const nd = await api.post<Delivery>(`/logs/outgoing/${seg(id)}/redeliver`, {});
      setResult(`Redelivery queued as ${nd.id}; it is sent with webhook-id ${nd.redelivery_of ?? id}, so a receiver that already has it can drop it.`);
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
              <dt>Redelivery of (its webhook-id)</dt>
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
        {del.test || !canWrite ? null : isLive(del) ? (
          <p className="muted small redeliver-note" data-testid="redeliver-unavailable">
            Still {del.status === 'held' ? 'held' : 'in progress'}: Redeliver is offered once it settles, so the event never goes out twice at once.
          </p>
        ) : (
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
