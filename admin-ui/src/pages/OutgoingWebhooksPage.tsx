import { useState } from 'react';
import { api, errorMessage, seg } from '../api/client';
import type { OutgoingWebhook, Page } from '../api/types';
import { Badge, ConfirmButton, EmptyState, EnabledBadge, ErrorAlert, Loading, MethodBadge, PageHeader, Pager } from '../components/ui';
import { eventTypeLabel } from '../format';
import { useCursorPages } from '../hooks';
import { Link, navigate } from '../router';

export function OutgoingWebhooksPage() {
  const pages = useCursorPages(
    (cursor, signal) => api.get<Page<OutgoingWebhook>>('/outgoing-webhooks', { limit: 50, cursor }, signal),
    '',
  );
  const [actionError, setActionError] = useState<string | null>(null);

  const create = (
    <button type="button" className="btn btn-primary" onClick={() => navigate('/outgoing-webhooks/new')}>
      Create outgoing webhook
    </button>
  );

  return (
    <>
      <PageHeader
        title="Outgoing Webhooks"
        subtitle="Push call events to any platform. Notify Slack, update your CRM, trigger automations—all in real-time."
        actions={pages.rows.length > 0 ? create : undefined}
      />
      <ErrorAlert error={pages.error} />
      {actionError ? <ErrorAlert error={actionError} /> : null}
      {pages.loading && !pages.data ? (
        <Loading />
      ) : pages.rows.length === 0 && !pages.error && !pages.hasPrevious ? (
        <EmptyState title="No outgoing webhooks yet" action={create}>
          Send call events to Slack, Telegram, your CRM or anything that speaks HTTP.
        </EmptyState>
      ) : pages.rows.length > 0 ? (
        <>
          <div className="table-wrap">
            <table className="table" aria-label="Outgoing webhooks">
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Event types</th>
                  <th scope="col">Method</th>
                  <th scope="col">URL</th>
                  <th scope="col">Status</th>
                  <th scope="col">Actions</th>
                </tr>
              </thead>
              <tbody>
                {pages.rows.map((w) => (
                  <tr key={w.id}>
                    <td>
                      <Link to={`/outgoing-webhooks/${seg(w.id)}`}>{w.name}</Link>
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
                    <td>
                      <EnabledBadge enabled={w.enabled} />
                      {w.signing?.enabled ? (
                        <>
                          {' '}
                          <Badge tone="purple">Signed</Badge>
                        </>
                      ) : null}
                    </td>
                    <td className="actions">
                      <Link className="btn btn-secondary btn-sm" to={`/outgoing-webhooks/${seg(w.id)}`} aria-label={`Edit ${w.name}`}>
                        Edit
                      </Link>
                      <ConfirmButton
                        label="Delete"
                        accessibleName={`Delete ${w.name}`}
                        className="btn btn-danger btn-sm"
                        onConfirm={async () => {
                          setActionError(null);
                          try {
                            await api.del(`/outgoing-webhooks/${seg(w.id)}`);
                            pages.reload();
                          } catch (err) {
                            setActionError(errorMessage(err));
                          }
                        }}
                      />
                    </td>
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
