import type { Client } from '@temporalio/client';
import type { Config } from '../config';
import type { Db } from '../db/database';
import type { CallEventType } from '../shared/call';
import { createDeliverEvent } from './deliver-event';
import { findSubscribedWebhooks } from './webhook-subscriptions';

export interface ActivityDependencies {
  db: Db;
  /** For activities that talk to other workflows (pre-call data) or start redeliveries. */
  temporal: Client;
  config: Config;
}

/** Activities get their dependencies from the worker; workflows import only this module's type. */
export function createActivities({ db }: ActivityDependencies) {
  return {
    findSubscribedWebhooks: (input: { orgId: string; eventType: CallEventType }) => findSubscribedWebhooks(db, input.orgId, input.eventType),
    deliverEvent: createDeliverEvent(db),
  };
}

export type Activities = ReturnType<typeof createActivities>;
