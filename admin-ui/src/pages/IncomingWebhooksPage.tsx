import type { IncomingWebhook } from '../api/types';
import { ResourceListPage } from '../components/ResourceListPage';
import { Badge, EnabledBadge } from '../components/ui';
import { describeLifespan, formatDateTime, INCOMING_TYPE_LABELS, INCOMING_TYPE_PATHS } from '../format';
import { Link } from '../router';

export function IncomingWebhooksPage() {
  return (
    <ResourceListPage<IncomingWebhook>
      path="/incoming-webhooks"
      pageSize={50}
      title="Incoming Webhooks"
      subtitle="Receive data from external systems before, during, or after calls. Enrich your call data with CRM info, lead scores, and more."
      createLabel="Create incoming webhook"
      tableLabel="Incoming webhooks"
      columns={['Name', 'Type', 'Path', 'Lifespan', 'Status', 'Created']}
      empty={{
        title: 'No incoming webhooks yet',
        text: 'Create one to get a unique URL with an auth key that lead forms, CRMs and partners can post to.',
      }}
      cells={(w, href) => (
        <>
          <td>
            <Link to={href}>{w.name}</Link>
          </td>
          <td>
            <Badge tone={w.type === 'call_data' ? 'blue' : 'purple'}>{INCOMING_TYPE_LABELS[w.type] ?? w.type}</Badge>
          </td>
          <td>
            <code>{INCOMING_TYPE_PATHS[w.type] ?? '—'}</code>
          </td>
          <td>
            {w.lifespan_seconds}s <span className="muted small">({describeLifespan(w.lifespan_seconds)})</span>
          </td>
          <td>
            <EnabledBadge enabled={w.enabled} />
          </td>
          <td className="nowrap">{formatDateTime(w.created_at)}</td>
        </>
      )}
    />
  );
}
