import { describe, expect, it } from 'vitest';
import { liquidPath, MESSAGE_PRESETS, messageTemplate } from './message';

const BUILT_IN = new Set(['FROM', 'CALL_ID', 'EVENT_TYPE', 'DURATION']);

describe('the chat presets’ plain editor', () => {
  it('reads built-in fields from the call or event and anything else from the tags', () => {
    expect(liquidPath('FROM', BUILT_IN)).toBe('call.from');
    expect(liquidPath('EVENT_TYPE', BUILT_IN)).toBe('event.type');
    expect(liquidPath('HOMEOWNER', BUILT_IN)).toBe('tags.HOMEOWNER');
  });

  it('writes Slack JSON whose title is escaped for mrkdwn, JSON and Liquid', () => {
    const body = messageTemplate({ ...MESSAGE_PRESETS['slack-incoming-webhook'], title: 'A "big" <deal> {{x}}', fields: [{ token: 'HOMEOWNER', label: 'Owns home' }] }, BUILT_IN);
    const text = JSON.parse(body).text as string;
    expect(text).toBe("*A \"big\" &lt;deal&gt; x*\n*Owns home:* {{ tags.HOMEOWNER | default: 'n/a' | slack }}");
  });

  it('writes Telegram MarkdownV2 with the chat id and reserved characters of labels escaped', () => {
    const body = JSON.parse(messageTemplate({ ...MESSAGE_PRESETS['telegram-send-message'], chat_id: '-500', title: 'Done.', fields: [{ token: 'DURATION', label: 'Talk-time' }] }, BUILT_IN));
    expect(body).toMatchObject({ chat_id: '-500', parse_mode: 'MarkdownV2' });
    expect(body.text).toBe("*Done\\.*\n*Talk\\-time:* {{ call.duration | default: 'n/a' | telegram_md }}");
  });
});
