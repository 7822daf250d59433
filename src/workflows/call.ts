import { condition, setHandler, workflowInfo } from '@temporalio/workflow';
import type { CallEventType, CallSnapshot, RenderContext } from '../shared/call';
import { callEventSignal, callStateQuery, type CallWorkflowInput, type PlatformEvent } from '../shared/messages';
import { DeliveryFanOut } from './deliveries';

/** One call, from its first platform event to completion. */
export async function callWorkflow(input: CallWorkflowInput): Promise<void> {
  const call: CallSnapshot = { call_id: input.callId, org_id: input.orgId, status: 'ringing', converted: false };
  const inbox: PlatformEvent[] = [];
  const seen = new Set<string>();
  const deliveries = new DeliveryFanOut(input.orgId);

  setHandler(callEventSignal, (event) => {
    if (seen.has(event.event_id)) return;
    seen.add(event.event_id);
    inbox.push(event);
  });
  setHandler(callStateQuery, () => ({ ...call, tags: { ...(call as { tags?: Record<string, string> }).tags } }));

  const emit = (type: CallEventType, occurredAt: string) => {
    const context: RenderContext = {
      event: { id: `${workflowInfo().workflowId}:${type}`, type, occurred_at: occurredAt },
      call: { ...call },
      tags: {},
    };
    return deliveries.emit(context);
  };

  while (call.status !== 'completed') {
    await condition(() => inbox.length > 0);
    const event = inbox.shift()!;
    Object.assign(call, withoutTags(event.call));
    if (event.type === 'incoming') {
      call.started_at ??= event.occurred_at;
      await emit('call.incoming', event.occurred_at);
    } else if (event.type === 'hangup') {
      call.status = 'completed';
      call.ended_at = event.occurred_at;
      await emit('call.hangup', event.occurred_at);
      await emit('call.completed', event.occurred_at);
    }
  }
  await deliveries.drain();
}

function withoutTags(fields: PlatformEvent['call']) {
  const { tags: _tags, ...rest } = fields;
  return rest;
}
