import { api, seg } from '../api/client';
import type { IncomingLog, IncomingLogDetail, IncomingWebhook, Page } from '../api/types';
import { CodeBlock, Section } from '../components/CodeBlock';
import { TextFilter, TimeRangeFilter, timeRangeQuery, WebhookFilter } from '../components/FilterBar';
import { FilteredListPage } from '../components/FilteredListPage';
import { ExpandableRow } from '../components/PagedTable';
import { Breadcrumb, ErrorAlert, HttpStatusBadge, Loading, MethodBadge, PageHeader } from '../components/ui';
import { formatDateTime, formatDuration } from '../format';
import { useLoad } from '../hooks';
import { Link } from '../router';

interface Filters {
  webhook_id: string;
  status: string;
  caller: string;
  from: string;
  to: string;
}
const NO_FILTERS: Filters = { webhook_id: '', status: '', caller: '', from: '', to: '' };
const COLUMNS = ['Request ID', 'Method', 'Path', 'Status', 'Time'];

/** The list's filters as the API takes them: the list and its CSV export share them. */
const toQuery = (f: Filters) => ({
  webhook_id: f.webhook_id,
  status: f.status.trim(),
  caller: f.caller.trim(),
  ...timeRangeQuery(f),
});

export function IncomingLogsPage() {
  const webhooks = useLoad((signal) => api.get<Page<IncomingWebhook>>('/incoming-webhooks', { limit: 200 }, signal), []);
  return (
    <FilteredListPage<Filters, IncomingLog>
      path="/logs/incoming"
      none={NO_FILTERS}
      toQuery={toQuery}
      exportCsv
      title="Incoming Webhook Requests"
      subtitle="View all incoming webhook requests received by your organization"
      filterLabel="Filter incoming requests"
      filters={(filters) => (
        <>
          <WebhookFilter filters={filters} id="il-webhook" webhooks={webhooks.data?.data} />
          <TextFilter
            filters={filters}
            name="status"
            id="il-status"
            label="Status"
            inputMode="numeric"
            placeholder="e.g. 200"
            className="input-short"
          />
          <TextFilter filters={filters} name="caller" id="il-caller" label="Caller" placeholder="+15551234567" />
          <TimeRangeFilter filters={filters} idPrefix="il" />
        </>
      )}
      tableLabel="Incoming requests"
      columns={COLUMNS}
      empty={{ title: 'No incoming requests yet', text: 'Requests to your incoming webhook URLs appear here.' }}
      emptyFiltered={{ title: 'No requests match these filters', text: 'Try a wider time range or fewer filters.' }}
    >
      {(r, { rows }) => (
        <ExpandableRow
          key={r.id}
          detailId={`il-detail-${r.id}`}
          what={`request ${r.id}`}
          open={rows.isOpen(r.id)}
          onToggle={() => rows.toggle(r.id)}
          summary={<code>{r.id}</code>}
          note={r.webhook_name ? <div className="muted small">{r.webhook_name}</div> : null}
          colSpan={COLUMNS.length}
          detail={() => <IncomingLogDetailView id={r.id} />}
        >
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
        </ExpandableRow>
      )}
    </FilteredListPage>
  );
}

export function IncomingLogDetailView({ id }: { id: string }) {
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
          <dt>{r.attached_calls.length > 1 ? 'Calls it fed' : 'Call it fed'}</dt>
          <dd data-testid="attached-calls">
            {r.attached_calls.length === 0
              ? 'none yet'
              : r.attached_calls.map((c, i) => (
                  <span key={c}>
                    {i > 0 ? ', ' : null}
                    <Link to={`/calls/${seg(c)}`} className="id">
                      {c}
                    </Link>
                  </span>
                ))}
          </dd>
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

/** One incoming request on its own page: what a call's tag links to. */
export function IncomingRequestPage({ id }: { id: string }) {
  return (
    <>
      <Breadcrumb to="/logs/incoming" label="Incoming Logs">
        <code className="id">{id}</code>
      </Breadcrumb>
      <PageHeader title="Incoming request" subtitle={<code className="id">{id}</code>} />
      <section className="card">
        <IncomingLogDetailView id={id} />
      </section>
    </>
  );
}
