import { randomBytes } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { loadConfig } from '../config';
import { createDb } from '../db/database';
import { createApp } from './app';

// Nothing listens here: building the app connects to nothing, and nothing is ever sent.
const NOWHERE = '127.0.0.1:9';

/**
 * The OpenAPI document as the API serves it (less its server URL), built from the same routes without a server,
 * a database or Temporal: what the admin UI's types are generated from (scripts/ui-types.ts).
 */
export async function apiDocument(): Promise<Record<string, unknown>> {
  // A throwaway key: the routes want one to exist, and nothing is sealed with it.
  const config = loadConfig({ SECRET_KEY: randomBytes(32).toString('base64') });
  const db = createDb(`postgres://docs@${NOWHERE}/none`);
  const connection = Connection.lazy({ address: NOWHERE });
  const { openapi, ingress } = createApp({ config, db, temporal: new Client({ connection }), taskQueue: config.TEMPORAL_TASK_QUEUE });
  try {
    return openapi.document();
  } finally {
    await ingress.writer.close();
    await db.destroy();
    await connection.close();
  }
}
