import type { Config } from '../config';
import type { Db } from '../db/database';
import { createRecordCallTransition } from './call-transition';
import { deliveryDependencies } from '../delivery/dependencies';
import { createDeliverEvent } from './deliver-event';
import { createBeginCall, createDeleteExpiredPreCallData } from './pre-call';
import { createResolveCallTags } from './resolve-tags';

export interface ActivityDependencies {
  db: Db;
  config: Config;
}

/** Activities get their dependencies from the worker; workflows import only this module's type. */
export function createActivities({ db, config }: ActivityDependencies) {
  return {
    deliverEvent: createDeliverEvent(deliveryDependencies(db, config)),
    beginCall: createBeginCall(db, config),
    deleteExpiredPreCallData: createDeleteExpiredPreCallData(db),
    recordCallTransition: createRecordCallTransition(db, createResolveCallTags(db)),
  };
}

export type Activities = ReturnType<typeof createActivities>;
