import { useState, type FormEvent } from 'react';
import { api, seg } from '../api/client';
import type { CallSummary, Page } from '../api/types';
import { Badge, EmptyState, ErrorAlert, Loading, PageHeader, Pager, type BadgeTone } from '../components/ui';
import { formatDateTime, formatSeconds, localToIso } from '../format';
import { useCursorPages } from '../hooks';
import { Link } from '../router';

interface Filters {
  status: string;
  caller: string;
  campaign_id: string;
  from: string;
  to: string;
}
const NO_FILTERS: Filters = { status: '', caller: '', campaign_id: '', from: '', to: '' };
const CALL_STATUSES = ['ringing', 'connected', 'ended', 'failed', 'completed'];

export function callStatusTone(status: string): BadgeTone {
  switch (status) {
    case 'ringing':
      return 'yellow';
    case 'connected':
      return 'blue';
    case 'completed':
    case 'ended':
      return 'green';
    case 'failed':
      return 'red';
    default:
      return 'gray';
  }
}

export function CallsPage() {
  const [draft, setDraft] = useState<Filters>(NO_FILTERS);
  const [applied, setApplied] = useState<Filters>(NO_FILTERS);
  const pages = useCursorPages(
    (cursor, signal) =>
      api.get<Page<CallSummary>>(
        '/calls',
        {
          status: applied.status,
          caller: applied.caller.trim(),
          campaign_id: applied.campaign_id.trim(),
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
  };
  const filtered = JSON.stringify(applied) !== JSON.stringify(NO_FILTERS);

  return (
    <>
      <PageHeader title="Calls" subtitle="Every call is a durable workflow; open one to see its timeline, tags and deliveries." />
      <form className="filters card" onSubmit={apply} aria-label="Filter calls">
        <div className="field">
          <label htmlFor="c-status">Status</label>
          <select id="c-status" value={draft.status} onChange={(e) => setDraft({ ...draft, status: e.target.value })}>
            <option value="">Any status</option>
            {CALL_STATUSES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="c-caller">Caller</label>
          <input id="c-caller" type="text" placeholder="+15551234567" value={draft.caller} onChange={(e) => setDraft({ ...draft, caller: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="c-campaign">Campaign ID</label>
          <input id="c-campaign" type="text" value={draft.campaign_id} onChange={(e) => setDraft({ ...draft, campaign_id: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="c-from">From</label>
          <input id="c-from" type="datetime-local" value={draft.from} onChange={(e) => setDraft({ ...draft, from: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="c-to">To</label>
          <input id="c-to" type="datetime-local" value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.target.value })} />
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
        <EmptyState title={filtered ? 'No calls match these filters' : 'No calls yet'}>
          {filtered ? 'Try fewer filters.' : 'Calls appear here as soon as the call platform reports them.'}
        </EmptyState>
      ) : pages.rows.length > 0 ? (
        <>
          <div className="table-wrap">
            <table className="table" aria-label="Calls">
              <thead>
                <tr>
                  <th scope="col">Call ID</th>
                  <th scope="col">Status</th>
                  <th scope="col">From</th>
                  <th scope="col">To</th>
                  <th scope="col">Campaign</th>
                  <th scope="col">Buyer</th>
                  <th scope="col">Started</th>
                  <th scope="col">Duration</th>
                </tr>
              </thead>
              <tbody>
                {pages.rows.map((c) => (
                  <tr key={c.call_id}>
                    <td>
                      <Link to={`/calls/${seg(c.call_id)}`}>
                        <code>{c.call_id}</code>
                      </Link>
                    </td>
                    <td>
                      <Badge tone={callStatusTone(c.status)}>{c.status}</Badge>
                      {c.converted ? (
                        <>
                          {' '}
                          <Badge tone="green">converted</Badge>
                        </>
                      ) : null}
                    </td>
                    <td className="nowrap">{c.from ?? '—'}</td>
                    <td className="nowrap">{c.to ?? '—'}</td>
                    <td>{c.campaign_name ?? '—'}</td>
                    <td>{c.buyer_name ?? '—'}</td>
                    <td className="nowrap">{formatDateTime(c.started_at)}</td>
                    <td>{formatSeconds(c.duration)}</td>
                  </tr>
                ))}
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
