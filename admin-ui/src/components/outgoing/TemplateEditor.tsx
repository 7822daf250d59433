// Body template textarea with a palette of [TOKEN] buttons that insert at the cursor.
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import type { EventTypesInfo } from '../../api/types';
import { insertAt } from '../../format';

export function TemplateEditor({
  id,
  value,
  onChange,
  catalog,
  error,
  describedBy,
  disabled,
}: {
  id: string;
  value: string;
  onChange: (v: string) => void;
  catalog: EventTypesInfo | undefined;
  error?: string;
  describedBy?: string;
  disabled?: boolean;
}) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const caret = useRef<number | null>(null);
  const [filter, setFilter] = useState('');

  useLayoutEffect(() => {
    const el = ref.current;
    if (el && caret.current !== null) {
      el.focus();
      el.setSelectionRange(caret.current, caret.current);
      caret.current = null;
    }
  });

  const insert = (text: string) => {
    const el = ref.current;
    const start = el ? el.selectionStart : value.length;
    const end = el ? el.selectionEnd : value.length;
    const next = insertAt(value, text, start, end);
    caret.current = next.caret;
    onChange(next.value);
  };

  const q = filter.trim().toUpperCase();
  const tokens = (catalog?.tokens ?? []).filter((t) => !q || t.name.toUpperCase().includes(q));
  const tags = (catalog?.tags ?? []).filter(
    (t) => !q || t.name.toUpperCase().includes(q) || t.display_name.toUpperCase().includes(q),
  );
  const seen = (catalog?.seen_tags ?? []).filter((name) => !q || name.toUpperCase().includes(q));
  const nothing = catalog !== undefined && tokens.length + tags.length + seen.length === 0;

  return (
    <div className="template-editor">
      <textarea
        ref={ref}
        id={id}
        className="code-input"
        rows={12}
        spellCheck={false}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        disabled={disabled}
      />
      <div className="palette" role="group" aria-label="Insert a token">
        <div className="palette-head">
          <span className="palette-title">Insert a token at the cursor</span>
          <input
            type="search"
            aria-label="Filter tokens"
            placeholder="Filter…"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
          />
        </div>
        {catalog ? null : <p className="muted small">Loading tokens…</p>}
        <TokenSection
          label="Call fields"
          tokens={tokens.map((t) => ({ name: t.name, title: `${t.description}${t.example ? ` — e.g. ${t.example}` : ''}` }))}
          className="token"
          onInsert={insert}
          disabled={disabled}
        />
        <TokenSection
          label="Tags"
          tokens={tags.map((t) => ({ name: t.name, title: t.display_name }))}
          className="token token-tag"
          onInsert={insert}
          disabled={disabled}
        />
        <TokenSection
          label="Seen in your calls (not defined)"
          tokens={seen.map((name) => ({ name, title: 'On recent calls, from incoming data; define it under Tags to document it' }))}
          className="token token-tag"
          onInsert={insert}
          disabled={disabled}
        />
        {nothing ? <p className="muted small">No token matches “{filter.trim()}”.</p> : null}
        <p className="help">
          <code>[TAG_NAME]</code> is replaced by a call field or tag, escaped for where it lands. Use Liquid for anything
          richer: <code>{'{{ call.from }}'}</code>, <code>{'{{ tags.HOMEOWNER | default: "n/a" }}'}</code>.
        </p>
      </div>
    </div>
  );
}

/** One group of the palette; a group with no tokens (after filtering) is left out. */
function TokenSection({
  label,
  tokens,
  className,
  onInsert,
  disabled,
}: {
  label: string;
  tokens: { name: string; title: string }[];
  className: string;
  onInsert: (text: string) => void;
  disabled?: boolean;
}) {
  if (tokens.length === 0) return null;
  return (
    <div className="palette-section">
      <div className="palette-label">{label}</div>
      <div className="token-list">
        {tokens.map((t) => (
          <button
            key={t.name}
            type="button"
            className={className}
            title={t.title}
            aria-label={`Insert [${t.name}]`}
            onClick={() => onInsert(`[${t.name}]`)}
            disabled={disabled}
          >
            [{t.name}]
          </button>
        ))}
      </div>
    </div>
  );
}

/** A labelled template editor with its error and help below it. */
export function TemplateField({
  id,
  label,
  value,
  onChange,
  catalog,
  error,
  help,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  catalog: EventTypesInfo | undefined;
  error?: string;
  help?: ReactNode;
}) {
  const describedBy = [error ? `${id}-error` : '', help ? `${id}-help` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <TemplateEditor id={id} value={value} onChange={onChange} catalog={catalog} error={error} describedBy={describedBy} />
      {error ? (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : null}
      {help ? (
        <p className="help" id={`${id}-help`}>
          {help}
        </p>
      ) : null}
    </div>
  );
}
