import type { RateLimit } from '../shared/delivery';

/** What the chat presets carry besides their templates: the target's published limits, and an alert body. */
export interface PresetDeliverySettings {
  rate_limit: RateLimit;
  alert_template: string;
}

// Keyed by preset id (src/templates/presets.ts); a test checks every preset has an entry.
export const PRESET_DELIVERY_SETTINGS: Record<string, PresetDeliverySettings> = {
  // Slack: "1 message per second" per incoming webhook's channel (api.slack.com/docs/rate-limits); its default
  // alert body `{"text": "[ALERT_TEXT]"}` is already what Slack takes.
  'slack-incoming-webhook': { rate_limit: { requests: 1, per: 'second', burst: 1 }, alert_template: '' },
  // Telegram: at most 20 messages a minute to one group (core.telegram.org/bots/faq), and about one a second
  // per chat. Plain text: alert texts are not MarkdownV2-escaped.
  'telegram-send-message': {
    rate_limit: { requests: 20, per: 'minute', burst: 1 },
    alert_template: '{\n  "chat_id": "<CHAT_ID>",\n  "text": "[ALERT_TEXT]"\n}',
  },
};
