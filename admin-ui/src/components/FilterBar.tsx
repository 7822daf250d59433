// The filter form above the logs and calls tables: fields, then Apply filters / Reset / Refresh.
import type { FormEvent, InputHTMLAttributes, ReactNode } from 'react';
import { displayZoneName, localToIso } from '../format';
import type { FilterDraft, StringFields } from '../hooks';

export function FilterBar({
  label,
  list,
  onApply,
  children,
}: {
  label: string;
  /** From useFilteredPages. */
  list: { apply: () => void; reset: () => void; pages: { reload: () => void; pageNumber: number } };
  /** Also called when the filters are applied. */
  onApply?: () => void;
  children: ReactNode;
}) {
  const submit = (e: FormEvent) => {
    e.preventDefault();
    list.apply();
    onApply?.();
  };
  return (
    <form className="filters card" onSubmit={submit} aria-label={label}>
      {children}
      <div className="filter-actions">
        <button type="submit" className="btn btn-primary">
          Apply filters
        </button>
        <button type="button" className="btn btn-ghost" onClick={list.reset}>
          Reset
        </button>
        <button type="button" className="btn btn-ghost" onClick={list.pages.reload}>
          Refresh
        </button>
        <span className="muted small" data-testid="list-freshness">
          {list.pages.pageNumber === 1 ? 'Refreshes every 10 s' : 'Page 1 refreshes itself'}
        </span>
      </div>
    </form>
  );
}

interface FilterProps<F> {
  filters: FilterDraft<F>;
  name: keyof F & string;
  id: string;
  label: string;
}

type InputAttributes = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'name' | 'value' | 'onChange'>;

export function TextFilter<F extends StringFields<F>>({
  filters,
  name,
  id,
  label,
  type = 'text',
  ...input
}: FilterProps<F> & InputAttributes) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type={type} value={filters.draft[name]} onChange={(e) => filters.set(name, e.target.value)} {...input} />
    </div>
  );
}

export interface FilterOption {
  value: string;
  label: string;
}

/** A select whose first option, `anyLabel`, means no filter; plain strings are their own labels. */
export function SelectFilter<F extends StringFields<F>>({
  filters,
  name,
  id,
  label,
  anyLabel,
  options,
}: FilterProps<F> & { anyLabel: string; options: readonly (string | FilterOption)[] }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={filters.draft[name]} onChange={(e) => filters.set(name, e.target.value)}>
        <option value="">{anyLabel}</option>
        {options.map((o) => {
          const { value, label: text } = typeof o === 'string' ? { value: o, label: o } : o;
          return (
            <option key={value} value={value}>
              {text}
            </option>
          );
        })}
      </select>
    </div>
  );
}

/** "Webhook": one of the organization's webhooks, by name. */
export function WebhookFilter<F extends StringFields<F> & { webhook_id: string }>({
  filters,
  id,
  webhooks,
}: {
  filters: FilterDraft<F>;
  id: string;
  webhooks: { id: string; name: string }[] | undefined;
}) {
  return (
    <SelectFilter
      filters={filters}
      name="webhook_id"
      id={id}
      label="Webhook"
      anyLabel="All webhooks"
      options={(webhooks ?? []).map((w) => ({ value: w.id, label: w.name }))}
    />
  );
}

/** "From" and "To" in the browser's time zone; `timeRangeQuery` turns them into the API's instants. */
export function TimeRangeFilter<F extends StringFields<F> & { from: string; to: string }>({ filters, idPrefix }: { filters: FilterDraft<F>; idPrefix: string }) {
  const zone = displayZoneName();
  return (
    <>
      <TextFilter filters={filters} name="from" id={`${idPrefix}-from`} label={`From (${zone})`} type="datetime-local" />
      <TextFilter filters={filters} name="to" id={`${idPrefix}-to`} label={`To (${zone})`} type="datetime-local" />
    </>
  );
}

/** The `from` and `to` query parameters of a TimeRangeFilter's draft. */
export const timeRangeQuery = (filters: { from: string; to: string }) => ({ from: localToIso(filters.from), to: localToIso(filters.to) });
