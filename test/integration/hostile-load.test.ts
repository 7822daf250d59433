import { hostileRequests, normalIngress, type Target } from '../support/hostile-traffic';
import { startTestStack, type TestStack } from '../support/stack';
import { createIncomingWebhook, loggedRequest } from './incoming-support';

// Hostile requests interleaved with normal traffic: none answers 500, and every normal request keeps its log
// record. (How long /healthz waits meanwhile is measured by bench/hostile-healthz.ts, not asserted here.)
describe('hostile load beside normal traffic', () => {
  let stack: TestStack;
  let target: Target;
  beforeAll(async () => {
    stack = await startTestStack();
    target = { url: stack.api.url, token: stack.token, ingressKey: (await createIncomingWebhook(stack, { type: 'call_data' })).auth_key };
  });
  afterAll(() => stack.stop());

  it('loses no normal request and answers every hostile one with a 4xx or a 200', async () => {
    const normal: Array<Promise<string>> = [];
    const hostile: Array<Promise<number>> = [];
    for (let round = 0; round < 5; round++) {
      for (const [i, request] of hostileRequests(target).entries()) {
        hostile.push(request());
        normal.push(normalIngress(target, round * 100 + i));
      }
    }
    const statuses = await Promise.all(hostile);
    expect(statuses.filter((status) => status >= 500)).toEqual([]);
    const ids = await Promise.all(normal);
    for (const id of ids) expect(await loggedRequest(stack, id)).toMatchObject({ id, status: 200 });
  });
});
