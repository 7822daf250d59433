import type { SubscribedWebhook } from './delivery';
import type { Enrichment, PostCallChange } from './messages';
import type { ResolvedTags } from './tags';

// What the call workflow's local activities answer: the workflow acts on it, and the timeline reads it back from
// the history's markers.

/** The organization's settings a call runs by, read once when it starts. */
export interface CallSettings {
  /** A call that never hangs up is ended after this long. */
  maxCallSeconds: number;
  /** How long a completed call keeps accepting post-call updates before its workflow closes. */
  postCallWindowSeconds: number;
}

/** The start of a call: its settings, the caller's pre-call data, the postbacks held for it. */
export interface CallBeginning {
  settings: CallSettings;
  /** The caller's unexpired pre-call data; absent when no caller was given. */
  enrichments?: Enrichment[];
  /** Postbacks held for this call (by its id, or its caller's), oldest first; absent when none. */
  held?: PostCallChange[];
}

/** What one recorded step of a call hands back to the workflow. */
export interface TransitionOutcome {
  /** The new resolution, when `layers` was given. */
  resolved?: ResolvedTags;
  /** For each emission, the webhooks that must receive it, with what the step's first attempt came to. */
  fanOut: SubscribedWebhook[][];
  /** The emissions' events, for the timeline: a local activity's marker keeps its result, not its input. */
  emitted?: Array<{ id: string; type: string }>;
  /** The call's beginning, when the step also began the call. */
  begun?: CallBeginning;
}
