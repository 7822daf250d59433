// Editable list of key/value rows (headers, parameter → tag mappings).
export interface KV {
  key: string;
  value: string;
}

export function kvFromRecord(rec: Record<string, string> | null | undefined): KV[] {
  return Object.entries(rec ?? {}).map(([key, value]) => ({ key, value: String(value) }));
}

export function kvToRecord(rows: KV[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of rows) {
    const k = r.key.trim();
    if (k) out[k] = r.value;
  }
  return out;
}

export function KeyValueEditor({
  rows,
  onChange,
  keyLabel,
  valueLabel,
  addLabel,
  itemName,
  keyPlaceholder,
  valuePlaceholder,
  valueListId,
  emptyText,
}: {
  rows: KV[];
  onChange: (rows: KV[]) => void;
  keyLabel: string;
  valueLabel: string;
  addLabel: string;
  /** Used in per-row accessible names: "Header 1 name". */
  itemName: string;
  keyPlaceholder?: string;
  valuePlaceholder?: string;
  valueListId?: string;
  emptyText?: string;
}) {
  const update = (i: number, patch: Partial<KV>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <div className="kv-editor">
      {rows.length === 0 ? (
        <p className="muted small">{emptyText ?? 'None yet.'}</p>
      ) : (
        <div className="kv-head" aria-hidden="true">
          <span>{keyLabel}</span>
          <span>{valueLabel}</span>
          <span />
        </div>
      )}
      {rows.map((r, i) => (
        <div className="kv-row" key={i}>
          <input
            type="text"
            aria-label={`${itemName} ${i + 1} ${keyLabel.toLowerCase()}`}
            placeholder={keyPlaceholder}
            value={r.key}
            onChange={(e) => update(i, { key: e.target.value })}
          />
          <input
            type="text"
            aria-label={`${itemName} ${i + 1} ${valueLabel.toLowerCase()}`}
            placeholder={valuePlaceholder}
            value={r.value}
            list={valueListId}
            onChange={(e) => update(i, { value: e.target.value })}
          />
          <button
            type="button"
            className="btn btn-ghost btn-sm"
            aria-label={`Remove ${itemName.toLowerCase()} ${i + 1}`}
            onClick={() => onChange(rows.filter((_, j) => j !== i))}
          >
            Remove
          </button>
        </div>
      ))}
      <button type="button" className="btn btn-secondary btn-sm" onClick={() => onChange([...rows, { key: '', value: '' }])}>
        {addLabel}
      </button>
    </div>
  );
}
