import type { EventTypesInfo } from '../../api/types';
import { FILTER_OPS, type FilterRow } from './model';

export function FiltersEditor({
  rows,
  onChange,
  catalog,
}: {
  rows: FilterRow[];
  onChange: (rows: FilterRow[]) => void;
  catalog: EventTypesInfo | undefined;
}) {
  const update = (i: number, patch: Partial<FilterRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const suggestions = [
    'event.type',
    ...(catalog?.tokens ?? []).map((t) => t.name.toLowerCase()).filter((n) => n !== 'event_type'),
    ...(catalog?.tags ?? []).map((t) => `tags.${t.name}`),
  ];
  return (
    <div className="filters-editor">
      {rows.length === 0 ? <p className="muted small">No filters: every selected event is delivered.</p> : null}
      <p className="help">
        Field is a call field (<code>campaign_id</code>), a tag (<code>tags.HOMEOWNER</code>) or <code>event.type</code>.
      </p>
      {rows.map((r, i) => {
        const op = FILTER_OPS.find((o) => o.value === r.op);
        return (
          <div className="filter-row" key={i}>
            <input
              type="text"
              aria-label={`Filter ${i + 1} field`}
              placeholder="campaign_id, tags.HOMEOWNER, event.type"
              list="ow-filter-fields"
              value={r.field}
              onChange={(e) => update(i, { field: e.target.value })}
            />
            <select aria-label={`Filter ${i + 1} operator`} value={r.op} onChange={(e) => update(i, { op: e.target.value })}>
              {FILTER_OPS.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
            {op?.needsValue !== false ? (
              <input
                type="text"
                aria-label={`Filter ${i + 1} value`}
                placeholder="Value"
                value={r.value ?? ''}
                onChange={(e) => update(i, { value: e.target.value })}
              />
            ) : (
              <span />
            )}
            <button
              type="button"
              className="btn btn-ghost btn-sm"
              aria-label={`Remove filter ${i + 1}`}
              onClick={() => onChange(rows.filter((_, j) => j !== i))}
            >
              Remove
            </button>
          </div>
        );
      })}
      <datalist id="ow-filter-fields">
        {suggestions.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
      <button type="button" className="btn btn-secondary btn-sm" onClick={() => onChange([...rows, { field: '', op: 'equals', value: '' }])}>
        Add filter
      </button>
    </div>
  );
}
