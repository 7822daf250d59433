// Small presentational building blocks shared by every page.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { ApiError } from '../api/client';
import { formatDateTime } from '../format';
import { Link } from '../router';

export function PageHeader({ title, subtitle, actions }: { title: string; subtitle?: ReactNode; actions?: ReactNode }) {
  return (
    <header className="page-header">
      <div>
        <h1>{title}</h1>
        {subtitle ? <p className="muted">{subtitle}</p> : null}
      </div>
      {actions ? <div className="page-actions">{actions}</div> : null}
    </header>
  );
}

/** The way back to a list: "Tags / HOMEOWNER". */
export function Breadcrumb({ to, label, children }: { to: string; label: string; children: ReactNode }) {
  return (
    <p className="breadcrumb">
      <Link to={to}>{label}</Link> / {children}
    </p>
  );
}

export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <div className="loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" /> {label}
    </div>
  );
}

export function EmptyState({ title, children, action }: { title: string; children?: ReactNode; action?: ReactNode }) {
  return (
    <div className="empty-state">
      <h2>{title}</h2>
      {children ? <p className="muted">{children}</p> : null}
      {action}
    </div>
  );
}

// Validation problems repeat their fields in `detail`; a plain headline reads better above the field list.
const FIELD_PROBLEM_HEADLINES: Record<number, string> = {
  400: 'Some fields are not valid:',
  422: 'The template cannot be rendered:',
};

/** "body.retry.max_attempts" → "Retry max attempts", as a person would name the field. */
export function fieldLabel(path: string): string {
  const words = path.replace(/^(body|query|params)\./, '').replace(/[._]/g, ' ').trim();
  return words ? words[0].toUpperCase() + words.slice(1) : '';
}

/** An error in plain words; with an ApiError, also its field messages. */
export function ErrorAlert({ error, title }: { error: unknown; title?: string }) {
  if (!error) return null;
  let message: string;
  let fields: { path: string; message: string }[] = [];
  if (error instanceof ApiError) {
    fields = error.problem.errors ?? [];
    message = (fields.length > 0 && FIELD_PROBLEM_HEADLINES[error.status]) || error.message;
  } else if (error instanceof Error) {
    message = error.message;
  } else {
    message = String(error);
  }
  return (
    <div className="alert alert-error" role="alert">
      {title ? <strong>{title} </strong> : null}
      <span>{message}</span>
      {fields.length > 0 ? (
        <ul>
          {fields.map((f, i) => (
            <li key={i}>
              {fieldLabel(f.path) ? <strong>{fieldLabel(f.path)}</strong> : null}
              {fieldLabel(f.path) ? ': ' : null}
              {f.message}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

export function Notice({ kind = 'info', children }: { kind?: 'info' | 'success' | 'warning'; children: ReactNode }) {
  return (
    <div className={`alert alert-${kind}`} role="status">
      {children}
    </div>
  );
}

export type BadgeTone = 'neutral' | 'green' | 'red' | 'yellow' | 'blue' | 'purple' | 'gray';

export function Badge({ tone = 'neutral', children, title }: { tone?: BadgeTone; children: ReactNode; title?: string }) {
  return (
    <span className={`badge badge-${tone}`} title={title}>
      {children}
    </span>
  );
}

export function HttpStatusBadge({ status }: { status: number | null | undefined }) {
  if (status === null || status === undefined) return <Badge tone="gray">—</Badge>;
  const tone: BadgeTone = status >= 500 ? 'red' : status >= 400 ? 'yellow' : status >= 300 ? 'blue' : 'green';
  return <Badge tone={tone}>{status}</Badge>;
}

export function EnabledBadge({ enabled }: { enabled: boolean }) {
  return enabled ? <Badge tone="green">Enabled</Badge> : <Badge tone="gray">Disabled</Badge>;
}

export function MethodBadge({ method }: { method: string }) {
  return <span className={`method method-${method.toLowerCase()}`}>{method}</span>;
}

/** A labelled form field: label, control, help text and error, wired for screen readers. */
export function Field({
  label,
  help,
  error,
  children,
  id: givenId,
}: {
  label: string;
  help?: ReactNode;
  error?: string;
  id?: string;
  children: (props: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: boolean }) => ReactNode;
}) {
  const auto = useId();
  const id = givenId ?? `f${auto.replace(/[^a-zA-Z0-9]/g, '')}`;
  const helpId = help ? `${id}-help` : undefined;
  const errId = error ? `${id}-error` : undefined;
  const describedBy = [helpId, errId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined })}
      {help ? (
        <p className="help" id={helpId}>
          {help}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={errId}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

/**
 * A labelled number input. Its value stays the text typed (an empty field is not 0): the form validates it and
 * the API names what is wrong.
 */
export function NumberField({
  label,
  help,
  error,
  value,
  onChange,
  min,
  max,
  step,
  placeholder,
  short,
}: {
  label: string;
  help?: ReactNode;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  min?: number;
  max?: number;
  step?: number | 'any';
  placeholder?: string;
  /** A narrow input, for a few digits. */
  short?: boolean;
}) {
  return (
    <Field label={label} help={help} error={error}>
      {(p) => (
        <input
          {...p}
          type="number"
          inputMode={step === 1 ? 'numeric' : undefined}
          min={min}
          max={max}
          step={step}
          placeholder={placeholder}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          className={short ? 'input-short' : undefined}
        />
      )}
    </Field>
  );
}

/** A delete (or other destructive) button that asks for an inline confirmation. */
export function ConfirmButton({
  label,
  confirmLabel,
  onConfirm,
  disabled,
  className = 'btn btn-danger',
  accessibleName,
}: {
  label: string;
  confirmLabel?: string;
  onConfirm: () => void | Promise<void>;
  disabled?: boolean;
  className?: string;
  accessibleName?: string;
}) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  // Back from the confirmation (cancelled or done), focus returns to the button that opened it.
  useEffect(() => {
    if (wasAsking.current && !asking) trigger.current?.focus();
    wasAsking.current = asking;
  }, [asking]);
  if (!asking) {
    return (
      <button ref={trigger} type="button" className={className} onClick={() => setAsking(true)} disabled={disabled} aria-label={accessibleName}>
        {label}
      </button>
    );
  }
  return (
    <span
      className="confirm-inline"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !busy) {
          e.stopPropagation();
          setAsking(false);
        }
      }}
    >
      <span className="muted">Are you sure? (Esc cancels)</span>
      <button
        type="button"
        className="btn btn-danger"
        disabled={busy}
        autoFocus
        onClick={async () => {
          setBusy(true);
          try {
            await onConfirm();
          } finally {
            setBusy(false);
            setAsking(false);
          }
        }}
      >
        {confirmLabel ?? `Confirm ${label.toLowerCase()}`}
      </button>
      <button type="button" className="btn btn-ghost" onClick={() => setAsking(false)} disabled={busy}>
        Cancel
      </button>
    </span>
  );
}

/** Previous / Next for cursor-paginated tables. */
export function Pager({
  pageNumber,
  hasPrevious,
  hasNext,
  onPrevious,
  onNext,
  loading,
}: {
  pageNumber: number;
  hasPrevious: boolean;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
  loading?: boolean;
}) {
  return (
    <nav className="pager" aria-label="Pagination">
      <button type="button" className="btn btn-secondary" onClick={onPrevious} disabled={!hasPrevious || loading}>
        Previous
      </button>
      <span className="muted">Page {pageNumber}</span>
      <button type="button" className="btn btn-secondary" onClick={onNext} disabled={!hasNext || loading}>
        Next
      </button>
    </nav>
  );
}

/** A time in the browser's zone, labelled with it; UTC on hover. */
export function Time({ iso, className }: { iso: string | null | undefined; className?: string }) {
  if (!iso) return <span className={className}>—</span>;
  const d = new Date(iso);
  return (
    <time className={className} dateTime={iso} title={Number.isNaN(d.getTime()) ? iso : `${d.toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC')}`}>
      {formatDateTime(iso)}
    </time>
  );
}
