import type { Tag } from '../../api/types';
import type { FormSection } from '../FormParts';
import { KeyValueEditor } from '../KeyValueEditor';
import type { IncomingForm } from './model';

/** Parameters renamed onto tags; the defined tags are offered as the values. */
export function ParameterMappingFieldset({ form, set, err, tags }: FormSection<IncomingForm> & { tags: Tag[] | undefined }) {
  return (
    <fieldset className="fieldset">
      <legend>Parameter mapping</legend>
      <p className="help">
        Every parameter becomes a tag named after it (upper-cased). Map a parameter onto an existing tag name here.
      </p>
      <KeyValueEditor
        rows={form.mapping}
        onChange={(rows) => set('mapping', rows)}
        keyLabel="Parameter"
        valueLabel="Tag"
        itemName="Mapping"
        addLabel="Add mapping"
        keyPlaceholder="e.g. home_owner"
        valuePlaceholder="e.g. HOMEOWNER"
        valueListId="iw-tag-names"
        emptyText="No mappings: parameters become tags with their own names."
      />
      <datalist id="iw-tag-names">
        {(tags ?? []).map((t) => (
          <option key={t.id} value={t.name}>
            {t.display_name}
          </option>
        ))}
      </datalist>
      {err('parameter_map') ? <p className="field-error">{err('parameter_map')}</p> : null}
    </fieldset>
  );
}
