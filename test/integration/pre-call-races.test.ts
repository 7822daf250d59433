import { callStateQuery } from '../../src/shared/messages';
import { startTestStack, uniqueName, type TestStack } from '../support/stack';
import { ApiProcess } from '../support/worker-process';
import { createIncomingWebhook, heldData, ingress } from './incoming-support';
import { callHandle, sendEvent, waitFor } from './lifecycle-support';

describe('pre-call data under races and crashes', () => {
  let stack: TestStack;
  let webhook: Awaited<ReturnType<typeof createIncomingWebhook>>;
  let numbers = 0;
  const nextCaller = () => `+1555666${String(numbers++).padStart(4, '0')}`;
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  // A call answers queries once its first workflow task has run; until then it has no tags to show.
  const callTags = async (callId: string) => (await callHandle(stack, callId).query(callStateQuery).catch(() => undefined))?.tags ?? {};

  beforeAll(async () => {
    stack = await startTestStack();
    webhook = await createIncomingWebhook(stack, { type: 'call_data' });
  });
  afterAll(() => stack?.stop());

  it('puts the data on the call whichever of post and call start comes first (50 races)', async () => {
    const races: Array<{ callId: string; value: string }> = [];
    for (let i = 0; i < 50; i++) {
      const caller = nextCaller();
      const callId = uniqueName('call');
      const value = `v${i}`;
      // Staggered by a few milliseconds either way, so the commit lands before, during and after the call's read.
      const lead = (i % 10) * 2;
      const [posted] = await Promise.all([
        sleep(i % 2 ? lead : 0).then(() => ingress(stack, '/call-data', { query: `auth_key=${webhook.auth_key}&caller_id=${caller}&race=${value}` })),
        sleep(i % 2 ? 0 : lead).then(() => sendEvent(stack, callId, 'incoming', { from: caller })),
      ]);
      expect(posted.status).toBe(200);
      races.push({ callId, value });
    }
    for (const { callId, value } of races) {
      await waitFor(`${callId} to carry RACE=${value}`, async () => ((await callTags(callId)).RACE === value ? true : undefined));
    }
  });

  it('loses no accepted post when the API process is killed under load: each is stored and attaches to a later call', async () => {
    const api = await ApiProcess.start(stack.config);
    const callers = Array.from({ length: 4 }, nextCaller);
    const accepted = new Map<string, string[]>(callers.map((c) => [c, []]));
    let sent = 0;
    let killed = false;
    const load = Array.from({ length: 16 }, async () => {
      while (!killed) {
        const n = sent++;
        const caller = callers[n % callers.length];
        const res = await ingress(stack, '/call-data', { base: api.url, json: { caller_id: caller, [`p${n}`]: String(n) }, headers: { 'X-Auth-Key': webhook.auth_key } }).catch(() => undefined);
        if (res?.status === 200) accepted.get(caller)!.push(`P${n}`);
      }
    });
    try {
      await waitFor('a hundred accepted posts', () => ([...accepted.values()].flat().length >= 100 ? true : undefined));
    } finally {
      killed = true;
      await api.crash();
      await Promise.all(load);
    }

    for (const caller of callers) {
      const held = await heldData(stack, caller);
      expect(accepted.get(caller)!.filter((tag) => held[tag] === undefined)).toEqual([]);
      const callId = uniqueName('call');
      await sendEvent(stack, callId, 'incoming', { from: caller });
      const tags = await waitFor(`${callId} to have its pre-call data`, async () => {
        const current = await callTags(callId);
        return Object.keys(current).length > 0 ? current : undefined;
      });
      expect(accepted.get(caller)!.filter((tag) => tags[tag] === undefined)).toEqual([]);
    }
  });
});
