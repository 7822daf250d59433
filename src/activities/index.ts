import type { Client } from '@temporalio/client';
import type { Config } from '../config';
import type { Db } from '../db/database';
import type { RenderContext } from '../shared/call';
import { createRecordCallIndex } from './call-index';
import { createLoadCallSettings } from './call-settings';
import { deliveryDependencies } from '../delivery/dependencies';
import { createDeliverEvent } from './deliver-event';
import { createAttachPreCallData, createFindLiveCalls } from './pre-call';
import { createResolveCallTags } from './resolve-tags';
import { findSubscribedWebhooks } from './webhook-subscriptions';

export interface ActivityDependencies {
  db: Db;
  /** For activities that talk to other workflows (pre-call data) or start redeliveries. */
  temporal: Client;
  config: Config;
}

/** Activities get their dependencies from the worker; workflows import only this module's type. */
export function createActivities({ db, temporal, config }: ActivityDependencies) {
  return {
    findSubscribedWebhooks: (input: { orgId: string; context: RenderContext }) => findSubscribedWebhooks(db, input.orgId, input.context),
    deliverEvent: createDeliverEvent(deliveryDependencies(db, config)),
    attachPreCallData: createAttachPreCallData(temporal),
    findLiveCalls: createFindLiveCalls(temporal),
    loadCallSettings: createLoadCallSettings(db, config),
    recordCallIndex: createRecordCallIndex(db),
    resolveCallTags: createResolveCallTags(db),
  };
}

export type Activities = ReturnType<typeof createActivities>;
