// A log or list behind a filter bar (incoming and outgoing requests, calls, the audit log): the filters live in the
// URL, the first page refreshes itself, a CSV export takes the applied filters, and a row may open its details.
import type { ReactNode } from 'react';
import { api, type Query } from '../api/client';
import type { Page } from '../api/types';
import { useFilteredPages, type FilterDraft, type StringFields } from '../hooks';
import { ExportCsvLink } from './ExportCsvLink';
import { FilterBar } from './FilterBar';
import { ListPage } from './ListPage';
import { useOpenRow, type OpenRows } from './PagedTable';
import { EmptyState } from './ui';

const PAGE_SIZE = 50;

interface Empty {
  title: string;
  text: string;
}

export function FilteredListPage<F extends StringFields<F>, T>({
  path,
  none,
  toQuery = (filters) => filters,
  exportCsv,
  title,
  subtitle,
  filterLabel,
  filters: filterFields,
  tableLabel,
  columns,
  empty,
  emptyFiltered,
  children: renderRow,
}: {
  /** The API's list, `/logs/incoming`; its CSV export is `${path}/export`. */
  path: string;
  /** No filter: every field empty. */
  none: F;
  /** The filters as the API takes them: the list and its export share them. */
  toQuery?: (filters: F) => Query;
  exportCsv?: boolean;
  title: string;
  subtitle: string;
  filterLabel: string;
  filters: (draft: FilterDraft<F>) => ReactNode;
  tableLabel: string;
  columns: string[];
  empty: Empty;
  emptyFiltered: Empty;
  /** A row; `rows` says which one shows its details, `reload` fetches the page again. */
  children: (row: T, list: { rows: OpenRows; reload: () => void }) => ReactNode;
}) {
  const rows = useOpenRow();
  const list = useFilteredPages(none, (f, cursor, signal) => api.get<Page<T>>(path, { ...toQuery(f), limit: PAGE_SIZE, cursor }, signal));
  const { pages, filtered } = list;
  const shown = filtered ? emptyFiltered : empty;
  return (
    <ListPage
      title={title}
      subtitle={subtitle}
      actions={exportCsv ? <ExportCsvLink path={`${path}/export`} query={toQuery(list.applied)} /> : undefined}
      before={
        <FilterBar label={filterLabel} list={list} onApply={rows.close}>
          {filterFields(list.filters)}
        </FilterBar>
      }
      pages={pages}
      tableLabel={tableLabel}
      columns={columns}
      empty={<EmptyState title={shown.title}>{shown.text}</EmptyState>}
    >
      {(row) => renderRow(row, { rows, reload: pages.reload })}
    </ListPage>
  );
}
