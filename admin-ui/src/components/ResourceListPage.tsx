// The page of a configured resource (incoming webhooks, outgoing webhooks, tags): a paged table whose
// rows can be edited and deleted, with a create button and an empty state that offers it.
import { useState, type ReactNode } from 'react';
import { api, seg } from '../api/client';
import type { Page } from '../api/types';
import { useCanWrite } from '../auth';
import { useCursorPages } from '../hooks';
import { Link, navigate } from '../router';
import { ListPage } from './ListPage';
import { ConfirmButton, EmptyState, ErrorAlert } from './ui';

interface Named {
  id: string;
  name: string;
}

export function ResourceListPage<T extends Named>({
  path,
  pageSize,
  title,
  subtitle,
  intro,
  createLabel,
  createAlways,
  tableLabel,
  columns,
  empty,
  deleteErrorTitle,
  onDeleted,
  cells,
}: {
  /** The collection, the same under the API and the admin UI: "/tags". */
  path: string;
  pageSize: number;
  title: string;
  subtitle: string;
  /** Between the header and the table. */
  intro?: ReactNode;
  createLabel: string;
  /** The header offers "create" even while the list is empty (the empty state offers it too). */
  createAlways?: boolean;
  tableLabel: string;
  /** All but the last, "Actions". */
  columns: string[];
  empty: { title: string; text: string };
  deleteErrorTitle?: string;
  onDeleted?: () => void;
  /** All cells but the actions; `href` is the row's edit page. */
  cells: (row: T, href: string) => ReactNode;
}) {
  const pages = useCursorPages((cursor, signal) => api.get<Page<T>>(path, { limit: pageSize, cursor }, signal), '');
  const canWrite = useCanWrite();
  const [deleteError, setDeleteError] = useState<unknown>(null);

  const remove = async (row: T) => {
    setDeleteError(null);
    try {
      await api.del(`${path}/${seg(row.id)}`);
      onDeleted?.();
      pages.reload();
    } catch (err) {
      setDeleteError(err);
    }
  };

  // A read-only token sees the list and each record, and nothing that would change them.
  const create = canWrite ? (
    <button type="button" className="btn btn-primary" onClick={() => navigate(`${path}/new`)}>
      {createLabel}
    </button>
  ) : undefined;

  return (
    <ListPage
      title={title}
      subtitle={subtitle}
      actions={createAlways || pages.rows.length > 0 ? create : undefined}
      before={intro}
      alerts={deleteError ? <ErrorAlert error={deleteError} title={deleteErrorTitle} /> : null}
      pages={pages}
      tableLabel={tableLabel}
      columns={[...columns, 'Actions']}
      empty={
        // An empty page after the first one is not an empty list.
        pages.hasPrevious ? null : (
          <EmptyState title={empty.title} action={create}>
            {empty.text}
          </EmptyState>
        )
      }
    >
      {(row) => {
        const href = `${path}/${seg(row.id)}`;
        return (
          <tr key={row.id}>
            {cells(row, href)}
            <td className="actions">
              <Link className="btn btn-secondary btn-sm" to={href} aria-label={`${canWrite ? 'Edit' : 'View'} ${row.name}`}>
                {canWrite ? 'Edit' : 'View'}
              </Link>
              {canWrite ? (
                <ConfirmButton
                  label="Delete"
                  accessibleName={`Delete ${row.name}`}
                  className="btn btn-danger btn-sm"
                  onConfirm={() => remove(row)}
                />
              ) : null}
            </td>
          </tr>
        );
      }}
    </ListPage>
  );
}
