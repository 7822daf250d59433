import type { AuditEntry, AuditResource } from '../api/types';
import { SelectFilter } from '../components/FilterBar';
import { FilteredListPage } from '../components/FilteredListPage';
import { ExpandableRow } from '../components/PagedTable';
import { Badge, type BadgeTone } from '../components/ui';
import { formatDateTime, prettyJson } from '../format';
import { Link } from '../router';

const RESOURCES: Record<AuditResource, { label: string; path?: string }> = {
  incoming_webhook: { label: 'Incoming webhook', path: '/incoming-webhooks' },
  outgoing_webhook: { label: 'Outgoing webhook', path: '/outgoing-webhooks' },
  tag: { label: 'Tag', path: '/tags' },
  token: { label: 'API token', path: '/tokens' },
  settings: { label: 'Settings' },
  organization: { label: 'Organization' },
};

const ACTION_TONES: Record<string, BadgeTone> = { created: 'green', updated: 'blue', deleted: 'red', revoked: 'red' };

interface Filters {
  resource_type: string;
}
const NO_FILTERS: Filters = { resource_type: '' };
const COLUMNS = ['Change', 'Resource', 'By', 'Fields', 'When'];

/** Every change to webhooks, tags, tokens and settings: who made it, when, and what changed (secrets redacted). */
export function AuditLogPage() {
  const text = 'Changes made through the API or this dashboard appear here.';
  return (
    <FilteredListPage<Filters, AuditEntry>
      path="/audit-log"
      none={NO_FILTERS}
      title="Audit Log"
      subtitle="Who changed what, and when: every change to webhooks, tags, tokens and settings"
      filterLabel="Filter the audit log"
      filters={(filters) => (
        <SelectFilter
          filters={filters}
          name="resource_type"
          id="audit-resource"
          label="Resource"
          anyLabel="All resources"
          options={(Object.keys(RESOURCES) as AuditResource[]).map((r) => ({ value: r, label: RESOURCES[r].label }))}
        />
      )}
      tableLabel="Audit log"
      columns={COLUMNS}
      empty={{ title: 'No changes yet', text }}
      emptyFiltered={{ title: 'No changes to this kind of resource', text }}
    >
      {(e, { rows }) => (
        <ExpandableRow
          key={e.id}
          detailId={`audit-${e.id}`}
          what={`${e.action} ${e.resource.name}`}
          open={rows.isOpen(e.id)}
          onToggle={() => rows.toggle(e.id)}
          summary={<Badge tone={ACTION_TONES[e.action] ?? 'purple'}>{e.action.replace(/_/g, ' ')}</Badge>}
          note={null}
          colSpan={COLUMNS.length}
          detail={() => <ChangesTable entry={e} />}
        >
          <td>
            <ResourceName entry={e} />
            <div className="muted small">{RESOURCES[e.resource.type]?.label ?? e.resource.type}</div>
          </td>
          <td>
            {e.actor.name}
            <div className="muted small">{e.actor.role.replace(/_/g, ' ')}</div>
          </td>
          <td className="truncate" title={e.changes.map((c) => c.field).join(', ')}>
            {e.changes.map((c) => c.field).join(', ') || '—'}
          </td>
          <td className="nowrap">{formatDateTime(e.at)}</td>
        </ExpandableRow>
      )}
    </FilteredListPage>
  );
}

function ResourceName({ entry }: { entry: AuditEntry }) {
  const path = RESOURCES[entry.resource.type]?.path;
  // Only what still exists has a page; tokens are listed, not opened.
  if (!path || entry.action === 'deleted' || entry.resource.type === 'token') return <>{entry.resource.name}</>;
  return <Link to={`${path}/${encodeURIComponent(entry.resource.id)}`}>{entry.resource.name}</Link>;
}

function ChangesTable({ entry }: { entry: AuditEntry }) {
  return (
    <>
      <table className="table changes" aria-label={`Changes to ${entry.resource.name}`}>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Before</th>
            <th scope="col">After</th>
          </tr>
        </thead>
        <tbody>
          {entry.changes.map((c) => (
            <tr key={c.field}>
              <td>
                <code>{c.field}</code>
              </td>
              <td>
                <pre className="change-value">{prettyJson(c.before)}</pre>
              </td>
              <td>
                <pre className="change-value">{prettyJson(c.after)}</pre>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted small">
        {entry.resource.id}
        {entry.request_id ? ` · request ${entry.request_id}` : ''}
      </p>
    </>
  );
}
