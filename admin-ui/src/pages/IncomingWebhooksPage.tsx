import { useState } from 'react';
import { api, errorMessage, seg } from '../api/client';
import type { IncomingWebhook, Page } from '../api/types';
import { Badge, ConfirmButton, EmptyState, EnabledBadge, ErrorAlert, Loading, PageHeader, Pager } from '../components/ui';
import { describeLifespan, formatDateTime, INCOMING_TYPE_LABELS, INCOMING_TYPE_PATHS } from '../format';
import { useCursorPages } from '../hooks';
import { Link, navigate } from '../router';

export function IncomingWebhooksPage() {
  const pages = useCursorPages(
    (cursor, signal) => api.get<Page<IncomingWebhook>>('/incoming-webhooks', { limit: 50, cursor }, signal),
    '',
  );
  const [actionError, setActionError] = useState<string | null>(null);

  const create = (
    <button type="button" className="btn btn-primary" onClick={() => navigate('/incoming-webhooks/new')}>
      Create incoming webhook
    </button>
  );

  return (
    <>
      <PageHeader
        title="Incoming Webhooks"
        subtitle="Receive data from external systems before, during, or after calls. Enrich your call data with CRM info, lead scores, and more."
        actions={pages.rows.length > 0 ? create : undefined}
      />
      <ErrorAlert error={pages.error} />
      {actionError ? <ErrorAlert error={actionError} /> : null}
      {pages.loading && !pages.data ? (
        <Loading />
      ) : pages.rows.length === 0 && !pages.error && !pages.hasPrevious ? (
        <EmptyState title="No incoming webhooks yet" action={create}>
          Create one to get a unique URL with an auth key that lead forms, CRMs and partners can post to.
        </EmptyState>
      ) : pages.rows.length > 0 ? (
        <>
          <div className="table-wrap">
            <table className="table" aria-label="Incoming webhooks">
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Type</th>
                  <th scope="col">Path</th>
                  <th scope="col">Lifespan</th>
                  <th scope="col">Status</th>
                  <th scope="col">Created</th>
                  <th scope="col">Actions</th>
                </tr>
              </thead>
              <tbody>
                {pages.rows.map((w) => (
                  <tr key={w.id}>
                    <td>
                      <Link to={`/incoming-webhooks/${seg(w.id)}`}>{w.name}</Link>
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
                    <td className="actions">
                      <Link className="btn btn-secondary btn-sm" to={`/incoming-webhooks/${seg(w.id)}`} aria-label={`Edit ${w.name}`}>
                        Edit
                      </Link>
                      <ConfirmButton
                        label="Delete"
                        accessibleName={`Delete ${w.name}`}
                        className="btn btn-danger btn-sm"
                        onConfirm={async () => {
                          setActionError(null);
                          try {
                            await api.del(`/incoming-webhooks/${seg(w.id)}`);
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
