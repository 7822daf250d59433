// Pieces every create/edit page has: the load failure, Save/Cancel and the delete card.
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useCanWrite } from '../auth';
import type { Save } from '../hooks';
import { Link } from '../router';
import { ConfirmButton, ErrorAlert, Loading, PageHeader } from './ui';

/** What one section of a form gets: the values, a setter that marks its field edited, the messages beside fields. */
export interface FormSection<F> {
  form: F;
  set: <K extends keyof F>(key: K, value: F[K]) => void;
  err: (path: string) => string | undefined;
}

/** What an edit page shows until its record is loaded, or instead of it when it cannot be. */
export function RecordPending({
  error,
  title,
  backTo,
  backLabel,
}: {
  error: string | null;
  title: string;
  backTo: string;
  backLabel: string;
}) {
  if (!error) return <Loading />;
  return (
    <>
      <PageHeader title={title} />
      <ErrorAlert error={error} />
      <Link to={backTo}>{backLabel}</Link>
    </>
  );
}

/** A form whose controls are disabled when the token may only read. */
export function EditForm({ label, onSubmit, children }: { label: string; onSubmit: (e: FormEvent) => void; children: ReactNode }) {
  const canWrite = useCanWrite();
  return (
    <form className="card form" onSubmit={onSubmit} aria-label={label} noValidate>
      <fieldset className="form-body" disabled={!canWrite}>
        {children}
      </fieldset>
    </form>
  );
}

/** The end of a form: the save's outcome, Save and Cancel (for a read-only token, a note and the way back). */
export function SaveActions({ save, cancelTo, children }: { save: Save; cancelTo: string; children?: ReactNode }) {
  const canWrite = useCanWrite();
  const actions = useRef<HTMLDivElement>(null);
  // A refused save takes the reader to the first field it names, where its message is.
  useEffect(() => {
    if (!save.error) return;
    const invalid = actions.current?.closest('form')?.querySelector<HTMLElement>('[aria-invalid="true"]');
    invalid?.focus();
    invalid?.scrollIntoView({ block: 'center' });
  }, [save.error]);
  if (!canWrite) {
    return (
      <p className="muted read-only-note">
        Read-only: your token can view this but not change it. <Link to={cancelTo}>Back</Link>
      </p>
    );
  }
  return (
    <>
      {save.error ? <ErrorAlert error={save.error} title="Could not save." /> : null}
      {save.saved ? (
        <div className="save-toast" role="status" data-testid="saved">
          Saved at {new Date().toLocaleTimeString()}.
        </div>
      ) : null}
      <div className="form-actions" ref={actions}>
        <button type="submit" className="btn btn-primary" disabled={save.saving}>
          {save.saving ? 'Saving…' : 'Save'}
        </button>
        <Link to={cancelTo} className="btn btn-ghost">
          Cancel
        </Link>
        {children}
      </div>
    </>
  );
}

/** A checkbox with its label after it, and optional help. */
export function CheckField({
  id,
  label,
  checked,
  onChange,
  help,
}: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  help?: ReactNode;
}) {
  return (
    <div className="field field-check">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id}>{label}</label>
      {help ? <p className="help">{help}</p> : null}
    </div>
  );
}

/** The card at the bottom of an edit page that deletes the record after a second click. */
export function DangerZone({
  title,
  consequence,
  errorTitle,
  onDelete,
}: {
  title: string;
  consequence: string;
  errorTitle: string;
  onDelete: () => Promise<void>;
}) {
  const [error, setError] = useState<unknown>(null);
  if (!useCanWrite()) return null;
  return (
    <section className="card danger-zone">
      <h2>{title}</h2>
      <p className="muted">{consequence}</p>
      {error ? <ErrorAlert error={error} title={errorTitle} /> : null}
      <ConfirmButton
        label={title}
        confirmLabel="Yes, delete"
        onConfirm={async () => {
          setError(null);
          try {
            await onDelete();
          } catch (err) {
            setError(err);
          }
        }}
      />
    </section>
  );
}
