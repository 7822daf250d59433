import { useState } from 'react';
import { api, seg } from '../api/client';
import type { Page, Tag } from '../api/types';
import { invalidateCatalog } from '../catalog';
import { Badge, ConfirmButton, EmptyState, ErrorAlert, Loading, PageHeader, Pager } from '../components/ui';
import { TAG_SOURCE_LABELS } from '../format';
import { useCursorPages } from '../hooks';
import { Link, navigate } from '../router';

export function TagsPage() {
  const pages = useCursorPages((cursor, signal) => api.get<Page<Tag>>('/tags', { limit: 100, cursor }, signal), '');
  const [actionError, setActionError] = useState<unknown>(null);

  const create = (
    <button type="button" className="btn btn-primary" onClick={() => navigate('/tags/new')}>
      Create tag
    </button>
  );

  return (
    <>
      <PageHeader
        title="Tags"
        subtitle="Create custom tags from multiple sources to categorize and track your calls for better analytics and reporting."
        actions={create}
      />
      <section className="card about">
        <h2>About Tags</h2>
        <p>These tags are attached to calls and can come from multiple sources including:</p>
        <ul>
          <li>Inbound RTB (Real-Time Bidding)</li>
          <li>Landing Pages</li>
          <li>SIP Headers</li>
          <li>Incoming Webhooks</li>
        </ul>
        <p className="muted">
          Use these tags to categorize and track your calls for better analytics and reporting. Reference them in outgoing
          payloads as <code>[TAG_NAME]</code>.
        </p>
      </section>
      <ErrorAlert error={pages.error} />
      {actionError ? <ErrorAlert error={actionError} title="Could not delete the tag." /> : null}
      {pages.loading && !pages.data ? (
        <Loading />
      ) : pages.rows.length === 0 && !pages.error && !pages.hasPrevious ? (
        <EmptyState title="No tags yet" action={create}>
          Values seen on calls are kept even without a definition; define a tag to give it a display name and sources.
        </EmptyState>
      ) : pages.rows.length > 0 ? (
        <>
          <div className="table-wrap">
            <table className="table" aria-label="Tags">
              <thead>
                <tr>
                  <th scope="col">Tag Name</th>
                  <th scope="col">Display Name</th>
                  <th scope="col">Description</th>
                  <th scope="col">Actions</th>
                </tr>
              </thead>
              <tbody>
                {pages.rows.map((t) => (
                  <tr key={t.id}>
                    <td>
                      <Link to={`/tags/${seg(t.id)}`}>
                        <code>{t.name}</code>
                      </Link>
                      {t.sources?.length ? (
                        <div className="badge-list">
                          {t.sources.map((s, i) => (
                            <Badge key={i} tone="gray" title={`${TAG_SOURCE_LABELS[s.type] ?? s.type}: ${s.key}`}>
                              {TAG_SOURCE_LABELS[s.type] ?? s.type}: {s.key}
                            </Badge>
                          ))}
                        </div>
                      ) : null}
                    </td>
                    <td>{t.display_name}</td>
                    <td>{t.description ? t.description : '-'}</td>
                    <td className="actions">
                      <Link className="btn btn-secondary btn-sm" to={`/tags/${seg(t.id)}`} aria-label={`Edit ${t.name}`}>
                        Edit
                      </Link>
                      <ConfirmButton
                        label="Delete"
                        accessibleName={`Delete ${t.name}`}
                        className="btn btn-danger btn-sm"
                        onConfirm={async () => {
                          setActionError(null);
                          try {
                            await api.del(`/tags/${seg(t.id)}`);
                            invalidateCatalog();
                            pages.reload();
                          } catch (err) {
                            setActionError(err);
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
