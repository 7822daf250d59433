import type { Db } from '../db/database';
import { recordCallStep } from '../db/repositories/call-steps';
import type { CallIndexRecord } from '../db/repositories/calls';
import { queuedDeliveries } from '../db/repositories/deliveries';
import type { CallSnapshot, EmittedEvent } from '../shared/call';
import { attachEnrichments } from '../shared/call-state';
import type { CallBeginning, TransitionOutcome } from '../shared/call-steps';
import type { ResolvedTags, TagLayers } from '../shared/tags';
import type { createFirstAttempts } from './first-attempts';
import type { BeginCallInput, createBeginCall } from './pre-call';
import type { createResolveCallTags } from './resolve-tags';
import { findSubscribedWebhooks } from './webhook-subscriptions';

/** What one step of a call changed, as the workflow hands it to the world. */
export interface CallTransition {
  orgId: string;
  /** The call's tags as resolved so far. */
  resolved: ResolvedTags;
  /**
   * Present when the tag layers changed, or may change with the call's beginning: resolved first, so the index and
   * every payload carry the result.
   */
  layers?: TagLayers;
  /** The call's beginning, when this step also begins the call: read before anything else (see pre-call.ts). */
  begin?: Omit<BeginCallInput, 'orgId'>;
  /** Present when the step changed what the call index shows; its tags come from the resolution. */
  index?: Omit<CallIndexRecord, 'tags'>;
  /** Events the step emitted, in order. */
  emissions: Array<{ event: EmittedEvent; call: CallSnapshot }>;
  /** Webhooks with a delivery of an earlier event still going: the step makes no first attempt to them. */
  busyWebhooks: string[];
}

/**
 * One local activity per call step: the call's beginning on its first step, tag resolution, the index write, the
 * webhook lookup and the deliveries' first attempts, which used to cost a scheduled activity or a marker each. One
 * marker in the history, and a delivery activity only for what the first attempt did not settle.
 */
export function createRecordCallTransition(
  db: Db,
  beginCall: ReturnType<typeof createBeginCall>,
  resolveCallTags: ReturnType<typeof createResolveCallTags>,
  firstAttempts: ReturnType<typeof createFirstAttempts>,
) {
  return async function recordCallTransition(input: CallTransition): Promise<TransitionOutcome> {
    const begun = input.begin && (await beginCall({ orgId: input.orgId, ...input.begin }));
    const layers = withPreCallData(input.layers, begun);
    const resolved = layers ? await resolveCallTags({ orgId: input.orgId, layers }) : input.resolved;
    const contexts = input.emissions.map(({ event, call }) => ({ event, call, tags: resolved.tags }));
    const found = await Promise.all(contexts.map((context) => findSubscribedWebhooks(db, input.orgId, context)));
    const { fanOut, insert } = queuedDeliveries(input.orgId, contexts, found.map((subscribers) => subscribers.map(({ subscription }) => subscription)));
    const queued = await recordCallStep(db, insert, input.index && { ...input.index, tags: resolved });
    // A delivery this step queued has no progress yet: its attempt starts from the lookup's read of its webhook.
    const targets = new Map(found.flat().map(({ target }) => [target.webhook.id, target]));
    await firstAttempts(input.orgId, contexts, fanOut, input.busyWebhooks, (webhook) => (queued.has(webhook.delivery_id!) ? targets.get(webhook.id) : undefined));
    return { ...(layers && { resolved }), fanOut, emitted: input.emissions.map(({ event }) => ({ id: event.id, type: event.type })), ...(begun && { begun }) };
  };
}

/** The layers with the caller's pre-call data attached, as the workflow attaches it when the step returns. */
function withPreCallData(layers: TagLayers | undefined, begun: CallBeginning | undefined): TagLayers | undefined {
  if (!layers || !begun?.enrichments?.length) return layers;
  const attached = structuredClone(layers);
  attachEnrichments(attached, begun.enrichments);
  return attached;
}
