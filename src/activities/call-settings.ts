import type { Config } from '../config';
import type { Db } from '../db/database';
import { longestPostCallLifespan } from '../db/repositories/incoming-webhooks';
import type { CallSettings } from '../shared/call-steps';

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
