import type { FormSection } from '../FormParts';
import { NumberField } from '../ui';
import type { OutgoingForm } from './model';

/** The retry schedule and the per-attempt timeout. */
export function RetryFields({ form, set, err }: FormSection<OutgoingForm>) {
  return (
    <fieldset className="fieldset">
      <legend>Retries and timeout</legend>
      <div className="grid-4">
        <NumberField label="Max attempts" error={err('retry.max_attempts')} min={1} value={form.max_attempts} onChange={(v) => set('max_attempts', v)} />
        <NumberField
          label="Initial interval (seconds)"
          error={err('retry.initial_interval_seconds')}
          min={0}
          step="any"
          value={form.initial_interval_seconds}
          onChange={(v) => set('initial_interval_seconds', v)}
        />
        <NumberField
          label="Backoff coefficient"
          error={err('retry.backoff_coefficient')}
          min={1}
          step="any"
          value={form.backoff_coefficient}
          onChange={(v) => set('backoff_coefficient', v)}
        />
        <NumberField
          label="Max interval (seconds)"
          error={err('retry.max_interval_seconds')}
          min={1}
          value={form.max_interval_seconds}
          onChange={(v) => set('max_interval_seconds', v)}
        />
      </div>
      <p className="help">
        The default schedule retries for about 30 hours (never less than 24): 5 s doubling to an hour, jittered. A delivery that
        spends it pauses the webhook and waits; it is never dropped.
      </p>
      <NumberField
        label="Timeout (ms)"
        error={err('timeout_ms')}
        help="Per attempt. Network errors, timeouts, 408, 425, 429 and 5xx are retried."
        min={1}
        value={form.timeout_ms}
        onChange={(v) => set('timeout_ms', v)}
        short
      />
    </fieldset>
  );
}
