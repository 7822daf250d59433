import type { FormSection } from '../FormParts';
import { KeyValueEditor } from '../KeyValueEditor';
import { Field } from '../ui';
import { BODY_FORMATS, HTTP_METHODS, type OutgoingForm } from './model';

/** Where the request goes and how: method, URL, headers and body format (the body itself has its own editors). */
export function RequestFields({ form, set, err }: FormSection<OutgoingForm>) {
  return (
    <>
      <div className="row row-method-url">
        <Field label="Method" error={err('method')}>
          {(p) => (
            <select {...p} value={form.method} onChange={(e) => set('method', e.target.value as OutgoingForm['method'])}>
              {HTTP_METHODS.map((m) => (
                <option key={m} value={m}>
                  {m}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="grow">
          <Field label="URL" error={err('url')} help="Tokens like [CALL_ID] work here too; they are percent-encoded.">
            {(p) => (
              <input
                {...p}
                type="url"
                placeholder="https://hooks.example.com/…"
                value={form.url}
                onChange={(e) => set('url', e.target.value)}
                spellCheck={false}
              />
            )}
          </Field>
        </div>
      </div>

      <fieldset className="fieldset">
        <legend>Headers</legend>
        <KeyValueEditor
          rows={form.headers}
          onChange={(rows) => set('headers', rows)}
          keyLabel="Name"
          valueLabel="Value"
          itemName="Header"
          addLabel="Add header"
          keyPlaceholder="Header name"
          valuePlaceholder="Value (tokens allowed)"
          emptyText="No custom headers."
        />
        {err('headers') ? <p className="field-error">{err('headers')}</p> : null}
      </fieldset>

      <Field label="Body format" error={err('body_format')}>
        {(p) => (
          <select {...p} value={form.body_format} onChange={(e) => set('body_format', e.target.value as OutgoingForm['body_format'])}>
            {BODY_FORMATS.map((b) => (
              <option key={b.value} value={b.value}>
                {b.label}
              </option>
            ))}
          </select>
        )}
      </Field>
    </>
  );
}
