import type { Config } from '../config';
import type { Db } from '../db/database';
import { closedCallState } from '../db/repositories/calls';
import type { CallState } from '../shared/call-state';
import type { CallSettings } from '../shared/call-steps';
import { createLoadCallSettings } from './call-settings';

export interface ReopenedCall {
  settings: CallSettings;
  /** Absent when the call closed before its state was kept: it cannot be reopened. */
  state?: CallState;
}

/**
 * The state a closed call's last run left in the index, read by the run a late update starts. Read here, not
 * passed in by the ingress: a run started after another reopening closed must see that run's changes.
 */
export function createReopenCall(db: Db, config: Config) {
  const loadCallSettings = createLoadCallSettings(db, config);
  return async function reopenCall(input: { orgId: string; callId: string }): Promise<ReopenedCall> {
    const [settings, state] = await Promise.all([loadCallSettings(input.orgId), closedCallState(db, input.orgId, input.callId)]);
    return { settings, ...(state && { state }) };
  };
}
