import type { Config } from '../config';
import type { Db } from '../db/database';
import type { RenderContext } from '../shared/call';
import { createRecordCallIndex } from './call-index';
import { createLoadCallSettings } from './call-settings';
import { deliveryDependencies } from '../delivery/dependencies';
import { createDeliverEvent } from './deliver-event';
import { createAttachPreCallData, createDeleteExpiredPreCallData } from './pre-call';
import { createResolveCallTags } from './resolve-tags';
import { findSubscribedWebhooks } from './webhook-subscriptions';

export interface ActivityDependencies {
  db: Db;
  config: Config;
}

/** Activities get their dependencies from the worker; workflows import only this module's type. */
export function createActivities({ db, config }: ActivityDependencies) {
  return {
    findSubscribedWebhooks: (input: { orgId: string; context: RenderContext }) => findSubscribedWebhooks(db, input.orgId, input.context),
    deliverEvent: createDeliverEvent(deliveryDependencies(db, config)),
    attachPreCallData: createAttachPreCallData(db),
    deleteExpiredPreCallData: createDeleteExpiredPreCallData(db),
    loadCallSettings: createLoadCallSettings(db, config),
    recordCallIndex: createRecordCallIndex(db),
    resolveCallTags: createResolveCallTags(db),
  };
}

export type Activities = ReturnType<typeof createActivities>;
