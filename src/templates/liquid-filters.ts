// Liquid filters for the targets users send to: chat apps with their own markup, and JSON/URL building.
import { Drop } from 'liquidjs';
import { JsonText, percentEncode, textOf } from './escape';

/** Telegram MarkdownV2: these characters (and backslash) must be escaped anywhere in a message. */
export function telegramMarkdown(value: unknown): string {
  return textOf(value).replace(/[_*[\]()~`>#+\-=|{}.!\\]/g, '\\$&');
}

/** Telegram HTML parse mode and Slack mrkdwn both reserve only &, < and >. */
export function escapeAngleMarkup(value: unknown): string {
  return textOf(value).replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

function toJson(value: unknown): JsonText {
  const plain = value instanceof Drop ? value.valueOf() : value;
  return new JsonText(JSON.stringify(plain) ?? 'null');
}

export const WEBHOOK_FILTERS: Readonly<Record<string, (value: unknown) => unknown>> = {
  telegram_md: telegramMarkdown,
  telegram_html: escapeAngleMarkup,
  slack: escapeAngleMarkup,
  json: toJson,
  url: percentEncode,
  // Liquid's own `raw` would bypass output escaping; here it is a no-op so every output stays escaped.
  raw: (value) => value,
};
