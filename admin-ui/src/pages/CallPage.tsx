import { useState } from 'react';
import { api, seg } from '../api/client';
import type { CallDetail, CallTimeline, TimelineEntry, TimelineKind } from '../api/types';
import { CodeBlock } from '../components/CodeBlock';
import { Badge, Breadcrumb, EmptyState, ErrorAlert, Loading, PageHeader, type BadgeTone } from '../components/ui';
import { formatDateTime, formatSeconds } from '../format';
import { useLoad } from '../hooks';
import { Link } from '../router';
import { callStatusTone } from './CallsPage';

const KIND: Record<TimelineKind, { icon: string; label: string; tone: BadgeTone }> = {
  event: { icon: '●', label: 'Event', tone: 'blue' },
  ignored: { icon: '⊘', label: 'Ignored', tone: 'gray' },
  enrichment: { icon: '⇣', label: 'Enrichment', tone: 'purple' },
  tags: { icon: '#', label: 'Tags', tone: 'purple' },
  timer: { icon: '◔', label: 'Timer', tone: 'yellow' },
  delivery: { icon: '⇡', label: 'Delivery', tone: 'green' },
  attempt: { icon: '↻', label: 'Attempt', tone: 'neutral' },
  update: { icon: '✎', label: 'Update', tone: 'blue' },
  other: { icon: '•', label: 'Other', tone: 'gray' },
};

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

/** "incoming_webhook: HOMEOWNER" for a tag's recorded source. */
function sourceOf(sources: CallDetail['tag_sources'], name: string): string {
  const source = sources[name];
  return source ? [source.type, source.key].filter(Boolean).join(': ') : '';
}

export function CallPage({ id }: { id: string }) {
  const call = useLoad((signal) => api.get<CallDetail>(`/calls/${seg(id)}`, undefined, signal), [id]);
  const timeline = useLoad((signal) => api.get<CallTimeline>(`/calls/${seg(id)}/timeline`, undefined, signal), [id]);

  const c = call.data;
  return (
    <>
      <Breadcrumb to="/calls" label="Calls">
        <code>{id}</code>
      </Breadcrumb>
      <PageHeader
        title={`Call ${id}`}
        subtitle={c ? `${c.from ?? 'unknown caller'} → ${c.to ?? 'unknown number'}` : undefined}
        actions={
          <>
            {timeline.data?.temporal_web_url ? (
              <a className="btn btn-secondary" href={timeline.data.temporal_web_url} target="_blank" rel="noreferrer">
                Open in Temporal Web
              </a>
            ) : null}
            <Link className="btn btn-ghost" to={`/logs/outgoing?call_id=${encodeURIComponent(id)}`}>
              Deliveries for this call
            </Link>
            <button
              type="button"
              className="btn btn-ghost"
              onClick={() => {
                call.reload();
                timeline.reload();
              }}
            >
              Refresh
            </button>
          </>
        }
      />
      {call.loading && !c ? <Loading /> : null}
      <ErrorAlert error={call.error} />
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
                  <dd>{String(k).endsWith('_at') ? formatDateTime(String(c[k])) : String(c[k])}</dd>
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
          <section className="card" aria-labelledby="call-tags">
            <h2 id="call-tags">Tags</h2>
            {Object.keys(c.tags ?? {}).length === 0 ? (
              <p className="muted">No tags on this call.</p>
            ) : (
              <table className="table table-compact" aria-label="Call tags">
                <thead>
                  <tr>
                    <th scope="col">Tag</th>
                    <th scope="col">Value</th>
                    <th scope="col">Source</th>
                  </tr>
                </thead>
                <tbody>
                  {Object.entries(c.tags ?? {}).map(([k, v]) => (
                    <tr key={k}>
                      <td>
                        <code>{k}</code>
                      </td>
                      <td className="break">{typeof v === 'string' ? v : JSON.stringify(v)}</td>
                      <td className="muted">{sourceOf(c.tag_sources, k) || '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        </div>
      ) : null}

      <section className="card" aria-labelledby="call-timeline">
        <h2 id="call-timeline">Timeline</h2>
        {timeline.loading && !timeline.data ? <Loading label="Loading timeline…" /> : null}
        <ErrorAlert error={timeline.error} />
        {timeline.data && timeline.data.entries.length === 0 ? (
          <EmptyState title="No timeline entries yet" />
        ) : null}
        {timeline.data ? (
          <ol className="timeline" aria-label="Call timeline">
            {timeline.data.entries.map((e, i) => (
              <TimelineItem key={i} entry={e} />
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
          <time className="muted small" dateTime={entry.at}>
            {formatDateTime(entry.at)}
          </time>
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
