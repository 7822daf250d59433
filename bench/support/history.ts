import type { Client } from '@temporalio/client';
import { temporal } from '@temporalio/proto';

type HistoryEvent = temporal.api.history.v1.IHistoryEvent;

const millis = (e: HistoryEvent) => Number(e.eventTime!.seconds) * 1000 + (e.eventTime!.nanos ?? 0) / 1e6;

/** A call's history in numbers: events, scheduled activities, local-activity markers. */
export async function historyOf(client: Client, workflowId: string) {
  const events = (await client.workflow.getHandle(workflowId).fetchHistory()).events ?? [];
  return {
    events: events.length,
    scheduledActivities: events.filter((e) => e.activityTaskScheduledEventAttributes).length,
    localActivities: events.filter((e) => e.markerRecordedEventAttributes).length,
  };
}

/** Each event with its offset from the start: where a call's time goes (worker, server, activities). */
export async function historyTimeline(client: Client, workflowId: string): Promise<string[]> {
  const events = (await client.workflow.getHandle(workflowId).fetchHistory()).events ?? [];
  const start = millis(events[0]);
  return events.map((e) => {
    const what = e.activityTaskScheduledEventAttributes?.activityType?.name ?? localActivityType(e) ?? '';
    return `${String(Math.round(millis(e) - start)).padStart(6)} ms  ${temporal.api.enums.v1.EventType[e.eventType!].replace('EVENT_TYPE_', '')} ${what}`;
  });
}

function localActivityType(e: HistoryEvent): string | undefined {
  const payload = e.markerRecordedEventAttributes?.details?.data?.payloads?.[0]?.data;
  return payload ? (JSON.parse(Buffer.from(payload).toString()) as { activity_type?: string }).activity_type : undefined;
}
