import { sql } from 'kysely';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Receiver } from '../support/receiver';
import { useStackAndReceiver, uniqueName, type TestStack } from '../support/stack';
import { createIncomingWebhook } from './incoming-support';
import { sendEvent, subscribe, waitFor } from './lifecycle-support';

// A collector to call between chunks, so the heap measured is what is live, not garbage not yet collected.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

async function download(stack: TestStack, path: string, token = stack.token): Promise<{ status: number; type: string | null; text: string }> {
  const res = await fetch(`${stack.api.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
}

const lines = (csv: string) => csv.split('\r\n').slice(0, -1);

describe('CSV exports of calls and both logs', () => {
  let stack: TestStack;
  let receiver: Receiver;
  useStackAndReceiver({}, async (s, r) => {
    stack = s;
    receiver = r;
  });

  it('streams 100k ingress requests with flat memory, only the organization\'s own', async () => {
    const rows = 100_000;
    // 1 KB per row: an export that held the rows (or the CSV) in memory would hold 100 MB or more.
    const path = `/call-data/${'p'.repeat(1000)}`;
    await sql`insert into organizations (id, name) values ('org_other_csv', 'Other')`.execute(stack.db);
    for (const org of [stack.orgId, 'org_other_csv']) {
      const count = org === stack.orgId ? rows : 10;
      await sql`
        insert into incoming_requests (id, org_id, received_at, method, path, query, headers, body, status, caller_id, latency_ms)
        select ${`req_bulk_${org}_`} || lpad(n::text, 6, '0'), ${org}, timestamptz '2031-01-01T00:00:00Z' + n * interval '1 second', 'POST', ${path},
               '{}'::jsonb, '{}'::jsonb, null, 200, '+15550000000', 3
        from generate_series(1, ${count}) as n`.execute(stack.db);
    }

    collectGarbage();
    const baseline = process.memoryUsage().heapUsed;
    let peak = 0;
    let received = 0;
    let lineCount = 0;
    let sinceGc = 0;
    let header = '';
    let foreign = 0;
    const res = await fetch(`${stack.api.url}/api/v1/logs/incoming/export?from=2031-01-01T00:00:00Z`, { headers: { authorization: `Bearer ${stack.token}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const decoder = new TextDecoder();
    let tail = '';
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      received += chunk.byteLength;
      const text = tail + decoder.decode(chunk, { stream: true });
      const parts = text.split('\r\n');
      tail = parts.pop() ?? '';
      for (const line of parts) {
        if (!header) header = line;
        else if (!line.startsWith(`req_bulk_${stack.orgId}_`)) foreign += 1;
        lineCount += 1;
      }
      sinceGc += chunk.byteLength;
      if (sinceGc > 4 * 1024 * 1024) {
        sinceGc = 0;
        collectGarbage();
        peak = Math.max(peak, process.memoryUsage().heapUsed - baseline);
      }
    }
    expect(header).toBe('id,received_at,method,path,status,webhook_id,webhook_name,caller_id,call_id,latency_ms');
    expect(lineCount).toBe(rows + 1);
    expect(foreign).toBe(0);
    expect(received).toBeGreaterThan(rows * 1000);
    process.stderr.write(`csv export: ${rows} rows, ${(received / 1e6).toFixed(0)} MB, peak live heap growth ${(peak / 1e6).toFixed(1)} MB\n`);
    // Generous for a stream (one 500-row chunk is ~0.5 MB); far below the 100 MB+ of holding every row.
    expect(peak).toBeLessThan(40 * 1024 * 1024);
  }, 300_000);

  it('honours the list filters and escapes cells, formulas neutralized', async () => {
    const webhook = await createIncomingWebhook(stack, { type: 'call_data', name: '=HYPERLINK("http://evil")' });
    const values = (id: string, status: number, caller: string, pathText: string) =>
      sql`(${id}, ${stack.orgId}, timestamptz '2032-02-02T10:00:00Z', 'GET', ${pathText}, '{}'::jsonb, '{}'::jsonb, ${status}, ${webhook.id}, ${caller}, 7)`;
    await sql`
      insert into incoming_requests (id, org_id, received_at, method, path, query, headers, status, webhook_id, caller_id, latency_ms)
      values ${sql.join([values('req_f1', 200, '+15551110001', '/call-data?a=1,b="2"'), values('req_f2', 401, '+15551110001', '/call-data'), values('req_f3', 200, '+15551110002', '/call-data')])}`.execute(stack.db);

    const res = await download(stack, `/api/v1/logs/incoming/export?webhook_id=${webhook.id}&status=200&caller=${encodeURIComponent('(555) 111-0001')}`);
    expect(res.status).toBe(200);
    expect(lines(res.text)).toEqual([
      'id,received_at,method,path,status,webhook_id,webhook_name,caller_id,call_id,latency_ms',
      `req_f1,2032-02-02T10:00:00.000Z,GET,"/call-data?a=1,b=""2""",200,${webhook.id},"'=HYPERLINK(""http://evil"")",'+15551110001,,7`,
    ]);

    const none = await download(stack, `/api/v1/logs/incoming/export?webhook_id=${webhook.id}&status=500`);
    expect(lines(none.text)).toHaveLength(1);
    const bad = await stack.request('/api/v1/logs/incoming/export?status=abc');
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ path: 'query.status' })]);
  });

  it('exports calls and deliveries with the list filters', async () => {
    await subscribe(stack, receiver, ['call.incoming']);
    const campaign = uniqueName('cmp');
    const callId = uniqueName('call');
    await sendEvent(stack, callId, 'incoming', { from: '+15552220001', campaign_id: campaign, campaign_name: 'Solar, "TX"', caller_city: 'Austin', ivr: [{ node: 'menu', digits: '1' }], tags: { HOMEOWNER: 'yes' } }, { occurred_at: '2033-03-03T03:03:03Z' });
    await sendEvent(stack, uniqueName('call'), 'incoming', { from: '+15552220002', campaign_id: uniqueName('cmp') });
    await waitFor('the call indexed', async () => ((await stack.ok(`/api/v1/calls?campaign_id=${campaign}`)).data.length === 1 ? true : undefined));

    const calls = await download(stack, `/api/v1/calls/export?campaign_id=${campaign}`);
    expect(calls.type).toBe('text/csv; charset=utf-8');
    const [header, row, ...rest] = lines(calls.text);
    expect(rest).toEqual([]);
    const columns = header.split(',');
    expect(columns).toEqual(expect.arrayContaining(['call_id', 'status', 'from', 'campaign_name', 'caller_city', 'ivr', 'recording_url', 'tags']));
    expect(columns).not.toContain('source');
    const cells = Object.fromEntries(columns.map((c, i) => [c, i]));
    expect(row.startsWith(`${callId},call-${stack.orgId}-${callId},ringing,'+15552220001,`)).toBe(true);
    expect(row).toContain(',"Solar, ""TX""",');
    expect(row).toContain(',"[{""node"":""menu"",""digits"":""1""}]",');
    expect(row).toContain(',"{""HOMEOWNER"":""yes""}"');
    expect(cells.call_id).toBe(0);

    const delivered = await waitFor('the delivery logged', async () => {
      const list = await stack.ok(`/api/v1/logs/outgoing?call_id=${callId}`);
      return list.data[0]?.status === 'succeeded' ? list.data[0] : undefined;
    });
    const deliveries = await download(stack, `/api/v1/logs/outgoing/export?call_id=${callId}&event_type=call.incoming`);
    expect(lines(deliveries.text)).toEqual([
      'id,webhook_id,webhook_name,call_id,event_id,event_type,method,url,status,attempts_count,last_status_code,duration_ms,error,next_attempt_at,redelivery_of,tags,test,simulated,created_at,updated_at',
      [delivered.id, delivered.webhook_id, delivered.webhook_name, callId, delivered.event_id, 'call.incoming', 'POST', `${receiver.url}/hook`, 'succeeded', 1, 200, delivered.duration_ms, '', '', '', '"[""HOMEOWNER""]"', 'false', 'false', delivered.created_at, delivered.updated_at].join(','),
    ]);
    expect(lines((await download(stack, `/api/v1/logs/outgoing/export?call_id=${callId}&status=failed`)).text)).toHaveLength(1);
  });

  it('masks secrets for read tokens, as JSON answers do', async () => {
    const campaign = uniqueName('cmp');
    await sendEvent(stack, uniqueName('call'), 'incoming', { from: '+15552220003', campaign_id: campaign, recording_url: 'https://rec.example/r.mp3?sig=s3cr3t-signature' });
    await waitFor('the call indexed', async () => ((await stack.ok(`/api/v1/calls?campaign_id=${campaign}`)).data.length === 1 ? true : undefined));
    const reader = await stack.ok('/api/v1/tokens', { body: { name: 'export reader', role: 'read' } });
    expect((await download(stack, `/api/v1/calls/export?campaign_id=${campaign}`)).text).toContain('sig=s3cr3t-signature');
    const masked = await download(stack, `/api/v1/calls/export?campaign_id=${campaign}`, reader.token);
    expect(masked.status).toBe(200);
    expect(masked.text).not.toContain('s3cr3t');
    expect(masked.text).toContain('https://rec.example/r.mp3?sig=');
  });
});
