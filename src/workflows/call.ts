import {
  allHandlersFinished,
  CancellationScope,
  condition,
  continueAsNew,
  isCancellation,
  proxyLocalActivities,
  setHandler,
  sleep,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import type * as activities from '../activities';
import type { CallBeginning, CallSettings } from '../shared/call-steps';
import type { CallTransition } from '../activities/call-transition';
import { DURATION_MARKS } from '../shared/call';
import {
  callEventSignal,
  callStateQuery,
  COMPLETED_ONLY_FIELDS,
  enrichmentSignal,
  postCallUpdate,
  type CallWorkflowInput,
  type PostCallChange,
  type PostCallOutcome,
} from '../shared/messages';
import { CALLER_NUMBER, CAMPAIGN_ID } from '../shared/search-attributes';
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

// Database work runs as local activities inside the workflow task: a marker in the history, no round trip
// through the server, and only the deliveries are scheduled activities.
const { beginCall, recordCallTransition, reopenCall } = proxyLocalActivities<Activities>({ startToCloseTimeout: '10 seconds', retry: { maximumInterval: '10 seconds' } });

/** What a run hands to the next one on continue-as-new. */
export interface CarriedCall {
  state: CallState;
  settings: CallSettings;
  /** Workflow-clock deadlines, so the next run re-arms the same timers. */
  maxLengthAt: number;
  connectedAtMs?: number;
}

type Work = CallInput & { reply?: (outcome: PostCallOutcome) => void };
type Beginning = NonNullable<CallTransition['begin']>;

/** One call, from its first platform event through the post-call window. */
export async function callWorkflow(input: CallWorkflowInput & { carried?: CarriedCall }): Promise<void> {
  const { orgId, callId } = input;
  // Both come with the call's beginning, or from the previous run.
  let settings = input.carried?.settings;
  let maxLengthAt = input.carried?.maxLengthAt;
  const state = input.carried?.state ?? {
    ...initialCallState(orgId, callId),
    ...(input.queuesLiveUpdates && { queuesLiveUpdates: true }),
    ...(input.beginsInStep && { beginsInStep: true }),
  };
  let connectedAtMs = input.carried?.connectedAtMs;
  const inbox: Work[] = [];
  const deliveries = new DeliveryFanOut(orgId);
  const now = () => new Date().toISOString();
  let closedOutcome: PostCallOutcome = { result: 'window_closed' };

  setHandler(callEventSignal, (event) => void inbox.push({ kind: 'platform', event }));
  setHandler(enrichmentSignal, (enrichment) => void inbox.push({ kind: 'enrichment', enrichments: [enrichment] }));
  setHandler(
    postCallUpdate,
    (change) => {
      if (state.closedAt) return Promise.resolve(closedOutcome);
      return new Promise<PostCallOutcome>((reply) => inbox.push({ kind: 'post_call', change, at: now(), reply }));
    },
    { validator: (change) => validatePostCallChange(change, completedOnlyRefusal(change, input.reopen !== undefined || state.call.status === 'completed')) },
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
    mark: undefined as number | undefined,
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
      arm(timers.maxLength, maxLengthAt! - Date.now(), MAX_LENGTH_TIMER, () => ({ kind: 'max_length', at: now() }));
    }
    // Only the next mark has a timer: a short call costs one timer, not five started and cancelled.
    const nextMark = DURATION_MARKS.find((seconds) => !state.marksEmitted.includes(seconds));
    if (status === 'connected' && nextMark !== undefined && timers.mark !== nextMark) {
      connectedAtMs ??= Date.now();
      timers.marks = new CancellationScope();
      timers.mark = nextMark;
      arm(timers.marks, connectedAtMs + nextMark * 1000 - Date.now(), markTimerSummary(nextMark), () => ({ kind: 'mark', seconds: nextMark, at: now() }));
    }
    if (status !== 'connected') timers.marks?.cancel();
    if (status === 'completed') timers.maxLength?.cancel();
    if (state.postCallWindowEndsAt && !timers.window) {
      timers.window = true;
      arm(new CancellationScope(), Date.parse(state.postCallWindowEndsAt) - Date.now(), POST_CALL_WINDOW_TIMER, () => ({ kind: 'window_closed', at: now() }));
    }
  };

  /** Caller and campaign may first come with a later event: Temporal Web's filters learn them then, once. */
  const syncSearchAttributes = () => {
    const current = workflowInfo().typedSearchAttributes;
    const { from, campaign_id } = state.call;
    const changed = [
      ...(from && current.get(CALLER_NUMBER) !== from ? [{ key: CALLER_NUMBER, value: from }] : []),
      ...(campaign_id && current.get(CAMPAIGN_ID) !== campaign_id ? [{ key: CAMPAIGN_ID, value: campaign_id }] : []),
    ];
    if (changed.length) upsertSearchAttributes(changed);
  };

  const eventOf = ({ type, occurred_at, update }: Emission) => {
    const suffix = update === undefined ? '' : `:${update}`;
    return { id: `${workflowInfo().workflowId}:${type}${suffix}`, type, occurred_at };
  };

  /**
   * Resolves tags, writes the index, finds each emission's webhooks and makes their first attempts in one local
   * activity, then runs what those attempts did not settle. A step that begins the call reads the beginning first,
   * in the same activity, and acts on it when the activity returns.
   */
  const record = async (step: Step, tagsChanged: boolean, indexChanged: boolean, beginning?: Beginning) => {
    if (!beginning && !tagsChanged && !indexChanged && step.emissions.length === 0) return;
    if (indexChanged) state.indexSequence += 1;
    const transition: CallTransition = {
      orgId,
      resolved: state.resolved,
      // The beginning may attach pre-call data: the activity resolves the layers with it.
      ...((tagsChanged || beginning) && { layers: state.layers }),
      ...(beginning && { begin: beginning }),
      ...(indexChanged && {
        index: {
          workflowId: workflowInfo().workflowId,
          sequence: state.indexSequence,
          call: { ...state.call },
          completedAt: state.completedAt,
          postCallWindowEndsAt: state.postCallWindowEndsAt,
          closedAt: state.closedAt,
          // The closing write keeps the whole state: a late update reopens the call from it.
          ...(state.closedAt && { state }),
        },
      }),
      emissions: step.emissions.map((emission) => ({ event: eventOf(emission), call: emission.call })),
      busyWebhooks: deliveries.busyWebhooks(),
    };
    const releasesBefore = deliveries.releaseCounts();
    const outcome = await recordCallTransition(transition);
    // Held postbacks taken here are queued (the step cannot complete the call): they emit nothing now.
    if (beginning && outcome.begun) actOnBeginning(outcome.begun, beginning.caller !== undefined);
    if (outcome.resolved) state.resolved = outcome.resolved;
    transition.emissions.forEach(({ event, call }, i) => deliveries.emit({ event, call, tags: state.resolved.tags }, outcome.fanOut[i], releasesBefore));
  };

  /**
   * What must be read when the call begins, if this work begins it: the first event, or the first to name the
   * caller. The read first indexes the call as live (a write the workflow's later index writes supersede), so
   * posts committed after it are signalled here, and postbacks held after it find the call; one that arrives both
   * ways is dropped by request or transaction id.
   */
  const beginningOf = (work: Work): Beginning | undefined => {
    if (work.kind !== 'platform' || state.seenEventIds.includes(work.event.event_id)) return undefined;
    const caller = work.event.call.from ?? state.call.from;
    if (settings && (state.preCallAttached || !caller)) return undefined;
    const takesHeld = state.queuesLiveUpdates === true;
    if (caller || takesHeld) state.indexSequence += 1;
    const index = (caller || takesHeld) && { workflowId: workflowInfo().workflowId, sequence: state.indexSequence, call: { ...state.call, ...(caller && { from: caller }), started_at: state.call.started_at ?? work.event.occurred_at }, tags: state.resolved };
    return { ...(takesHeld && { callId }), ...(caller && { caller }), ...(index && { index }) };
  };

  /**
   * The call's settings, the postbacks held for it and the caller's pre-call data: attached before `call.incoming`
   * can go out (or the first event that names the caller does).
   */
  const actOnBeginning = (begun: CallBeginning, callerKnown: boolean): { tagsChanged: boolean; emissions: Emission[] } => {
    settings ??= begun.settings;
    maxLengthAt ??= Date.now() + settings.maxCallSeconds * 1000;
    const held = (begun.held ?? []).map((change) => reduceCall(state, { kind: 'post_call', change, at: now() }));
    const emissions = held.flatMap((step) => step.emissions);
    let tagsChanged = held.some((step) => step.tagsChanged);
    if (callerKnown) {
      state.preCallAttached = true;
      tagsChanged = reduceCall(state, { kind: 'enrichment', enrichments: begun.enrichments ?? [] }).tagsChanged || tagsChanged;
    }
    return { tagsChanged, emissions };
  };

  const process = async (work: Work) => {
    const beginning = beginningOf(work);
    // A step that may complete the call needs the settings (its window) and the held postbacks (applied at
    // completion) before it runs: it begins the call with an activity of its own. Any other step's activity
    // reads the beginning too, one local activity fewer per call.
    const inStep = beginning !== undefined && state.beginsInStep === true && !mayComplete(state, work);
    const begun = beginning && !inStep ? actOnBeginning(await beginCall({ orgId, ...beginning }), beginning.caller !== undefined) : { tagsChanged: false, emissions: [] };
    const step: Step = reduceCall(state, work);
    step.emissions.unshift(...begun.emissions);
    if (state.call.status === 'completed' && !state.completedAt) {
      const at = Date.now();
      reduceCall(state, { kind: 'completed', at: new Date(at).toISOString(), windowEndsAt: new Date(at + settings!.postCallWindowSeconds * 1000).toISOString() });
    }
    // Marks change nothing the index shows.
    await record(step, begun.tagsChanged || step.tagsChanged, step.verdict === 'applied' && work.kind !== 'mark', inStep ? beginning : undefined);
    if (step.verdict === 'applied') syncSearchAttributes();
    syncTimers();
    work.reply?.(postCallOutcome(step));
  };

  if (input.carried) syncTimers();
  if (input.reopen) {
    // A late update started this run: carry on from the state the last run left in the call index.
    const reopened = await reopenCall({ orgId, callId });
    settings = reopened.settings;
    maxLengthAt = Date.now();
    if (reopened.state) {
      Object.assign(state, reopened.state);
      await process({ kind: 'reopened', at: now(), windowEndsAt: new Date(Date.now() + settings.postCallWindowSeconds * 1000).toISOString() });
    } else {
      // Closed before calls kept their state: nothing to reopen from.
      state.closedAt = now();
      closedOutcome = { result: 'window_closed', reopenable: false };
    }
  }
  while (!state.closedAt) {
    await condition(() => inbox.length > 0 || workflowInfo().continueAsNewSuggested);
    if (inbox.length > 0) {
      await process(inbox.shift()!);
      continue;
    }
    // A long history: let pending deliveries finish, then carry on in a fresh run.
    await deliveries.drain();
    await condition(allHandlersFinished);
    if (inbox.length > 0) continue;
    await continueAsNew<typeof callWorkflow>({ orgId, callId, carried: { state, settings: settings!, maxLengthAt: maxLengthAt!, connectedAtMs } });
  }
  // Late post-call updates queued behind the window's close.
  for (const work of inbox.splice(0)) work.reply?.(closedOutcome);
  await deliveries.drain();
  await condition(allHandlersFinished);
}

/** Whether the work can complete the call: a hangup or failure, or anything once it has completed. */
function mayComplete(state: CallState, work: Work): boolean {
  return state.call.status === 'completed' || (work.kind === 'platform' && (work.event.type === 'hangup' || work.event.type === 'failure'));
}

/** The rule a change breaks when it sets completed-only fields on a call still live, or undefined. */
function completedOnlyRefusal(change: PostCallChange, completed: boolean): string | undefined {
  if (completed || !change || typeof change !== 'object') return undefined;
  const early = COMPLETED_ONLY_FIELDS.filter((field) => change[field] !== undefined);
  return early.length ? `${early.join(' and ')} can be set only after the call has completed` : undefined;
}

function postCallOutcome(step: Step): PostCallOutcome {
  if (step.verdict === 'ignored') return { result: 'window_closed' };
  if (step.verdict === 'queued') return { result: 'queued', duplicate: false };
  return { result: 'applied', duplicate: step.verdict === 'duplicate', emitted: step.emissions.map((e) => e.type) };
}
