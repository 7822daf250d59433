import { status as grpcStatus } from '@grpc/grpc-js';
import { isGrpcServiceError, WorkflowNotFoundError, type WorkflowHandle } from '@temporalio/client';
import { defaultPayloadConverter, type Payload } from '@temporalio/common';
import type { Config } from '../config';
import type { Db } from '../db/database';
import type { CallBeginning, TransitionOutcome } from '../shared/call-steps';
import { settledFirstTry, type DeliveryRequest } from '../shared/delivery';
import { callWorkflowId, type CallWorkflowInput, type Enrichment, type PlatformEvent, type PostCallChange } from '../shared/messages';
import { tagChanges, type ResolvedTags } from '../shared/tags';
// The workflow's own pure reducer (src/shared), re-run here; the workflow module itself is never imported.
import { initialCallState, MAX_LENGTH_TIMER, POST_CALL_WINDOW_TIMER, reduceCall, type CallInput, type Step } from '../shared/call-state';
import { durably, type CallEngine } from './calls';

type HistoryEvent = NonNullable<Awaited<ReturnType<WorkflowHandle['fetchHistory']>>['events']>[number];

/** What a timeline entry is about; the API and the admin UI show these. */
export const TIMELINE_KINDS = ['event', 'ignored', 'enrichment', 'tags', 'timer', 'delivery', 'attempt', 'update', 'other'] as const;

export interface TimelineEntry {
  at: string;
  kind: (typeof TIMELINE_KINDS)[number];
  title: string;
  detail?: Record<string, unknown>;
}

export interface CallTimeline {
  call_id: string;
  workflow_id: string;
  temporal_web_url: string | null;
  entries: TimelineEntry[];
}

/** Runs followed back through continue-as-new; a call needs only a few, so this is a safety bound. */
const MAX_RUNS = 50;

/** What a timeline is read from: the engine's histories, the webhooks' names, where Temporal Web shows a workflow. */
export interface TimelineSources extends CallEngine {
  db: Db;
  config: Pick<Config, 'TEMPORAL_NAMESPACE'>;
  temporalWebUrl?: string;
}

/** A call's timeline from its workflow history (every run), or undefined when the call has no workflow. */
export async function callTimeline(ctx: TimelineSources, orgId: string, callId: string): Promise<CallTimeline | undefined> {
  const workflowId = callWorkflowId(orgId, callId);
  const runs: HistoryEvent[][] = [];
  try {
    let runId: string | undefined;
    do {
      const history = await durably(ctx, () => ctx.temporal.workflow.getHandle(workflowId, runId).fetchHistory());
      const events = history.events ?? [];
      runs.unshift(events);
      // Back through continue-as-new, and from a run a late update reopened to the run it reopened.
      const started = events[0]?.workflowExecutionStartedEventAttributes;
      runId = started?.continuedExecutionRunId || first<CallWorkflowInput>(started?.input)?.reopen?.previousRunId || undefined;
    } while (runId && runs.length < MAX_RUNS);
  } catch (err) {
    const cause = (err as { cause?: unknown }).cause ?? err;
    if (err instanceof WorkflowNotFoundError || (isGrpcServiceError(cause) && cause.code === grpcStatus.NOT_FOUND)) return undefined;
    throw err;
  }
  const web = ctx.temporalWebUrl?.replace(/\/+$/, '');
  return {
    call_id: callId,
    workflow_id: workflowId,
    temporal_web_url: web ? `${web}/namespaces/${encodeURIComponent(ctx.config.TEMPORAL_NAMESPACE)}/workflows/${encodeURIComponent(workflowId)}` : null,
    entries: new TimelineBuilder(await webhookNames(ctx.db, orgId)).build(runs),
  };
}

const decode = <T>(payload: Payload | null | undefined): T | undefined => (payload ? defaultPayloadConverter.fromPayload<T>(payload as Payload) : undefined);
const first = <T>(payloads: { payloads?: Payload[] | null } | null | undefined): T | undefined => decode<T>(payloads?.payloads?.[0]);
const timeOf = (event: HistoryEvent) => new Date(Number(event.eventTime?.seconds ?? 0) * 1000 + Math.floor((event.eventTime?.nanos ?? 0) / 1e6)).toISOString();
const id = (v: unknown) => String(v);

/**
 * Turns history events into entries a human reads. Platform events and post-call updates are re-run through the
 * workflow's own reducer, so "ignored, and why" is exactly what the workflow decided.
 */
class TimelineBuilder {
  constructor(private readonly webhookNames: Map<string, string>) {}

  /** A webhook as an operator knows it: its name, or its id once it is deleted. */
  private webhook(id: string): string {
    const name = this.webhookNames.get(id);
    return name ? `"${name}"` : id;
  }

  private readonly state = initialCallState('', '');
  private readonly entries: TimelineEntry[] = [];
  private readonly timers = new Map<string, string>();
  private readonly activities = new Map<string, { type: string; input: unknown; attempt?: number }>();
  private tags: ResolvedTags = { tags: {}, sources: {} };

  build(runs: HistoryEvent[][]): TimelineEntry[] {
    runs.forEach((events, run) => events.forEach((event) => this.add(event, run)));
    return this.entries;
  }

  private push(event: HistoryEvent, kind: TimelineEntry['kind'], title: string, detail?: Record<string, unknown>): void {
    this.entries.push({ at: timeOf(event), kind, title, ...(detail && { detail }) });
  }

  private reduce(input: CallInput): Step {
    return reduceCall(this.state, input);
  }

  private add(event: HistoryEvent, run: number): void {
    const started = event.workflowExecutionStartedEventAttributes;
    if (started) return this.runStarted(event, run, first<CallWorkflowInput>(started.input));
    const signal = event.workflowExecutionSignaledEventAttributes;
    if (signal?.signalName === 'callEvent') return this.platformEvent(event, first<PlatformEvent>(signal.input)!);
    if (signal?.signalName === 'attachEnrichment') {
      const enrichment = first<Enrichment>(signal.input)!;
      const fresh = this.reduce({ kind: 'enrichment', enrichments: [enrichment] }).tagsChanged;
      return this.push(event, 'enrichment', `Data from incoming webhook ${this.webhook(enrichment.webhook_id)} ${fresh ? 'attached' : 'already attached'}`, { ...enrichment });
    }
    const update = event.workflowExecutionUpdateAcceptedEventAttributes;
    if (update?.acceptedRequest?.input?.name === 'postCallUpdate') return this.postCall(event, first<PostCallChange>(update.acceptedRequest.input.args)!);
    if (event.timerStartedEventAttributes) {
      this.timers.set(id(event.eventId), decode<string>(event.userMetadata?.summary) ?? 'timer');
      return;
    }
    if (event.timerFiredEventAttributes) return this.timerFired(event, this.timers.get(id(event.timerFiredEventAttributes.startedEventId)) ?? 'timer');
    if (event.timerCanceledEventAttributes) {
      const summary = this.timers.get(id(event.timerCanceledEventAttributes.startedEventId)) ?? 'timer';
      return this.push(event, 'timer', `${summary} timer cancelled`);
    }
    this.activity(event);
    if (event.markerRecordedEventAttributes) this.localActivity(event);
    if (event.workflowExecutionCompletedEventAttributes) this.push(event, 'other', 'Call workflow closed');
    if (event.workflowExecutionFailedEventAttributes) this.push(event, 'other', 'Call workflow failed', { error: event.workflowExecutionFailedEventAttributes.failure?.message });
    if (event.workflowExecutionTerminatedEventAttributes) this.push(event, 'other', 'Call workflow terminated', { reason: event.workflowExecutionTerminatedEventAttributes.reason });
  }

  private runStarted(event: HistoryEvent, run: number, input: CallWorkflowInput | undefined): void {
    if (input?.reopen) {
      // The window end is the workflow's to compute; the timeline needs only that the call takes updates again.
      this.reduce({ kind: 'reopened', at: timeOf(event), windowEndsAt: timeOf(event) });
      return this.push(event, 'other', 'Call reopened by a late post-call update (a new run of its workflow)');
    }
    if (run === 0 && input?.queuesLiveUpdates) this.state.queuesLiveUpdates = true;
    this.push(event, 'other', run === 0 ? 'Call workflow started' : 'Continued in a new run (long history)');
  }

  private platformEvent(event: HistoryEvent, platform: PlatformEvent): void {
    const queued = this.state.queuedUpdates?.map((q) => q.change.request_id) ?? [];
    const step = this.reduce({ kind: 'platform', event: platform });
    const appliedQueued = this.state.queuedUpdates?.length ? [] : queued;
    const detail = {
      event_id: platform.event_id,
      occurred_at: platform.occurred_at,
      call: platform.call,
      emitted: step.emissions.map((e) => e.type),
      ...(appliedQueued.length && { applied_queued_updates: appliedQueued }),
    };
    if (step.verdict === 'applied') return this.push(event, 'event', `Received ${platform.type}`, detail);
    const what = step.verdict === 'duplicate' ? 'Duplicate' : 'Ignored';
    this.push(event, 'ignored', `${what} ${platform.type}: ${step.reason}`, { ...detail, reason: step.reason });
  }

  private postCall(event: HistoryEvent, change: PostCallChange): void {
    const step = this.reduce({ kind: 'post_call', change, at: timeOf(event) });
    const outcomes: Record<Step['verdict'], string> = {
      applied: step.emissions.length ? `applied, emitted ${step.emissions.map((e) => e.type).join(', ')}` : 'applied, nothing changed',
      queued: 'queued until the call completes',
      duplicate: 'duplicate',
      ignored: 'window closed',
    };
    const source = change.held_id ? `held postback ${change.held_id} (request ${change.request_id})` : `request ${change.request_id}`;
    this.push(event, 'update', `Post-call update from ${this.webhook(change.webhook_id)}, ${source}: ${outcomes[step.verdict]}`, { ...change, ...(step.reason && { reason: step.reason }) });
  }

  private timerFired(event: HistoryEvent, summary: string): void {
    const at = timeOf(event);
    if (summary === MAX_LENGTH_TIMER) this.reduce({ kind: 'max_length', at });
    if (summary === POST_CALL_WINDOW_TIMER) this.reduce({ kind: 'window_closed', at });
    this.push(event, 'timer', `${summary} timer fired`);
  }

  private activity(event: HistoryEvent): void {
    const scheduled = event.activityTaskScheduledEventAttributes;
    if (scheduled) {
      const type = scheduled.activityType?.name ?? 'activity';
      const input = first<unknown>(scheduled.input);
      this.activities.set(id(event.eventId), { type, input });
      if (type === 'deliverEvent') {
        const delivery = input as DeliveryRequest;
        this.deliveryQueued(event, { id: delivery.deliveryId, webhookId: delivery.webhookId, eventType: delivery.context.event.type, eventId: delivery.context.event.id });
      }
      return;
    }
    const startedAttrs = event.activityTaskStartedEventAttributes;
    if (startedAttrs) {
      const known = this.activities.get(id(startedAttrs.scheduledEventId));
      if (known) known.attempt = startedAttrs.attempt ?? 1;
      return;
    }
    const done = event.activityTaskCompletedEventAttributes;
    const failed = event.activityTaskFailedEventAttributes ?? event.activityTaskTimedOutEventAttributes;
    const scheduledId = done?.scheduledEventId ?? failed?.scheduledEventId;
    const known = scheduledId === undefined || scheduledId === null ? undefined : this.activities.get(id(scheduledId));
    if (!known) return;
    if (known.type === 'deliverEvent') {
      const delivery = known.input as DeliveryRequest;
      const name = `${delivery.context.event.type} to webhook ${this.webhook(delivery.webhookId)}`;
      const outcome = done ? first<{ status: string; response_status?: number }>(done.result) : { status: 'failed', error: failed?.failure?.message ?? 'timed out' };
      this.deliveryEnded(event, name, delivery.deliveryId, known.attempt ?? 1, outcome);
    }
  }

  private deliveryQueued(event: HistoryEvent, delivery: { id: string; webhookId: string; eventType: string; eventId: string }): void {
    this.push(event, 'delivery', `Delivery of ${delivery.eventType} to webhook ${this.webhook(delivery.webhookId)}`, {
      delivery_id: delivery.id,
      webhook_id: delivery.webhookId,
      event_id: delivery.eventId,
      event_type: delivery.eventType,
    });
  }

  private deliveryEnded(event: HistoryEvent, name: string, deliveryId: string, attempts: number, outcome?: { status: string; response_status?: number; error?: string }): void {
    const tries = `${attempts} attempt${attempts === 1 ? '' : 's'}`;
    if (outcome?.status === 'failed') {
      return this.push(event, 'attempt', `${name}: failed after ${tries}: ${outcome.error}`, { delivery_id: deliveryId, attempts, error: outcome.error });
    }
    const how = outcome?.status === 'skipped' ? 'skipped' : outcome?.status === 'held' ? 'held, the webhook is paused' : `delivered${outcome?.response_status ? ` (HTTP ${outcome.response_status})` : ''}`;
    this.push(event, 'attempt', `${name}: ${how} after ${tries}`, { delivery_id: deliveryId, attempts, ...outcome });
  }

  /** Deliveries the call step settled with its own first attempt; the rest show with their delivery activity. */
  private firstTries(event: HistoryEvent, outcome: TransitionOutcome): void {
    outcome.fanOut.forEach((webhooks, i) => {
      const emitted = outcome.emitted?.[i];
      if (!emitted) return;
      for (const webhook of webhooks.filter((w) => settledFirstTry(w.first_try))) {
        this.deliveryQueued(event, { id: webhook.delivery_id!, webhookId: webhook.id, eventType: emitted.type, eventId: emitted.id });
        this.deliveryEnded(event, `${emitted.type} to webhook ${this.webhook(webhook.id)}`, webhook.delivery_id!, 1, webhook.first_try);
      }
    });
  }

  /** Local activities leave markers: the pre-call attach and the tag resolutions among them become entries. */
  private localActivity(event: HistoryEvent): void {
    const details = event.markerRecordedEventAttributes?.details ?? {};
    const data = first<{ activity_type?: string }>(details.data);
    if (data?.activity_type === 'beginCall') return this.callBegun(event, first<CallBeginning>(details.result));
    if (data?.activity_type !== 'recordCallTransition') return;
    const outcome = first<TransitionOutcome>(details.result);
    if (!outcome) return;
    // A call step that also began the call: what it attached comes before the tags it resolved.
    if (outcome.begun) this.callBegun(event, outcome.begun);
    const { resolved } = outcome;
    if (resolved) {
      const changes = tagChanges(this.tags, resolved);
      this.tags = resolved;
      if (changes.length) this.push(event, 'tags', `Tags: ${changes.map((c) => `${c.name} ${c.change}`).join(', ')}`, { changes, tags: resolved.tags });
    }
    this.firstTries(event, outcome);
  }

  private callBegun(event: HistoryEvent, begun: CallBeginning | undefined): void {
    // The workflow applies held postbacks first, then the pre-call data.
    for (const change of begun?.held ?? []) this.postCall(event, change);
    this.preCallAttached(event, begun?.enrichments);
  }

  private preCallAttached(event: HistoryEvent, enrichments: Enrichment[] | undefined): void {
    if (!enrichments) return;
    this.reduce({ kind: 'enrichment', enrichments });
    if (enrichments.length === 0) return this.push(event, 'other', 'No pre-call data for this caller');
    this.push(event, 'enrichment', `Pre-call data attached from ${enrichments.length} post${enrichments.length === 1 ? '' : 's'}`, { enrichments });
  }
}

/** Names of the organization's webhooks, incoming and outgoing, by id. */
async function webhookNames(db: Db, orgId: string): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('outgoing_webhooks')
    .select(['id', 'name'])
    .where('org_id', '=', orgId)
    .unionAll(db.selectFrom('incoming_webhooks').select(['id', 'name']).where('org_id', '=', orgId))
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}
