import type { Config } from '../config';
import type { Db } from '../db/database';
import { safeDispatcherFor } from '../net/safe-dispatcher';
import { secretBoxFrom } from '../security/secret-key';
import type { DeliveryDependencies } from './attempt';

/** The worker's and the API's (test sends) delivery dependencies, from configuration. */
export function deliveryDependencies(db: Db, config: Config): DeliveryDependencies {
  return { db, secrets: secretBoxFrom(config), dispatcher: safeDispatcherFor(config.OUTGOING_ALLOW_NETWORKS) };
}
