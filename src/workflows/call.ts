import {
  allHandlersFinished,
  CancellationScope,
  condition,
  continueAsNew,
  isCancellation,
  proxyActivities,
  proxyLocalActivities,
  setHandler,
  sleep,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import type * as activities from '../activities';
import type { CallSettings } from '../activities/call-settings';
import { DURATION_MARKS, type RenderContext } from '../shared/call';
import {
  callEventSignal,
  callStateQuery,
  enrichmentSignal,
  postCallUpdate,
  type CallWorkflowInput,
  type PostCallOutcome,
} from '../shared/messages';
import { CALL_STATUS, CALLER_NUMBER, CAMPAIGN_ID } from '../shared/search-attributes';
import {
  initialCallState,
  markTimerSummary,
  MAX_LENGTH_TIMER,
  POST_CALL_WINDOW_TIMER,
  reduceCall,
  type CallInput,
  type CallState,
  type Emission,
  type Step,
} from '../shared/call-state';
import { DeliveryFanOut } from './deliveries';
import { validatePostCallChange } from './post-call-change';

type Activities = ReturnType<typeof activities.createActivities>;

// Quick lookups run as local activities inside the workflow task: no extra round trip before deliveries.
const { attachPreCallData, loadCallSettings, resolveCallTags } = proxyLocalActivities<Activities>({ startToCloseTimeout: '10 seconds', retry: { maximumInterval: '10 seconds' } });
// Regular activities: index writes must not hold up deliveries.
const { recordCallIndex } = proxyActivities<Activities>({ startToCloseTimeout: '30 seconds', retry: { maximumInterval: '30 seconds' } });

/** What a run hands to the next one on continue-as-new. */
export interface CarriedCall {
  state: CallState;
  settings: CallSettings;
  /** Workflow-clock deadlines, so the next run re-arms the same timers. */
  maxLengthAt: number;
  connectedAtMs?: number;
}

type Work = CallInput & { reply?: (outcome: PostCallOutcome) => void };

/** One call, from its first platform event through the post-call window. */
export async function callWorkflow(input: CallWorkflowInput & { carried?: CarriedCall }): Promise<void> {
  const { orgId, callId } = input;
  const settings = input.carried?.settings ?? (await loadCallSettings(orgId));
  const state = input.carried?.state ?? initialCallState(orgId, callId);
  const maxLengthAt = input.carried?.maxLengthAt ?? Date.now() + settings.maxCallSeconds * 1000;
  let connectedAtMs = input.carried?.connectedAtMs;
  const inbox: Work[] = [];
  const deliveries = new DeliveryFanOut(orgId);
  const indexWrites = new Set<Promise<void>>();
  const now = () => new Date().toISOString();

  setHandler(callEventSignal, (event) => void inbox.push({ kind: 'platform', event }));
  setHandler(enrichmentSignal, (enrichment) => void inbox.push({ kind: 'enrichment', enrichments: [enrichment] }));
  setHandler(
    postCallUpdate,
    (change) => {
      if (state.closedAt) return Promise.resolve<PostCallOutcome>({ result: 'window_closed' });
      return new Promise<PostCallOutcome>((reply) => inbox.push({ kind: 'post_call', change, at: now(), reply }));
    },
    { validator: validatePostCallChange },
  );
  setHandler(callStateQuery, () => ({
    ...state.call,
    tags: state.resolved.tags,
    tag_sources: state.resolved.sources,
    completed_at: state.completedAt,
    post_call_window_ends_at: state.postCallWindowEndsAt,
  }));

  const timers = {
    maxLength: undefined as CancellationScope | undefined,
    marks: undefined as CancellationScope | undefined,
    window: false,
  };
  const arm = (scope: CancellationScope, ms: number, summary: string, work: () => Work) => {
    scope
      .run(() => sleep(Math.max(0, ms), { summary }))
      .then(
        () => void inbox.push(work()),
        (err) => {
          if (!isCancellation(err)) throw err;
        },
      );
  };
  /** Timers follow the state: marks while connected, the max length until completion, then the window. */
  const syncTimers = () => {
    const status = state.call.status;
    if (status !== 'completed' && !timers.maxLength) {
      timers.maxLength = new CancellationScope();
      arm(timers.maxLength, maxLengthAt - Date.now(), MAX_LENGTH_TIMER, () => ({ kind: 'max_length', at: now() }));
    }
    if (status === 'connected' && !timers.marks) {
      connectedAtMs ??= Date.now();
      timers.marks = new CancellationScope();
      for (const seconds of DURATION_MARKS) {
        if (state.marksEmitted.includes(seconds)) continue;
        arm(timers.marks, connectedAtMs + seconds * 1000 - Date.now(), markTimerSummary(seconds), () => ({ kind: 'mark', seconds, at: now() }));
      }
    }
    if (status !== 'connected') timers.marks?.cancel();
    if (status === 'completed') timers.maxLength?.cancel();
    if (state.postCallWindowEndsAt && !timers.window) {
      timers.window = true;
      arm(new CancellationScope(), Date.parse(state.postCallWindowEndsAt) - Date.now(), POST_CALL_WINDOW_TIMER, () => ({ kind: 'window_closed', at: now() }));
    }
  };

  const emit = ({ type, occurred_at, call }: Emission) => {
    const suffix = type === 'call.updated' ? `:${state.updates}` : '';
    const context: RenderContext = { event: { id: `${workflowInfo().workflowId}:${type}${suffix}`, type, occurred_at }, call, tags: state.resolved.tags };
    void deliveries.emit(context);
  };

  let lastAttributes = '';
  const publish = () => {
    const { status, from, campaign_id } = state.call;
    const attributes = JSON.stringify([status, from, campaign_id]);
    if (attributes !== lastAttributes) {
      lastAttributes = attributes;
      upsertSearchAttributes([
        { key: CALL_STATUS, value: status },
        ...(from ? [{ key: CALLER_NUMBER, value: from }] : []),
        ...(campaign_id ? [{ key: CAMPAIGN_ID, value: campaign_id }] : []),
      ]);
    }
    state.indexSequence += 1;
    const write = recordCallIndex({
      workflowId: workflowInfo().workflowId,
      sequence: state.indexSequence,
      call: { ...state.call },
      tags: state.resolved,
      completedAt: state.completedAt,
      postCallWindowEndsAt: state.postCallWindowEndsAt,
      closedAt: state.closedAt,
    });
    indexWrites.add(write);
    void write.finally(() => indexWrites.delete(write));
  };

  /**
   * Pre-call data for the caller is attached before `call.incoming` can go out. The activity first indexes the
   * call as live from this caller (a write the workflow's later index writes supersede), so posts committed
   * after its read are signalled here; one that arrives both ways is dropped by request id.
   */
  const attachPreCall = async (work: Work): Promise<boolean> => {
    if (work.kind !== 'platform' || state.preCallAttached || state.seenEventIds.includes(work.event.event_id)) return false;
    const caller = work.event.call.from ?? state.call.from;
    if (!caller) return false;
    state.preCallAttached = true;
    state.indexSequence += 1;
    const index = { workflowId: workflowInfo().workflowId, sequence: state.indexSequence, call: { ...state.call, from: caller }, tags: state.resolved };
    const enrichments = await attachPreCallData({ orgId, caller, index });
    return reduceCall(state, { kind: 'enrichment', enrichments }).tagsChanged;
  };

  const process = async (work: Work) => {
    const attached = await attachPreCall(work);
    const step: Step = reduceCall(state, work);
    if (attached || step.tagsChanged) state.resolved = await resolveCallTags({ orgId, layers: state.layers });
    step.emissions.forEach(emit);
    if (state.call.status === 'completed' && !state.completedAt) {
      const at = Date.now();
      reduceCall(state, { kind: 'completed', at: new Date(at).toISOString(), windowEndsAt: new Date(at + settings.postCallWindowSeconds * 1000).toISOString() });
    }
    // Marks change nothing the index shows.
    if (step.verdict === 'applied' && work.kind !== 'mark') publish();
    syncTimers();
    work.reply?.(postCallOutcome(step));
  };

  syncTimers();
  while (!state.closedAt) {
    await condition(() => inbox.length > 0 || workflowInfo().continueAsNewSuggested);
    if (inbox.length > 0) {
      await process(inbox.shift()!);
      continue;
    }
    // A long history: let pending deliveries and index writes finish, then carry on in a fresh run.
    await deliveries.drain();
    await Promise.all(indexWrites);
    await condition(allHandlersFinished);
    if (inbox.length > 0) continue;
    await continueAsNew<typeof callWorkflow>({ orgId, callId, carried: { state, settings, maxLengthAt, connectedAtMs } });
  }
  // Late post-call updates queued behind the window's close.
  for (const work of inbox.splice(0)) work.reply?.({ result: 'window_closed' });
  await deliveries.drain();
  await Promise.all(indexWrites);
  await condition(allHandlersFinished);
}

function postCallOutcome(step: Step): PostCallOutcome {
  if (step.verdict === 'ignored') return { result: 'window_closed' };
  return { result: 'applied', duplicate: step.verdict === 'duplicate', emitted: step.emissions.map((e) => e.type) };
}
