// The skeleton of every list page: the header, what comes before the table (an intro, notices, the filter bar),
// the list's failure and the page's own alerts, then the paged table.
import type { ReactNode } from 'react';
import type { CursorPages } from '../hooks';
import { PagedTable } from './PagedTable';
import { ErrorAlert, PageHeader } from './ui';

export function ListPage<T>({
  title,
  subtitle,
  actions,
  before,
  alerts,
  pages,
  tableLabel,
  columns,
  empty,
  children,
}: {
  title: string;
  subtitle: string;
  actions?: ReactNode;
  before?: ReactNode;
  /** Failures of the page's own actions (a delete, an attach), under the list's. */
  alerts?: ReactNode;
  pages: CursorPages<T>;
  tableLabel: string;
  columns: string[];
  empty: ReactNode;
  children: (row: T) => ReactNode;
}) {
  return (
    <>
      <PageHeader title={title} subtitle={subtitle} actions={actions} />
      {before}
      <ErrorAlert error={pages.error} />
      {alerts}
      <PagedTable pages={pages} label={tableLabel} columns={columns} empty={empty}>
        {children}
      </PagedTable>
    </>
  );
}
