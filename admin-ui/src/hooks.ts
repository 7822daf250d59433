import { useCallback, useEffect, useEffectEvent, useState } from 'react';
import { ApiError, errorMessage } from './api/client';
import type { Page } from './api/types';

export interface Loaded<T> {
  data: T | undefined;
  error: string | null;
  loading: boolean;
  reload: () => void;
  setData: (d: T) => void;
}

/** The same dependency values, as React compares them. */
const sameKey = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((v, i) => Object.is(v, b[i]));

/** Load something once (and again when deps change or reload() is called). */
export function useLoad<T>(fn: (signal: AbortSignal) => Promise<T>, deps: unknown[]): Loaded<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [tick, setTick] = useState(0);
  const key = [...deps, tick];
  // Which load the last answer settled: from the first render with other deps (or a reload) the data is loading
  // again and the last error no longer shows, without an effect setting state to say so.
  const [settled, setSettled] = useState<{ key: unknown[]; error: string | null } | null>(null);
  const loading = !settled || !sameKey(settled.key, key);
  const load = useEffectEvent(fn);

  useEffect(() => {
    const ctl = new AbortController();
    load(ctl.signal).then(
      (d) => {
        if (ctl.signal.aborted) return;
        setData(d);
        setSettled({ key, error: null });
      },
      (err: unknown) => {
        if (!ctl.signal.aborted) setSettled({ key, error: errorMessage(err) });
      },
    );
    return () => ctl.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, key);

  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { data, error: loading ? null : settled.error, loading, reload, setData };
}

export interface CursorPages<T> extends Loaded<Page<T>> {
  rows: T[];
  pageNumber: number;
  hasNext: boolean;
  hasPrevious: boolean;
  next: () => void;
  previous: () => void;
}

/**
 * Cursor pagination with Previous/Next: keeps the stack of cursors seen so far.
 * Changing `filterKey` starts again at the first page.
 */
export function useCursorPages<T>(
  fetchPage: (cursor: string | null, signal: AbortSignal) => Promise<Page<T>>,
  filterKey: string,
): CursorPages<T> {
  const [paging, setPaging] = useState({ filterKey, cursors: [null] as (string | null)[] });
  // Other filters start again at the first page from their first render: no page is fetched with the old cursor.
  const cursors = paging.filterKey === filterKey ? paging.cursors : [null];
  const setCursors = (change: (cursors: (string | null)[]) => (string | null)[]) =>
    setPaging((p) => ({ filterKey, cursors: change(p.filterKey === filterKey ? p.cursors : [null]) }));
  const cursor = cursors[cursors.length - 1];
  const page = useLoad((signal) => fetchPage(cursor, signal), [cursor, filterKey]);
  return {
    ...page,
    rows: page.data?.data ?? [],
    pageNumber: cursors.length,
    hasNext: Boolean(page.data?.next_cursor),
    hasPrevious: cursors.length > 1,
    next: () => {
      const nc = page.data?.next_cursor;
      if (nc) setCursors((c) => [...c, nc]);
    },
    previous: () => setCursors((c) => (c.length > 1 ? c.slice(0, -1) : c)),
  };
}

/** An object whose every field is a string, as a form's text controls hold them. */
export type StringFields<F> = { [K in keyof F]: string };

/** Filter values as typed, before "Apply filters" makes them the ones the list is fetched with. */
export interface FilterDraft<F> {
  draft: F;
  set: (name: keyof F, value: string) => void;
}

/** How often a list's first page looks for new rows. */
const LIST_REFRESH_MS = 10_000;

/** The filters a list's URL carries (`?status=failed&caller=…`): a link or a reload shows the same list. */
function filtersFromUrl<F extends StringFields<F>>(none: F): F {
  const q = new URLSearchParams(window.location.search);
  const found = Object.keys(none).flatMap((k) => (q.get(k) ? [[k, q.get(k)]] : []));
  return { ...none, ...Object.fromEntries(found) };
}

/** Writes the applied filters into the URL (replacing the entry: Back leaves the list, not each filter). */
function filtersToUrl<F extends StringFields<F>>(filters: F): void {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(filters) as [string, string][]) if (v) q.set(k, v);
  const search = q.toString();
  window.history.replaceState(window.history.state, '', `${window.location.pathname}${search ? `?${search}` : ''}`);
}

/**
 * A cursor-paginated list behind a filter bar: edits go to the draft, `apply` fetches with them
 * from the first page, `reset` goes back to `none`. The applied filters live in the URL.
 */
export function useFilteredPages<F extends StringFields<F>, T>(
  none: F,
  fetchPage: (filters: F, cursor: string | null, signal: AbortSignal) => Promise<Page<T>>,
) {
  const [draft, setDraft] = useState<F>(() => filtersFromUrl(none));
  const [applied, setApplied] = useState<F>(() => filtersFromUrl(none));
  const pages = useCursorPages((cursor, signal) => fetchPage(applied, cursor, signal), JSON.stringify(applied));
  // The first page (the newest rows) refreshes itself; later pages stay put while they are read.
  usePolling(pages.reload, LIST_REFRESH_MS, pages.pageNumber === 1);
  const filters: FilterDraft<F> = { draft, set: (name, value) => setDraft((d) => ({ ...d, [name]: value })) };
  return {
    pages,
    filters,
    /** The filters the list shows now (what an export of the list should take). */
    applied,
    apply: () => {
      setApplied(draft);
      filtersToUrl(draft);
    },
    reset: () => {
      setDraft(none);
      setApplied(none);
      filtersToUrl(none);
    },
    filtered: JSON.stringify(applied) !== JSON.stringify(none),
  };
}

/** A form's save: busy while saving, the failure to show, and "Saved." until the next change. */
export function useSave() {
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  return {
    saving,
    error,
    saved,
    setSaved,
    /** Clears the last outcome, then shows `problem` (found before sending) or runs `work`, keeping what it throws. */
    run: async (problem: string | null, work: () => Promise<void>) => {
      setError(null);
      setSaved(false);
      if (problem) {
        setError(new Error(problem));
        return;
      }
      setSaving(true);
      try {
        await work();
      } catch (err) {
        setError(err);
      } finally {
        setSaving(false);
      }
    },
  };
}

export type Save = ReturnType<typeof useSave>;

/**
 * The messages beside a form's fields: those found before sending and the server's. A message goes once its field
 * is edited, since it described the value that was sent, not this one (SaveActions focuses the first one left).
 */
export function useFieldErrors(save: Save) {
  const [local, setLocal] = useState<Record<string, string>>({});
  /** Top-level fields (API names) changed since the last save attempt. */
  const [edited, setEdited] = useState<ReadonlySet<string>>(new Set());
  const server = save.error instanceof ApiError ? save.error.fieldErrors() : {};
  return {
    /** The message for a field, including its sub-paths ("headers.X-Foo" counts for "headers"). */
    err(path: string): string | undefined {
      if (edited.has(path.split(/[.[]/)[0])) return undefined;
      if (local[path]) return local[path];
      const hits = Object.entries(server).filter(([k]) => k === path || k.startsWith(`${path}.`) || k.startsWith(`${path}[`));
      return hits.length ? hits.map(([k, v]) => (k === path ? v : `${k.slice(path.length + 1)}: ${v}`)).join('; ') : undefined;
    },
    /** A save attempt: its problems found before sending replace the last ones, and no field counts as edited. */
    attempt(problems: Record<string, string>) {
      setLocal(problems);
      setEdited(new Set());
    },
    edited(field: string) {
      setEdited((e) => (e.has(field) ? e : new Set(e).add(field)));
    },
  };
}

/** The save banner's line for problems found before sending: the messages stand beside their fields. */
export function fieldProblemSummary(problems: Record<string, string>): string | null {
  const count = Object.keys(problems).length;
  return count > 0 ? `${count === 1 ? 'One field needs' : `${count} fields need`} attention: see the message beside it, in red.` : null;
}

/** Calls `tick` every `ms` while the tab is visible and `active` holds: lists that refresh by themselves. */
export function usePolling(tick: () => void, ms: number, active = true): void {
  const onTick = useEffectEvent(tick);
  useEffect(() => {
    if (!active) return;
    const t = setInterval(() => {
      if (document.visibilityState === 'visible') onTick();
    }, ms);
    return () => clearInterval(t);
  }, [ms, active]);
}
