import type { HeaderTagMode } from '../../api/types';
import type { FormSection } from '../FormParts';
import { Field } from '../ui';
import type { IncomingForm } from './model';

const HEADER_TAG_MODES: Record<HeaderTagMode, string> = {
  none: 'None: headers never become tags',
  all: 'All headers (except credentials, cookies and hop-by-hop headers)',
  allow: 'Only the headers listed below',
};

/** Which request headers become tags. */
export function HeaderTagsFieldset({ form, set, err }: FormSection<IncomingForm>) {
  return (
    <fieldset className="fieldset">
      <legend>Header tags</legend>
      <Field
        label="Request headers as tags"
        error={err('header_tags')}
        help="Header names become tag names like parameters do (X-Lead-Source → X_LEAD_SOURCE); a query or body parameter of the same name wins."
      >
        {(p) => (
          <select {...p} value={form.header_tags} onChange={(e) => set('header_tags', e.target.value as HeaderTagMode)}>
            {(Object.keys(HEADER_TAG_MODES) as HeaderTagMode[]).map((mode) => (
              <option key={mode} value={mode}>
                {HEADER_TAG_MODES[mode]}
              </option>
            ))}
          </select>
        )}
      </Field>
      {form.header_tags === 'allow' ? (
        <Field label="Allowed headers" error={err('header_tag_allow')} help="Comma-separated header names, e.g. X-Lead-Source, X-Campaign.">
          {(p) => <input {...p} type="text" value={form.header_allow} onChange={(e) => set('header_allow', e.target.value)} placeholder="X-Lead-Source" />}
        </Field>
      ) : null}
    </fieldset>
  );
}
