import type { Client } from '@temporalio/client';
import type { Config } from '../config';
import type { Db } from '../db/database';

/** What every API route may use; built once per process. */
export interface ApiContext {
  config: Config;
  db: Db;
  temporal: Client;
  taskQueue: string;
  /** Temporal Web base URL for links to a call's workflow, when one is known. */
  temporalWebUrl?: string;
  /** Aborted when the API begins to stop: work a request left running in the background stops with it. */
  stopping?: AbortSignal;
}
