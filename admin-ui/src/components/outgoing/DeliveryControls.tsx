import type { EventTypesInfo } from '../../api/types';
import { CheckField, type FormSection } from '../FormParts';
import { Field, NumberField } from '../ui';
import { HEALTH_POLICY_FIELDS, type OutgoingForm } from './model';
import { TemplateField } from './TemplateEditor';

interface Props extends FormSection<OutgoingForm> {
  catalog?: EventTypesInfo;
}

/** The form's rate limit, pausing thresholds and alert settings. */
export function DeliveryControls({ form, set, err, catalog }: Props) {
  return (
    <>
      <fieldset className="fieldset">
        <legend>Rate limit</legend>
        <CheckField
          id="ow-rate-limited"
          label="Limit the request rate"
          checked={form.rate_limited}
          onChange={(v) => set('rate_limited', v)}
          help="Deliveries wait for their turn instead of collecting 429s; each call's events stay in order. A 429 always slows the endpoint down for its Retry-After."
        />
        {form.rate_limited ? (
          <div className="grid-4">
            <NumberField label="Requests" error={err('rate_limit.requests')} min={1} value={form.rate_requests} onChange={(v) => set('rate_requests', v)} />
            <Field label="Per" error={err('rate_limit.per')}>
              {(p) => (
                <select {...p} value={form.rate_per} onChange={(e) => set('rate_per', e.target.value as OutgoingForm['rate_per'])}>
                  <option value="second">second</option>
                  <option value="minute">minute</option>
                </select>
              )}
            </Field>
            <NumberField
              label="Burst"
              error={err('rate_limit.burst')}
              help="How many may go at once."
              min={1}
              value={form.rate_burst}
              onChange={(v) => set('rate_burst', v)}
            />
          </div>
        ) : null}
      </fieldset>

      <details className="fieldset">
        <summary>Pausing and probing</summary>
        <div className="grid-4">
          {HEALTH_POLICY_FIELDS.map(({ key, label, help }) => (
            <NumberField
              key={key}
              label={label}
              help={help}
              error={err(`health_policy.${key}`)}
              min={0}
              step="any"
              value={form.health_policy[key]}
              onChange={(v) => set('health_policy', { ...form.health_policy, [key]: v })}
            />
          ))}
        </div>
      </details>

      <fieldset className="fieldset">
        <legend>Alerts</legend>
        <CheckField
          id="ow-notification-channel"
          label="Notification channel"
          checked={form.notification_channel}
          onChange={(v) => set('notification_channel', v)}
          help="Receives alerts when your other webhooks turn failing, paused or healthy again, or pile up a backlog."
        />
        {form.notification_channel ? (
          <TemplateField
            id="ow-alert-template"
            label="Alert template"
            value={form.alert_template}
            onChange={(v) => set('alert_template', v)}
            catalog={catalog}
            error={err('alert_template')}
            help={
              <>
                Tags: <code>[ALERT_TEXT]</code>, <code>[WEBHOOK_NAME]</code>, <code>[STATE]</code>, <code>[PREVIOUS_STATE]</code>,{' '}
                <code>[REASON]</code>, <code>[LAST_ERROR]</code>, <code>[PENDING]</code>. Empty: <code>{'{"text": "[ALERT_TEXT]"}'}</code>.
              </>
            }
          />
        ) : null}
      </fieldset>
    </>
  );
}
