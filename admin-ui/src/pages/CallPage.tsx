import { useState } from 'react';
import { api, seg } from '../api/client';
import type { CallDetail, CallTimeline, Delivery, EmptyTags, IncomingWebhook, Page, TimelineEntry, TimelineKind } from '../api/types';
import { DeliveriesPanel } from '../components/call/DeliveriesPanel';
import { TagLineage } from '../components/call/TagLineage';
import { plainTimeline } from '../components/call/plainTimeline';
import { CodeBlock } from '../components/CodeBlock';
import { isLive } from '../components/delivery/DeliveryState';
import { Badge, Breadcrumb, EmptyState, ErrorAlert, Loading, PageHeader, Time, type BadgeTone } from '../components/ui';
import { formatDateTime, formatSeconds } from '../format';
import { useLoad, usePolling } from '../hooks';
import { callStatusTone } from './CallsPage';

const KIND: Record<TimelineKind, { icon: string; label: string; tone: BadgeTone }> = {
  event: { icon: '●', label: 'Event', tone: 'blue' },
  ignored: { icon: '⊘', label: 'Ignored', tone: 'gray' },
  enrichment: { icon: '⇣', label: 'Enrichment', tone: 'purple' },
  tags: { icon: '#', label: 'Tags', tone: 'purple' },
  timer: { icon: '◔', label: 'Timer', tone: 'yellow' },
  delivery: { icon: '⇡', label: 'Delivery', tone: 'blue' },
  attempt: { icon: '↻', label: 'Attempt', tone: 'neutral' },
  update: { icon: '✎', label: 'Update', tone: 'blue' },
  other: { icon: '•', label: 'Workflow', tone: 'gray' },
};

const PLAIN_TONE = { ok: 'green', bad: 'red', info: 'blue', muted: 'gray' } as const;

const SUMMARY_FIELDS: [keyof CallDetail, string][] = [
  ['call_sid', 'Call SID'],
  ['from', 'From'],
  ['caller_name', 'Caller name'],
  ['caller_city', 'Caller city'],
  ['caller_state', 'Caller state'],
  ['caller_zip', 'Caller ZIP'],
  ['to', 'To'],
  ['campaign_name', 'Campaign'],
  ['publisher_name', 'Publisher'],
  ['buyer_name', 'Buyer'],
  ['revenue_paid_out', 'Revenue paid out'],
  ['configured_publisher_payout', 'Configured publisher payout'],
  ['publisher_paid_out', 'Publisher paid out'],
  ['call_converted_at', 'Converted at'],
  ['hangup_cause', 'Hangup cause'],
  ['hangup_by', 'Hung up by'],
  ['failure_reason', 'Failure reason'],
  ['reason', 'Reason'],
  ['no_payout_reason', 'No payout reason'],
  ['started_at', 'Started'],
  ['connected_at', 'Connected'],
  ['ended_at', 'Ended'],
  ['completed_at', 'Completed'],
  ['post_call_window_ends_at', 'Accepts post-call updates until'],
];

/** How often a call whose deliveries are not settled looks again. */
const POLL_MS = 3000;

export function CallPage({ id }: { id: string }) {
  const call = useLoad((signal) => api.get<CallDetail>(`/calls/${seg(id)}`, undefined, signal), [id]);
  const timeline = useLoad((signal) => api.get<CallTimeline>(`/calls/${seg(id)}/timeline`, undefined, signal), [id]);
  const deliveries = useLoad((signal) => api.get<Page<Delivery>>('/logs/outgoing', { call_id: id, limit: 200 }, signal), [id]);
  const incoming = useLoad((signal) => api.get<Page<IncomingWebhook>>('/incoming-webhooks', { limit: 200 }, signal), []);
  const emptyTags = useLoad((signal) => api.get<EmptyTags>(`/calls/${seg(id)}/empty-tags`, undefined, signal), [id]);
  const [engineer, setEngineer] = useState(false);

  const rows = deliveries.data?.data ?? [];
  const unsettled = rows.some(isLive) || (call.data !== undefined && call.data.status !== 'completed');
  usePolling(
    () => {
      call.reload();
      timeline.reload();
      deliveries.reload();
      emptyTags.reload();
    },
    POLL_MS,
    unsettled,
  );
  const failed = rows.filter((d) => d.status === 'failed').length;

  const c = call.data;
  return (
    <>
      <Breadcrumb to="/calls" label="Calls">
        <code className="id">{id}</code>
      </Breadcrumb>
      <PageHeader
        title={`Call ${id}`}
        subtitle={c ? `${c.from ?? 'unknown caller'} → ${c.to ?? 'unknown number'}` : undefined}
        actions={
          <button
            type="button"
            className="btn btn-ghost"
            onClick={() => {
              call.reload();
              timeline.reload();
              deliveries.reload();
              emptyTags.reload();
            }}
          >
            Refresh
          </button>
        }
      />
      {call.loading && !c ? <Loading /> : null}
      <ErrorAlert error={call.error} />
      {failed > 0 ? (
        <div className="alert alert-error" data-testid="call-delivery-failure">
          {failed === 1 ? '1 delivery of this call failed' : `${failed} deliveries of this call failed`}: see Deliveries below.
        </div>
      ) : null}
      {c ? (
        <div className="two-col call-top">
          <section className="card" aria-labelledby="call-summary">
            <h2 id="call-summary">Summary</h2>
            <dl className="meta meta-grid">
              <div>
                <dt>Status</dt>
                <dd>
                  <Badge tone={callStatusTone(c.status)}>{c.status}</Badge>{' '}
                  {c.converted ? <Badge tone="green">Converted</Badge> : null}{' '}
                  {c.simulated ? <Badge tone="purple">Simulated</Badge> : null}
                </dd>
              </div>
              <div>
                <dt>Duration</dt>
                <dd>{formatSeconds(c.duration)}</dd>
              </div>
              {SUMMARY_FIELDS.filter(([k]) => c[k] !== undefined && c[k] !== null && c[k] !== '').map(([k, label]) => (
                <div key={k}>
                  <dt>{label}</dt>
                  {String(k).endsWith('_at') ? (
                    <dd>
                      <Time iso={String(c[k])} />
                    </dd>
                  ) : (
                    <dd className="ellipsis" title={String(c[k])}>
                      {String(c[k])}
                    </dd>
                  )}
                </div>
              ))}
              {c.ivr?.length ? (
                <div>
                  <dt>IVR inputs</dt>
                  <dd>{c.ivr.map((input) => (input.node ? `${input.node}: ${input.digits}` : input.digits)).join(', ')}</dd>
                </div>
              ) : null}
              {c.recording_url ? (
                <div>
                  <dt>Recording</dt>
                  <dd>
                    <a href={c.recording_url} target="_blank" rel="noreferrer">
                      Listen
                    </a>
                  </dd>
                </div>
              ) : null}
            </dl>
          </section>
          <TagLineage call={c} timeline={timeline.data?.entries ?? []} incoming={incoming.data?.data ?? []} deliveries={rows} emptyTags={emptyTags.data?.empty_tags ?? []} />
        </div>
      ) : null}

      <DeliveriesPanel deliveries={deliveries} />

      <section className="card" aria-labelledby="call-timeline">
        <div className="card-head">
          <h2 id="call-timeline">Timeline</h2>
          <div className="page-actions">
            {engineer && timeline.data?.temporal_web_url ? (
              <a className="btn btn-ghost btn-sm" href={timeline.data.temporal_web_url} target="_blank" rel="noreferrer">
                Open in Temporal Web
              </a>
            ) : null}
            <label className="toggle">
              <input type="checkbox" checked={engineer} onChange={(e) => setEngineer(e.target.checked)} /> Engineer’s view
            </label>
          </div>
        </div>
        {timeline.loading && !timeline.data ? <Loading label="Loading timeline…" /> : null}
        <ErrorAlert error={timeline.error} />
        {timeline.data && timeline.data.entries.length === 0 ? <EmptyState title="No timeline entries yet" /> : null}
        {timeline.data && engineer ? (
          <>
            <p className="muted small">
              Workflow <code className="id">{timeline.data.workflow_id}</code>: every history entry, timers included.
            </p>
            <ol className="timeline" aria-label="Call timeline (engineer’s view)">
              {timeline.data.entries.map((e, i) => (
                <TimelineItem key={i} entry={e} />
              ))}
            </ol>
          </>
        ) : null}
        {timeline.data && !engineer ? (
          <ol className="plain-timeline" aria-label="Call timeline">
            {plainTimeline(timeline.data.entries).map((e, i) => (
              <li key={i} className={`plain-${e.tone}`}>
                <span className="offset" title={formatDateTime(e.at)}>
                  {e.offset}
                </span>
                <Badge tone={PLAIN_TONE[e.tone]}>{e.tone === 'bad' ? 'Problem' : e.tone === 'ok' ? 'Sent' : e.tone === 'muted' ? 'Note' : 'Call'}</Badge>
                <span className="plain-text">{e.text}</span>
              </li>
            ))}
          </ol>
        ) : null}
      </section>
    </>
  );
}

function TimelineItem({ entry }: { entry: TimelineEntry }) {
  const [open, setOpen] = useState(false);
  const k = KIND[entry.kind] ?? KIND.other;
  const hasDetail = entry.detail && Object.keys(entry.detail).length > 0;
  return (
    <li className={`timeline-item kind-${entry.kind}`}>
      <span className={`timeline-icon badge-${k.tone}`} aria-hidden="true">
        {k.icon}
      </span>
      <div className="timeline-body">
        <div className="timeline-head">
          <Badge tone={k.tone}>{k.label}</Badge>
          <span className={entry.kind === 'ignored' ? 'timeline-title ignored' : 'timeline-title'}>{entry.title}</span>
          <Time iso={entry.at} className="muted small" />
          {hasDetail ? (
            <button type="button" className="btn btn-ghost btn-sm" aria-expanded={open} onClick={() => setOpen(!open)}>
              {open ? 'Hide details' : 'Details'}
            </button>
          ) : null}
        </div>
        {open && hasDetail ? <CodeBlock value={entry.detail} json label={`${entry.title} details`} /> : null}
      </div>
    </li>
  );
}
