import type { FormSection } from '../FormParts';
import { Field } from '../ui';
import type { OutgoingForm } from './model';

/** The retry schedule and the per-attempt timeout. */
export function RetryFields({ form, set, err }: FormSection<OutgoingForm>) {
  return (
    <fieldset className="fieldset">
      <legend>Retries and timeout</legend>
      <div className="grid-4">
        <Field label="Max attempts" error={err('retry.max_attempts')}>
          {(p) => <input {...p} type="number" min={1} value={form.max_attempts} onChange={(e) => set('max_attempts', e.target.value)} />}
        </Field>
        <Field label="Initial interval (seconds)" error={err('retry.initial_interval_seconds')}>
          {(p) => (
            <input
              {...p}
              type="number"
              min={0}
              step="any"
              value={form.initial_interval_seconds}
              onChange={(e) => set('initial_interval_seconds', e.target.value)}
            />
          )}
        </Field>
        <Field label="Backoff coefficient" error={err('retry.backoff_coefficient')}>
          {(p) => (
            <input {...p} type="number" min={1} step="any" value={form.backoff_coefficient} onChange={(e) => set('backoff_coefficient', e.target.value)} />
          )}
        </Field>
        <Field label="Max interval (seconds)" error={err('retry.max_interval_seconds')}>
          {(p) => <input {...p} type="number" min={1} value={form.max_interval_seconds} onChange={(e) => set('max_interval_seconds', e.target.value)} />}
        </Field>
      </div>
      <p className="help">
        The default schedule retries for about 30 hours (never less than 24): 5 s doubling to an hour, jittered. A delivery that
        spends it pauses the webhook and waits; it is never dropped.
      </p>
      <Field label="Timeout (ms)" error={err('timeout_ms')} help="Per attempt. Network errors, timeouts, 408, 425, 429 and 5xx are retried.">
        {(p) => <input {...p} type="number" min={1} value={form.timeout_ms} onChange={(e) => set('timeout_ms', e.target.value)} className="input-short" />}
      </Field>
    </fieldset>
  );
}
