import { allHandlersFinished, condition, continueAsNew, getExternalWorkflowHandle, proxyActivities, setHandler, workflowInfo } from '@temporalio/workflow';
import type * as activities from '../activities';
import {
  enrichmentSignal,
  mergeCallerDataUpdate,
  registerCallUpdate,
  type CallerDataAccepted,
  type CallerDataPost,
  type CallerWorkflowInput,
  type Enrichment,
} from '../shared/messages';

const { findLiveCalls } = proxyActivities<ReturnType<typeof activities.createActivities>>({
  startToCloseTimeout: '30 seconds',
  retry: { maximumInterval: '10 seconds', maximumAttempts: 5 },
});

/** Bounds that keep a busy caller's state (and each continue-as-new input) small. */
const MAX_CALLS = 50;
const MAX_TRANSACTIONS = 1000;

/** What a caller's workflow holds; carried across continue-as-new. */
export interface CallerState {
  /** One entry per post still contributing a tag, oldest first; a later post's value wins per tag. */
  posts: Array<Omit<Enrichment, 'expires_at'>>;
  /** Epoch ms when the data expires; every post extends it. */
  expires_at: number;
  /** Call workflows that registered (or were found live) and get every later post pushed. */
  calls: string[];
  /** Transaction ids already applied, so a repeated request has no second effect. */
  transactions: string[];
}

/**
 * A caller's pre-call data, held for its lifespan by a durable timer. Each post merges in and extends the
 * lifespan; each call from the caller registers and gets the data, and live calls get later posts pushed to them.
 * When the lifespan ends with nothing new, the workflow completes and the data is gone.
 */
export async function callerWorkflow(input: CallerWorkflowInput, carried?: CallerState): Promise<void> {
  const state: CallerState = carried ?? { posts: [], expires_at: 0, calls: [], transactions: [] };
  const pushes: Array<{ enrichment: Enrichment; to: string[] }> = [];
  let changed = false;
  const expiresAt = () => new Date(state.expires_at).toISOString();

  setHandler(
    mergeCallerDataUpdate,
    (post: CallerDataPost): CallerDataAccepted => {
      if (post.transaction_id && state.transactions.includes(post.transaction_id)) return { expires_at: expiresAt(), duplicate: true };
      // A shorter lifespan never cuts short data an earlier post asked to keep longer.
      state.expires_at = Math.max(state.expires_at, Date.now() + post.lifespan_seconds * 1000);
      mergePost(state, post);
      if (post.transaction_id) state.transactions = [...state.transactions, post.transaction_id].slice(-MAX_TRANSACTIONS);
      const enrichment: Enrichment = { webhook_id: post.webhook_id, request_id: post.request_id, received_at: post.received_at, data: post.data, expires_at: expiresAt() };
      if (state.calls.length) pushes.push({ enrichment, to: [...state.calls] });
      changed = true;
      return { expires_at: expiresAt(), duplicate: false };
    },
    {
      validator: (post: CallerDataPost) => {
        if (!(post.lifespan_seconds > 0)) throw new Error('lifespan_seconds must be positive');
        if (typeof post.data !== 'object' || post.data === null) throw new Error('data must be an object');
      },
    },
  );

  // The call gets what is held now; posts after this are pushed to it with enrichmentSignal.
  setHandler(registerCallUpdate, ({ callWorkflowId }) => {
    remember(state, callWorkflowId);
    return state.posts.map((post) => ({ ...post, expires_at: expiresAt() }));
  });

  if (!carried) {
    // Started by the first post (update-with-start): wait for it, then reach calls already in progress,
    // which looked for this workflow before it existed.
    await condition(() => state.expires_at > 0, '1 minute');
    if (state.expires_at === 0) return;
    // Best effort: without visibility the data still reaches every call that registers from now on.
    const live = await findLiveCalls({ orgId: input.orgId, caller: input.caller }).catch(() => [] as string[]);
    const fresh = live.filter((id) => !state.calls.includes(id));
    for (const id of fresh) remember(state, id);
    if (fresh.length) pushes.push(...state.posts.map((post) => ({ enrichment: { ...post, expires_at: expiresAt() }, to: fresh })));
  }

  while (pushes.length > 0 || Date.now() < state.expires_at) {
    const push = pushes.shift();
    if (push) {
      await pushToCalls(state, push.enrichment, push.to);
      continue;
    }
    if (workflowInfo().continueAsNewSuggested) {
      await condition(allHandlersFinished);
      if (pushes.length === 0) return continueAsNew<typeof callerWorkflow>(input, state);
      continue;
    }
    changed = false;
    await condition(() => changed || pushes.length > 0, Math.max(state.expires_at - Date.now(), 1));
  }
  await condition(allHandlersFinished);
}

/** Adds a post; earlier posts keep only the tags it does not set, and drop out once they set none. */
function mergePost(state: CallerState, post: CallerDataPost): void {
  const incoming = new Set(Object.keys(post.data));
  state.posts = state.posts
    .map((earlier) => ({ ...earlier, data: Object.fromEntries(Object.entries(earlier.data).filter(([tag]) => !incoming.has(tag))) }))
    .filter((earlier) => Object.keys(earlier.data).length > 0);
  state.posts.push({ webhook_id: post.webhook_id, request_id: post.request_id, received_at: post.received_at, data: post.data });
}

function remember(state: CallerState, callWorkflowId: string): void {
  if (!state.calls.includes(callWorkflowId)) state.calls = [...state.calls, callWorkflowId].slice(-MAX_CALLS);
}

/** Signals each call; a call that has closed since it registered is forgotten. */
async function pushToCalls(state: CallerState, enrichment: Enrichment, to: string[]): Promise<void> {
  const closed: string[] = [];
  await Promise.all(
    to.map((id) =>
      getExternalWorkflowHandle(id)
        .signal(enrichmentSignal, enrichment)
        .catch(() => closed.push(id)),
    ),
  );
  if (closed.length) state.calls = state.calls.filter((id) => !closed.includes(id));
}
