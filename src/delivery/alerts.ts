import type { OutgoingWebhookStateChangeRow } from '../db/tables/outgoing-webhooks';
import { WEBHOOK_ALERT_TYPES, type RenderContext } from '../shared/call';
import type { BodyFormat } from '../templates';

// Alerts about a webhook's health, sent to the organization's notification channels through the same delivery
// machinery as call events. An alert is about a webhook, not a call: its facts are tags ([WEBHOOK_NAME],
// [ALERT_TEXT] …, or {{ tags.STATE }} in Liquid) and its call part is empty.

/** The tags an alert template can use, with what they hold. */
export const ALERT_TAGS: Record<string, string> = {
  ALERT_TEXT: 'One line saying what happened, ready to post',
  WEBHOOK_NAME: 'Name of the webhook the alert is about',
  WEBHOOK_ID: 'Its id (whk_…)',
  STATE: 'Its health now: healthy, failing or paused',
  PREVIOUS_STATE: 'Its health before',
  REASON: 'Why it is paused: failures, retries_exhausted or manual',
  LAST_ERROR: 'The last failed attempt’s error',
  PENDING: 'Deliveries waiting (backlog alerts)',
};

const DEFAULT_ALERT_BODIES: Record<BodyFormat, string> = {
  // Slack's incoming webhooks and most chat APIs take `text`.
  json: '{"text": "[ALERT_TEXT]"}',
  form: 'text=[ALERT_TEXT]',
  raw: '[ALERT_TEXT]',
  none: '',
};

/** What a notification channel sends for an alert: its own alert template, or a default for its body format. */
export function alertBody(webhook: { alert_template: string; body_format: string }): string {
  return webhook.alert_template || DEFAULT_ALERT_BODIES[webhook.body_format as BodyFormat];
}

export function isAlert(context: RenderContext): boolean {
  return (WEBHOOK_ALERT_TYPES as readonly string[]).includes(context.event.type);
}

const PAUSE_REASONS: Record<string, string> = {
  failures: 'after failing again and again',
  retries_exhausted: 'a delivery spent its whole retry schedule',
  manual: 'by an operator',
};

type AlertFacts = Pick<OutgoingWebhookStateChangeRow, 'webhook_name' | 'alert_type' | 'from_state' | 'to_state' | 'reason' | 'last_error' | 'pending'>;

function alertText(change: AlertFacts): string {
  const name = `Outgoing webhook "${change.webhook_name}"`;
  const lastError = change.last_error ? ` Last error: ${change.last_error}` : '';
  switch (change.alert_type) {
    case 'webhook.failing':
      return `⚠️ ${name} is failing.${lastError}`;
    case 'webhook.paused':
      return `⏸ ${name} is paused, ${PAUSE_REASONS[change.reason ?? ''] ?? change.reason}: its deliveries are held until it answers again or is resumed.${lastError}`;
    case 'webhook.recovered':
      return `✅ ${name} is healthy again (was ${change.from_state}).`;
    case 'webhook.backlog':
      return `📦 ${name} has ${change.pending ?? 'many'} or more deliveries waiting while it is ${change.to_state}.${lastError}`;
  }
}

/** The render context of an alert about one state change. */
export function alertContext(change: Pick<OutgoingWebhookStateChangeRow, 'id' | 'org_id' | 'webhook_id' | 'created_at'> & AlertFacts): RenderContext {
  return {
    event: { id: change.id, type: change.alert_type, occurred_at: change.created_at.toISOString() },
    call: { call_id: '', org_id: change.org_id, status: 'completed', converted: false },
    tags: {
      ALERT_TEXT: alertText(change),
      WEBHOOK_NAME: change.webhook_name,
      WEBHOOK_ID: change.webhook_id,
      STATE: change.to_state,
      PREVIOUS_STATE: change.from_state,
      REASON: change.reason ?? '',
      LAST_ERROR: change.last_error ?? '',
      PENDING: String(change.pending ?? ''),
    },
  };
}

/** An alert to validate alert templates against at save time. */
export function sampleAlertContext(orgId = 'org_sample'): RenderContext {
  return alertContext({
    id: 'hsc_sample',
    org_id: orgId,
    webhook_id: 'whk_sample',
    webhook_name: 'CRM sync',
    alert_type: 'webhook.paused',
    from_state: 'failing',
    to_state: 'paused',
    reason: 'failures',
    last_error: 'CRM sync answered HTTP 503',
    pending: 42,
    created_at: new Date('2025-01-15T14:32:05.000Z'),
  });
}
