import { alertBody, sampleAlertContext } from '../delivery/alerts';
import { inRenderTurn, validateWebhookTemplates, type TemplateProblem, type WebhookTemplates } from '../templates';
import type { HealthPolicy } from '../shared/delivery';
import { Problem } from './problem';

/** A webhook's fields as they will be saved: a create's body, or a patch over the stored webhook. */
export interface SaveableWebhook extends WebhookTemplates {
  event_types: readonly string[];
  notification_channel: boolean;
  alert_template: string;
  health_policy: HealthPolicy;
}

/** Relations between health-policy fields that no field's own schema can state. */
function policyErrors(policy: HealthPolicy): Array<{ path: string; message: string }> {
  const errors = [];
  if (policy.pause_after < policy.failing_after) errors.push({ path: 'body.health_policy.pause_after', message: 'must be at least failing_after' });
  if (policy.probe_max_interval_seconds < policy.probe_initial_interval_seconds) {
    errors.push({ path: 'body.health_policy.probe_max_interval_seconds', message: 'must be at least probe_initial_interval_seconds' });
  }
  return errors;
}

function renderErrors(templates: WebhookTemplates, options: Parameters<typeof validateWebhookTemplates>[1], field?: string): TemplateProblem[] {
  const errors = validateWebhookTemplates(templates, options).filter((p) => p.severity === 'error');
  return errors.map((e) => (field && e.field === 'body_template' ? { ...e, field } : e));
}

/**
 * Refuses what cannot work: a webhook that receives nothing, and templates that would not render or would
 * send an unparseable JSON body (422 for both) — the call template against the sample call, a notification channel's
 * alert template against a sample alert — naming the field.
 */
export async function assertSaveable(webhook: SaveableWebhook): Promise<void> {
  if (webhook.event_types.length === 0 && !webhook.notification_channel) {
    const message = 'must name at least one event type, unless the webhook is a notification channel';
    throw new Problem(422, 'Unprocessable Entity', `body.event_types: ${message}`, { errors: [{ path: 'body.event_types', message }] });
  }
  // Renders take their turn with every other render of the process, within one budget each.
  const errors = await inRenderTurn(() => [
    ...(webhook.event_types.length > 0 ? renderErrors(webhook, {}) : []),
    ...(webhook.notification_channel ? renderErrors({ ...webhook, body_template: alertBody(webhook) }, { ctx: sampleAlertContext() }, 'alert_template') : []),
  ]);
  const all = [...errors.map((e) => ({ path: `body.${e.field}`, field: e.field, message: e.message })), ...policyErrors(webhook.health_policy)];
  if (all.length === 0) return;
  throw new Problem(422, 'Unprocessable Entity', all.map((e) => `${e.path.replace(/^body\./, '')}: ${e.message}`).join('; '), { errors: all });
}
