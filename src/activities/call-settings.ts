import type { Config } from '../config';
import type { Db } from '../db/database';
import { longestPostCallLifespan } from '../db/repositories/incoming-webhooks';

export interface CallSettings {
  /** A call that never hangs up is ended after this long. */
  maxCallSeconds: number;
  /** How long a completed call keeps accepting post-call updates before its workflow closes. */
  postCallWindowSeconds: number;
}

/**
 * The organization's call settings; read once when a call starts. The post-call window is the longest
 * lifespan among the organization's enabled post-call webhooks, else POST_CALL_WINDOW_SECONDS.
 */
export function createLoadCallSettings(db: Db, config: Config) {
  return async function loadCallSettings(orgId: string): Promise<CallSettings> {
    const longest = await longestPostCallLifespan(db, orgId);
    return { maxCallSeconds: config.CALL_MAX_DURATION_SECONDS, postCallWindowSeconds: longest ?? config.POST_CALL_WINDOW_SECONDS };
  };
}
