import type { OutgoingWebhook } from '../api/types';
import { ResourceListPage } from '../components/ResourceListPage';
import { HealthBadge, successRate } from '../components/outgoing/HealthBadge';
import { Badge, EnabledBadge, MethodBadge } from '../components/ui';
import { eventTypeLabel } from '../format';
import { Link } from '../router';

export function OutgoingWebhooksPage() {
  return (
    <ResourceListPage<OutgoingWebhook>
      path="/outgoing-webhooks"
      pageSize={50}
      title="Outgoing Webhooks"
      subtitle="Push call events to any platform. Notify Slack, update your CRM, trigger automations—all in real-time."
      createLabel="Create outgoing webhook"
      tableLabel="Outgoing webhooks"
      columns={['Name', 'Event types', 'Method', 'URL', 'Health', 'Status']}
      empty={{
        title: 'No outgoing webhooks yet',
        text: 'Send call events to Slack, Telegram, your CRM or anything that speaks HTTP.',
      }}
      cells={(w, href) => (
        <>
          <td>
            <Link to={href}>{w.name}</Link>
          </td>
          <td>
            <div className="badge-list">
              {w.event_types.map((t) => (
                <Badge key={t} tone="blue" title={t}>
                  {eventTypeLabel(t)}
                </Badge>
              ))}
            </div>
          </td>
          <td>
            <MethodBadge method={w.method} />
          </td>
          <td className="truncate" title={w.url}>
            <code>{w.url}</code>
          </td>
          <td className="nowrap" data-testid="health-cell">
            <HealthBadge health={w.health} />
            <div className="muted small">
              {successRate(w.health)} ok{w.health.pending ? ` · ${w.health.pending} pending` : ''}
            </div>
          </td>
          <td>
            <EnabledBadge enabled={w.enabled} />
            {w.notification_channel ? (
              <>
                {' '}
                <Badge tone="blue">Alerts</Badge>
              </>
            ) : null}
            {w.signing?.enabled ? (
              <>
                {' '}
                <Badge tone="purple">Signed</Badge>
              </>
            ) : null}
          </td>
        </>
      )}
    />
  );
}
