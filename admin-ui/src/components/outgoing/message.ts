// The plain editor for chat presets: a title and the call fields or tags to list, in order, turned into the Liquid
// body the preset would have had. The Liquid stays editable by hand ("Advanced"); that ends the plain editor.

export type MessageTarget = 'slack' | 'telegram';

export interface MessageField {
  /** A token name: a built-in call or event field (CAMPAIGN_NAME, EVENT_TYPE) or a tag (HOMEOWNER). */
  token: string;
  label: string;
}

export interface MessageSpec {
  target: MessageTarget;
  title: string;
  /** Telegram only: the chat the bot writes to. */
  chat_id: string;
  fields: MessageField[];
}

const field = (token: string, label: string): MessageField => ({ token, label });

/** The plain form of each chat preset, by preset id (src/templates/presets.ts). */
export const MESSAGE_PRESETS: Record<string, MessageSpec> = {
  'slack-incoming-webhook': {
    target: 'slack',
    title: '📞 Call update',
    chat_id: '',
    fields: [
      field('EVENT_TYPE', 'Event'),
      field('FROM', 'From'),
      field('TO', 'To'),
      field('CAMPAIGN_NAME', 'Campaign'),
      field('PUBLISHER_NAME', 'Publisher'),
      field('BUYER_NAME', 'Buyer'),
      field('STATUS', 'Status'),
      field('CALL_ID', 'Call ID'),
    ],
  },
  'telegram-send-message': {
    target: 'telegram',
    title: '✅ Call Converted',
    chat_id: '<CHAT_ID>',
    fields: [
      field('CALL_ID', 'Call ID'),
      field('FROM', 'From'),
      field('CAMPAIGN_NAME', 'Campaign'),
      field('BUYER_NAME', 'Buyer'),
      field('REVENUE_PAID_OUT', 'Buyer Payout'),
      field('PUBLISHER_NAME', 'Publisher'),
      field('DURATION', 'Duration'),
      field('CALL_CONVERTED_AT', 'Converted At'),
    ],
  },
};

const EVENT_PATHS: Record<string, string> = { EVENT_TYPE: 'event.type', EVENT_ID: 'event.id', OCCURRED_AT: 'event.occurred_at' };

/** Where Liquid reads a token: built-in fields from the call or event, everything else from the call's tags. */
export function liquidPath(token: string, builtIn: ReadonlySet<string>): string {
  if (EVENT_PATHS[token]) return EVENT_PATHS[token];
  return builtIn.has(token) ? `call.${token.toLowerCase()}` : `tags.${token}`;
}

/** Text the operator typed, as literal text of a JSON string that Liquid will not read as markup. */
function literal(text: string, target: MessageTarget): string {
  const plain = text.replace(/[{}]/g, '');
  const marked = target === 'slack' ? plain.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') : plain.replace(/[_*[\]()~`>#+\-=|.!\\]/g, '\\$&');
  return JSON.stringify(marked).slice(1, -1);
}

/** The Liquid body the spec stands for. */
export function messageTemplate(spec: MessageSpec, builtIn: ReadonlySet<string>): string {
  const escape = spec.target === 'slack' ? 'slack' : 'telegram_md';
  const value = (token: string) => `{{ ${liquidPath(token, builtIn)} | default: 'n/a' | ${escape} }}`;
  const lines = spec.fields.map((f) => `*${literal(f.label, spec.target)}:* ${value(f.token)}`);
  const text = [`*${literal(spec.title, spec.target)}*`, ...lines].join('\\n');
  if (spec.target === 'slack') return `{\n  "text": "${text}"\n}`;
  return `{\n  "chat_id": "${JSON.stringify(spec.chat_id).slice(1, -1)}",\n  "parse_mode": "MarkdownV2",\n  "text": "${text}"\n}`;
}
