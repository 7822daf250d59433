// A cursor-paginated table: loading, empty state, the rows, then Previous/Next.
import { useState, type ReactNode } from 'react';
import type { CursorPages } from '../hooks';
import { Loading, Pager } from './ui';

export function PagedTable<T>({
  pages,
  label,
  columns,
  empty,
  children: renderRow,
}: {
  pages: CursorPages<T>;
  label: string;
  columns: string[];
  /** Shown when a page has no rows and did not fail. */
  empty: ReactNode;
  children: (row: T) => ReactNode;
}) {
  if (pages.loading && !pages.data) return <Loading />;
  if (pages.rows.length === 0) return pages.error ? null : empty;
  return (
    <>
      <div className="table-wrap">
        <table className="table" aria-label={label}>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{pages.rows.map(renderRow)}</tbody>
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
  );
}

/** Which one row of a table shows its details, if any. */
export function useOpenRow() {
  const [open, setOpen] = useState<string | null>(null);
  return {
    isOpen: (id: string) => open === id,
    toggle: (id: string) => setOpen((o) => (o === id ? null : id)),
    close: () => setOpen(null),
  };
}

export type OpenRows = ReturnType<typeof useOpenRow>;

/** A row whose first cell toggles a detail row under it; `what` names the row for screen readers ("request 123"). */
export function ExpandableRow({
  detailId,
  what,
  open,
  onToggle,
  summary,
  note,
  colSpan,
  detail,
  children,
}: {
  detailId: string;
  what: string;
  open: boolean;
  onToggle: () => void;
  /** The toggle button's text. */
  summary: ReactNode;
  /** Under the toggle, in the first cell. */
  note: ReactNode;
  colSpan: number;
  detail: () => ReactNode;
  /** The other cells. */
  children: ReactNode;
}) {
  return (
    <>
      <tr className={open ? 'row-open' : undefined}>
        <td>
          <button
            type="button"
            className="row-toggle"
            aria-expanded={open}
            aria-controls={detailId}
            aria-label={`${open ? 'Hide' : 'Show'} details for ${what}`}
            onClick={onToggle}
          >
            <span className="chevron" aria-hidden="true">
              {open ? '▾' : '▸'}
            </span>
            {summary}
          </button>
          {note}
        </td>
        {children}
      </tr>
      {open ? (
        <tr className="detail-row" id={detailId}>
          <td colSpan={colSpan}>
            <div className="detail-body">{detail()}</div>
          </td>
        </tr>
      ) : null}
    </>
  );
}
