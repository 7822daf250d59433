import { seg } from '../api/client';
import type { CallSummary } from '../api/types';
import { SelectFilter, TextFilter, TimeRangeFilter, timeRangeQuery } from '../components/FilterBar';
import { FilteredListPage } from '../components/FilteredListPage';
import { Badge, type BadgeTone } from '../components/ui';
import { formatDateTime, formatSeconds } from '../format';
import { Link, navigate } from '../router';

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

/** The list's filters as the API takes them: the list and its CSV export share them. */
const toQuery = (f: Filters) => ({
  status: f.status,
  caller: f.caller.trim(),
  campaign_id: f.campaign_id.trim(),
  ...timeRangeQuery(f),
});

export function CallsPage() {
  return (
    <FilteredListPage<Filters, CallSummary>
      path="/calls"
      none={NO_FILTERS}
      toQuery={toQuery}
      exportCsv
      title="Calls"
      subtitle="Every call is a durable workflow; open one to see its timeline, tags and deliveries."
      filterLabel="Filter calls"
      filters={(filters) => (
        <>
          <SelectFilter filters={filters} name="status" id="c-status" label="Status" anyLabel="Any status" options={CALL_STATUSES} />
          <TextFilter filters={filters} name="caller" id="c-caller" label="Caller" placeholder="+15551234567" />
          <TextFilter filters={filters} name="campaign_id" id="c-campaign" label="Campaign ID" />
          <TimeRangeFilter filters={filters} idPrefix="c" />
        </>
      )}
      tableLabel="Calls"
      columns={['Call ID', 'Status', 'From', 'To', 'Campaign', 'Buyer', 'Started', 'Duration']}
      empty={{ title: 'No calls yet', text: 'Calls appear here as soon as the call platform reports them.' }}
      emptyFiltered={{ title: 'No calls match these filters', text: 'Try fewer filters.' }}
    >
      {(c) => (
        <tr
          key={c.call_id}
          className="row-link"
          data-testid="call-row"
          // The whole row opens the call; the id stays a real link for Ctrl-click and keyboards.
          onClick={(e) => {
            if (!(e.target as HTMLElement).closest('a, button') && !window.getSelection()?.toString()) navigate(`/calls/${seg(c.call_id)}`);
          }}
        >
          <td>
            <Link to={`/calls/${seg(c.call_id)}`}>
              <code className="id">{c.call_id}</code>
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
          <td className="ellipsis" title={c.campaign_name ?? undefined}>
            {c.campaign_name ?? '—'}
          </td>
          <td className="ellipsis" title={c.buyer_name ?? undefined}>
            {c.buyer_name ?? '—'}
          </td>
          <td className="nowrap">{formatDateTime(c.started_at)}</td>
          <td>{formatSeconds(c.duration)}</td>
        </tr>
      )}
    </FilteredListPage>
  );
}
