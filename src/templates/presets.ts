// Ready-made webhooks for the chat targets users ask for most; each one passes validateWebhookTemplates.
import type { CallEventType } from '../shared/call';
import type { BodyFormat } from './compile';

export interface WebhookPreset {
  id: string;
  name: string;
  description: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Contains a `<PLACEHOLDER>` the user must replace. */
  url: string;
  headers: Record<string, string>;
  body_format: BodyFormat;
  body_template: string;
  event_types: CallEventType[];
}

// Slack mrkdwn reserves &, < and >: every value goes through the `slack` filter.
const SLACK_BODY = `{
  "text": "📞 *{{ event.type | slack }}*: call from {{ call.from | slack }} to {{ call.to | slack }}\\n*Campaign:* {{ call.campaign_name | default: 'n/a' | slack }}\\n*Publisher:* {{ call.publisher_name | default: 'n/a' | slack }}\\n*Buyer:* {{ call.buyer_name | default: 'n/a' | slack }}\\n*Status:* {{ call.status | slack }}{% if call.duration %} · {{ call.duration }}s{% endif %}{% if call.converted %} · converted, revenue {{ call.revenue_paid_out | default: 0 }}{% endif %}\\n*Call ID:* \`{{ call.call_id | slack }}\`"
}`;

// MarkdownV2 needs every value escaped (a "." or "-" in a name breaks the message), hence Liquid + telegram_md
// rather than bare tokens. The template text itself uses no reserved character outside * and `.
const TELEGRAM_BODY = `{
  "chat_id": "<CHAT_ID>",
  "parse_mode": "MarkdownV2",
  "text": "✅ *Call Converted*\\n\\n📞 Call ID: \`{{ call.call_id | telegram_md }}\`\\n🔗 Call SID: \`{{ call.call_sid | default: 'n/a' | telegram_md }}\`\\n👤 From: \`{{ call.from | telegram_md }}\`\\n📢 Campaign: *{{ call.campaign_name | default: 'n/a' | telegram_md }}*\\n🏢 Buyer: *{{ call.buyer_name | default: 'n/a' | telegram_md }}*\\n💰 Buyer Payout: *{{ call.revenue_paid_out | default: 0 | telegram_md }}*\\n📤 Publisher: *{{ call.publisher_name | default: 'n/a' | telegram_md }}*\\n⏱ Duration: *{{ call.duration | default: 0 | telegram_md }}s*\\n💵 Publisher Payout: *{{ call.configured_publisher_payout | default: 0 | telegram_md }}*\\n⏰ Converted At: *{{ call.call_converted_at | default: 'n/a' | telegram_md }}*"
}`;

export const WEBHOOK_PRESETS: readonly WebhookPreset[] = [
  {
    id: 'slack-incoming-webhook',
    name: 'Slack notification',
    description: 'Posts a message to a Slack channel through an incoming webhook URL (Slack → Apps → Incoming Webhooks).',
    method: 'POST',
    url: 'https://hooks.slack.com/services/<WEBHOOK_PATH>',
    headers: { 'Content-Type': 'application/json' },
    body_format: 'json',
    body_template: SLACK_BODY,
    event_types: ['call.incoming', 'call.converted', 'call.hangup'],
  },
  {
    id: 'telegram-send-message',
    name: 'Telegram message',
    description:
      'Sends a MarkdownV2 message through the Telegram Bot API sendMessage method. Replace <TOKEN> with the bot token and <CHAT_ID> with the chat id (e.g. -5002186479).',
    method: 'POST',
    url: 'https://api.telegram.org/bot<TOKEN>/sendMessage',
    headers: { 'Content-Type': 'application/json' },
    body_format: 'json',
    body_template: TELEGRAM_BODY,
    event_types: ['call.converted'],
  },
];
