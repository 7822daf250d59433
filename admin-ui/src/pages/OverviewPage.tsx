import { useMemo, useState } from 'react';
import { api, seg } from '../api/client';
import type { Overview, OverviewRange } from '../api/types';
import { TimeChart, type ChartSeries } from '../components/TimeChart';
import { EmptyState, ErrorAlert, HttpStatusBadge, Loading, PageHeader } from '../components/ui';
import { bucketLabel, formatDateTime, formatDuration, formatPercent } from '../format';
import { useLoad } from '../hooks';
import { Link } from '../router';

const RANGES: { value: OverviewRange; label: string }[] = [
  { value: '1h', label: '1 hour' },
  { value: '24h', label: '24 hours' },
  { value: '7d', label: '7 days' },
];

const COLORS = { calls: '#4f46e5', incoming: '#0e7490', deliveries: '#9a6200', succeeded: '#17803d', failed: '#c8323c' };

function RangePicker({ range, onChange }: { range: OverviewRange; onChange: (r: OverviewRange) => void }) {
  return (
    <div className="range-picker" role="group" aria-label="Range">
      {RANGES.map((r) => (
        <button key={r.value} type="button" className={`btn btn-sm ${r.value === range ? 'btn-primary' : 'btn-secondary'}`} aria-pressed={r.value === range} onClick={() => onChange(r.value)}>
          {r.label}
        </button>
      ))}
    </div>
  );
}

function Stat({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <div className="stat" role="group" aria-label={label}>
      <div className="stat-label">{label}</div>
      <div className="stat-value">{value}</div>
      {hint ? <div className="muted small">{hint}</div> : null}
    </div>
  );
}

function Charts({ overview }: { overview: Overview }) {
  const { times, traffic, outcomes } = useMemo(() => {
    const s = overview.series;
    const pick = (label: string, color: string, key: keyof Overview['series'][number]): ChartSeries => ({ label, color, values: s.map((b) => Number(b[key])) });
    return {
      times: s.map((b) => Date.parse(b.at) / 1000),
      traffic: [pick('Calls', COLORS.calls, 'calls'), pick('Incoming requests', COLORS.incoming, 'incoming_requests'), pick('Deliveries', COLORS.deliveries, 'deliveries')],
      outcomes: [pick('Succeeded', COLORS.succeeded, 'deliveries_succeeded'), pick('Failed', COLORS.failed, 'deliveries_failed')],
    };
  }, [overview]);
  const per = bucketLabel(overview.bucket_seconds);
  return (
    <div className="two-col">
      <section className="card" aria-labelledby="chart-traffic">
        <h2 id="chart-traffic">Traffic per {per}</h2>
        <TimeChart title="Traffic" times={times} series={traffic} />
      </section>
      <section className="card" aria-labelledby="chart-outcomes">
        <h2 id="chart-outcomes">Delivery outcomes per {per}</h2>
        <TimeChart title="Delivery outcomes" times={times} series={outcomes} />
      </section>
    </div>
  );
}

function WorstWebhooks({ webhooks }: { webhooks: Overview['worst_webhooks'] }) {
  if (!webhooks.length) return <EmptyState title="No failing deliveries">Every webhook delivered without a failure in this range.</EmptyState>;
  return (
    <div className="table-wrap">
      <table className="table table-compact">
        <thead>
          <tr>
            <th>Webhook</th>
            <th>Failing</th>
            <th>Failure rate</th>
            <th>Last error</th>
          </tr>
        </thead>
        <tbody>
          {webhooks.map((w) => (
            <tr key={w.webhook_id}>
              <td>
                <Link to={`/outgoing-webhooks/${seg(w.webhook_id)}`}>{w.webhook_name}</Link>
              </td>
              <td className="nowrap">
                {w.failing} of {w.deliveries}
              </td>
              <td className="text-danger">{formatPercent(w.failure_rate)}</td>
              <td>
                <div className="break">{w.last_error ?? '—'}</div>
                {w.last_error_at ? <div className="muted small">{formatDateTime(w.last_error_at)}</div> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function IncomingByStatus({ statuses }: { statuses: Overview['incoming_by_status'] }) {
  if (!statuses.length) return <EmptyState title="No incoming requests">Requests to the ingress in this range appear here.</EmptyState>;
  return (
    <table className="table table-compact">
      <thead>
        <tr>
          <th>Status</th>
          <th>Requests</th>
        </tr>
      </thead>
      <tbody>
        {statuses.map((s) => (
          <tr key={s.status}>
            <td>
              <HttpStatusBadge status={s.status} />
            </td>
            <td>{s.count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The landing page: is everything healthy? Traffic, delivery outcomes and latency, and where failures are. */
export function OverviewPage() {
  const [range, setRange] = useState<OverviewRange>('24h');
  const loaded = useLoad((signal) => api.get<Overview>('/stats/overview', { range }, signal), [range]);
  const o = loaded.data;
  const d = o?.deliveries;

  return (
    <>
      <PageHeader title="Overview" subtitle="Calls, incoming requests and deliveries at a glance" actions={<RangePicker range={range} onChange={setRange} />} />
      <ErrorAlert error={loaded.error} />
      {!o || !d ? (
        loaded.loading ? <Loading label="Loading the overview…" /> : null
      ) : (
        <div aria-busy={loaded.loading}>
          <div className="stats">
            <Stat label="Calls" value={String(o.totals.calls)} />
            <Stat label="Incoming requests" value={String(o.totals.incoming_requests)} />
            <Stat label="Deliveries" value={String(d.total)} hint={`${d.pending} pending`} />
            <Stat label="Success rate" value={formatPercent(d.success_rate)} hint={`${d.succeeded} succeeded, ${d.failed} failed`} />
            <Stat label="Latency p50" value={formatDuration(d.p50_ms)} />
            <Stat label="Latency p95" value={formatDuration(d.p95_ms)} />
          </div>
          <Charts overview={o} />
          <div className="two-col">
            <section className="card" aria-labelledby="worst-webhooks">
              <h2 id="worst-webhooks">Worst webhooks</h2>
              <WorstWebhooks webhooks={o.worst_webhooks} />
            </section>
            <section className="card" aria-labelledby="incoming-statuses">
              <h2 id="incoming-statuses">Incoming requests by status</h2>
              <IncomingByStatus statuses={o.incoming_by_status} />
            </section>
          </div>
        </div>
      )}
    </>
  );
}
