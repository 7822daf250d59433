// The engine floor of DESIGN §9: the least Temporal work a call can cost. Signal-with-start for the first event,
// a signal per later event, one HTTP POST activity per event, chained in order.
import { condition, defineSignal, proxyActivities, setHandler } from '@temporalio/workflow';
import type * as activities from './activities';

export const floorEventSignal = defineSignal<[FloorEvent]>('floorEvent');

export interface FloorEvent {
  callId: string;
  type: string;
  last: boolean;
}

const { post } = proxyActivities<typeof activities>({ startToCloseTimeout: '10 seconds', retry: { maximumAttempts: 3 } });

export async function floorCallWorkflow(url: string): Promise<void> {
  const inbox: FloorEvent[] = [];
  setHandler(floorEventSignal, (event) => void inbox.push(event));
  for (;;) {
    await condition(() => inbox.length > 0);
    const event = inbox.shift()!;
    await post(url, event);
    if (event.last) return;
  }
}
