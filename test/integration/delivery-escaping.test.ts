import { createWebhook, deliverViaWorkflow, eventContext, waitForDelivery } from '../support/deliveries';
import { Receiver } from '../support/receiver';
import { useStackAndReceiver, type TestStack } from '../support/stack';

// Values that break naive templating, each carried through a real delivery to a real receiver.
const TRICKY = {
  campaign_name: 'He said "hi" \\ back\\slash',
  publisher_name: 'line one\nline two\r\nthree',
  buyer_name: 'A&B=C+D 100%',
};
const NOTE = 'emoji ✅📞 ünïcödé';

describe('escaping through real deliveries', () => {
  let stack: TestStack;
  let receiver: Receiver;
  useStackAndReceiver({}, (s, r) => {
    stack = s;
    receiver = r;
  });

  async function deliver(fields: Record<string, unknown>, context = eventContext({ call: TRICKY, tags: { NOTE, HOMEOWNER: 'yes' } })) {
    const webhook = await createWebhook(stack, fields);
    const id = await deliverViaWorkflow(stack, webhook, context);
    const delivery = await waitForDelivery(stack, id);
    expect(delivery.status).toBe('succeeded');
    const request = receiver.requests.find((r) => r.headers['webhook-id'] === id);
    if (!request) throw new Error(`the receiver never saw delivery ${id}`);
    return { request, context, delivery };
  }

  it('JSON bodies: string values escaped, whole-value tokens typed (numbers as numbers), UTF-8 intact', async () => {
    const { request, context } = await deliver({
      url: `${receiver.url}/json`,
      body_template:
        '{"campaign": "[CAMPAIGN_NAME]", "publisher": "[PUBLISHER_NAME]", "buyer": "[BUYER_NAME]", "note": "[NOTE]", "mixed": "[BUYER_NAME] / [NOTE]", "revenue": [REVENUE_PAID_OUT], "duration": [DURATION], "converted": [CONVERTED], "missing": [NO_SUCH_TAG], "liquid": "{{ call.campaign_name }}"}',
    });
    expect(request.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(request.body)).toEqual({
      campaign: TRICKY.campaign_name,
      publisher: TRICKY.publisher_name,
      buyer: TRICKY.buyer_name,
      note: NOTE,
      mixed: `${TRICKY.buyer_name} / ${NOTE}`,
      revenue: context.call.revenue_paid_out,
      duration: context.call.duration,
      converted: true,
      missing: null,
      liquid: TRICKY.campaign_name,
    });
  });

  it('URLs: values percent-encoded, a caller\'s "+" arrives as "+"', async () => {
    const { request } = await deliver({ url: `${receiver.url}/url?buyer=[BUYER_NAME]&from=[FROM]&note=[NOTE]`, method: 'GET', body_format: 'none' });
    expect(request.url).toContain('from=%2B15551234567');
    const query = new URL(request.url, receiver.url).searchParams;
    expect(query.get('buyer')).toBe(TRICKY.buyer_name);
    expect(query.get('from')).toBe('+15551234567');
    expect(query.get('note')).toBe(NOTE);
    expect(request.body).toBe('');
  });

  it('form bodies: each field form-encoded', async () => {
    const { request } = await deliver({
      url: `${receiver.url}/form`,
      body_format: 'form',
      body_template: 'campaign=[CAMPAIGN_NAME]&publisher=[PUBLISHER_NAME]&buyer=[BUYER_NAME]&note=[NOTE]&from=[FROM]',
    });
    expect(request.headers['content-type']).toMatch(/^application\/x-www-form-urlencoded/);
    expect(Object.fromEntries(new URLSearchParams(request.body))).toEqual({
      campaign: TRICKY.campaign_name,
      publisher: TRICKY.publisher_name,
      buyer: TRICKY.buyer_name,
      note: NOTE,
      from: '+15551234567',
    });
  });

  it('headers: no CR/LF can split a header, other characters kept', async () => {
    const { request } = await deliver({
      url: `${receiver.url}/headers`,
      headers: { 'X-Publisher': '[PUBLISHER_NAME]', 'X-Buyer': '[BUYER_NAME]' },
      body_template: '{}',
    });
    expect(request.headers['x-publisher']).not.toMatch(/[\r\n]/);
    expect(request.headers['x-publisher']).toContain('line one');
    expect(request.headers['x-publisher']).toContain('three');
    expect(request.headers['x-buyer']).toBe(TRICKY.buyer_name);
  });

  it("the product brief's Telegram template works verbatim and round-trips as valid JSON with every value in place", async () => {
    const template =
      '{\n"chat_id": -5002186479,\n"text": "✅ *Call Converted*\\n\\n📞 Call ID: `[CALL_ID]`\\n🔗 Call SID: `[CALL_SID]`\\n👤 From: `[FROM]`\\n📢 Campaign: *[CAMPAIGN_NAME]*\\n🏢 Buyer: *[BUYER_NAME]*\\n💰 Buyer Payout: *[REVENUE_PAID_OUT]*\\n📤 Publisher: *[PUBLISHER_NAME]*\\n⏱ Duration: *[DURATION]s*\\n💵 Publisher Payout: *[CONFIGURED_PUBLISHER_PAYOUT]*\\n⏰ Converted At: *[CALL_CONVERTED_AT]*"\n}';
    const context = eventContext({ call: { campaign_name: 'Solar "TX" Leads', buyer_name: 'Sunrise & Sons' } });
    const { request } = await deliver({ url: `${receiver.url}/bot123:ABC/sendMessage`, body_template: template }, context);
    const { call } = context;
    expect(JSON.parse(request.body)).toEqual({
      chat_id: -5002186479,
      text:
        `✅ *Call Converted*\n\n📞 Call ID: \`${call.call_id}\`\n🔗 Call SID: \`${call.call_sid}\`\n👤 From: \`${call.from}\`\n` +
        `📢 Campaign: *Solar "TX" Leads*\n🏢 Buyer: *Sunrise & Sons*\n💰 Buyer Payout: *${call.revenue_paid_out}*\n` +
        `📤 Publisher: *${call.publisher_name}*\n⏱ Duration: *${call.duration}s*\n💵 Publisher Payout: *${call.configured_publisher_payout}*\n` +
        `⏰ Converted At: *${call.call_converted_at}*`,
    });
  });
});
