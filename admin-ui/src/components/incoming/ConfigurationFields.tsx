import type { IncomingWebhookType } from '../../api/types';
import { describeLifespan, INCOMING_TYPE_LABELS, INCOMING_TYPE_PATHS } from '../../format';
import { CheckField, type FormSection } from '../FormParts';
import { Field, NumberField } from '../ui';
import { LIFESPAN_MAX, LIFESPAN_MIN, type IncomingForm } from './model';

/** Name, type, lifespan, default region and whether the webhook takes requests. */
export function ConfigurationFields({ form, set, err }: FormSection<IncomingForm>) {
  const lifespanNum = Number(form.lifespan);
  return (
    <>
      <Field label="Name" error={err('name')}>
        {(p) => <input {...p} type="text" value={form.name} onChange={(e) => set('name', e.target.value)} required />}
      </Field>
      <Field
        label="Type"
        error={err('type')}
        help={
          <>
            Pre-call data is attached to the caller&apos;s calls while it lives; post-call updates change a call after it
            ended. Requests go to <code>{INCOMING_TYPE_PATHS[form.type]}</code>.
          </>
        }
      >
        {(p) => (
          <select {...p} value={form.type} onChange={(e) => set('type', e.target.value as IncomingWebhookType)}>
            {(Object.keys(INCOMING_TYPE_LABELS) as IncomingWebhookType[]).map((t) => (
              <option key={t} value={t}>
                {INCOMING_TYPE_LABELS[t]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <NumberField
        label="Lifespan (seconds)"
        error={err('lifespan_seconds')}
        help={
          <>
            {form.type === 'call_data'
              ? 'How long the data sent for a caller stays attached to their calls (in seconds).'
              : 'How long a call keeps accepting updates from this webhook after it ends (in seconds).'}{' '}
            Defaults to 3600 seconds (1 hour).
            {Number.isInteger(lifespanNum) && lifespanNum > 0 && lifespanNum !== 3600 ? ` Currently ${describeLifespan(lifespanNum)}.` : ''}
          </>
        }
        min={LIFESPAN_MIN}
        max={LIFESPAN_MAX}
        step={1}
        placeholder="3600"
        value={form.lifespan}
        onChange={(v) => set('lifespan', v)}
      />
      <Field
        label="Default region"
        error={err('default_region')}
        help="Two-letter country used to normalize caller numbers without a country code (e.g. US). Leave empty for the organization default."
      >
        {(p) => (
          <input
            {...p}
            type="text"
            maxLength={2}
            placeholder="US"
            value={form.default_region}
            onChange={(e) => set('default_region', e.target.value)}
            className="input-short"
          />
        )}
      </Field>
      <CheckField
        id="iw-enabled"
        label="Enabled"
        checked={form.enabled}
        onChange={(v) => set('enabled', v)}
        help="A disabled webhook answers 403 and stores nothing."
      />
    </>
  );
}
