import type { Db } from '../db/database';
import { findLiveCallsOfCallers, type CallerKey } from '../db/repositories/calls';
import { Rounds } from './rounds';

interface Lookup {
  key: CallerKey;
  resolve(workflowIds: string[]): void;
  reject(err: unknown): void;
}

/** Workflow ids of callers' calls in progress, from the call index; lookups made together share one query. */
export class LiveCallLookup {
  private readonly rounds = new Rounds<Lookup>((lookups) => this.lookup(lookups), 500);

  constructor(private readonly db: Db) {}

  of(orgId: string, caller: string): Promise<string[]> {
    return new Promise((resolve, reject) => this.rounds.add({ key: { org_id: orgId, caller }, resolve, reject }));
  }

  private async lookup(lookups: Lookup[]): Promise<void> {
    try {
      const live = await findLiveCallsOfCallers(this.db, lookups.map((l) => l.key));
      for (const { key, resolve } of lookups) resolve(live.filter((c) => c.org_id === key.org_id && c.caller === key.caller).map((c) => c.workflow_id));
    } catch (err) {
      for (const { reject } of lookups) reject(err);
    }
  }
}
