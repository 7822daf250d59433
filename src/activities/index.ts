import type { Client } from '@temporalio/client';
import type { Config } from '../config';
import type { Db } from '../db/database';
import { createLoadCallSettings } from './call-settings';
import { createRecordCallTransition } from './call-transition';
import { deliveryDependencies } from '../delivery/dependencies';
import { createDeliverEvent } from './deliver-event';
import { createAttachPreCallData, createFindLiveCalls } from './pre-call';
import { createResolveCallTags } from './resolve-tags';

export interface ActivityDependencies {
  db: Db;
  /** For activities that talk to other workflows (pre-call data) or start redeliveries. */
  temporal: Client;
  config: Config;
}

/** Activities get their dependencies from the worker; workflows import only this module's type. */
export function createActivities({ db, temporal, config }: ActivityDependencies) {
  return {
    deliverEvent: createDeliverEvent(deliveryDependencies(db, config)),
    attachPreCallData: createAttachPreCallData(temporal),
    findLiveCalls: createFindLiveCalls(temporal),
    loadCallSettings: createLoadCallSettings(db, config),
    recordCallTransition: createRecordCallTransition(db, createResolveCallTags(db)),
  };
}

export type Activities = ReturnType<typeof createActivities>;
