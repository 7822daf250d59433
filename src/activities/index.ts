import type { Client } from '@temporalio/client';
import type { Config } from '../config';
import type { Db } from '../db/database';
import { createRecordCallTransition } from './call-transition';
import { deliveryDependencies } from '../delivery/dependencies';
import { createDelivery } from './deliver-event';
import { createFirstAttempts } from './first-attempts';
import { healthTracker } from '../delivery/health-tracking';
import { AttemptsInFlight } from '../delivery/in-flight';
import { healthWorkflows } from '../temporal/health-workflows';
import { createRecoveryActivities } from './recovery';
import { createPlanWebhookAlert } from './webhook-alert';
import { createGateActivities } from './webhook-gate';
import { createBeginCall, createDeleteExpiredPreCallData } from './pre-call';
import { createReopenCall } from './reopen-call';
import { createResolveCallTags } from './resolve-tags';
import { createDeleteExpiredLogs } from './retention';

export interface ActivityDependencies {
  db: Db;
  config: Config;
  /** Deliveries open a paused webhook's gate, which signals the workflows holding its deliveries; alerts start. */
  temporal: Client;
}

/** Activities get their dependencies from the worker; workflows import only this module's type. */
export function createActivities({ db, temporal, config }: ActivityDependencies) {
  const gates = healthWorkflows(temporal, config.TEMPORAL_TASK_QUEUE);
  const delivery = { ...deliveryDependencies(db, config), gates, health: healthTracker(db, gates), inFlight: new AttemptsInFlight() };
  const { deliverEvent, deliverTo } = createDelivery(delivery);
  const beginCall = createBeginCall(db, config);
  return {
    deliverEvent,
    ...createGateActivities(delivery),
    planWebhookAlert: createPlanWebhookAlert(db),
    ...createRecoveryActivities(db),
    beginCall,
    deleteExpiredPreCallData: createDeleteExpiredPreCallData(db),
    deleteExpiredLogs: createDeleteExpiredLogs(db),
    recordCallTransition: createRecordCallTransition(db, beginCall, createResolveCallTags(db), createFirstAttempts(db, { deliverEvent, deliverTo }, delivery.inFlight)),
    reopenCall: createReopenCall(db, config),
  };
}

export type Activities = ReturnType<typeof createActivities>;
