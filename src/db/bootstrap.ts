import { sql } from 'kysely';
import type { Db } from './database';
import { migrateToLatest } from './migrate';
import { ensureDefaultOrganization } from './repositories/organizations';

/**
 * Migrates and creates the default organization. Serialized with an advisory lock so any number of
 * processes may start at once.
 */
export async function bootstrapDatabase(db: Db, adminToken?: string): Promise<{ orgId: string; newAdminToken?: string }> {
  return db.connection().execute(async (conn) => {
    await sql`select pg_advisory_lock(7254001)`.execute(conn);
    try {
      await migrateToLatest(conn as Db);
      const { org, newToken, adminTokenRevoked } = await ensureDefaultOrganization(conn, adminToken);
      if (adminTokenRevoked) console.warn('bootstrap: ADMIN_TOKEN was revoked through the API and stays revoked; set a new ADMIN_TOKEN to regain the instance admin');
      return { orgId: org.id, newAdminToken: newToken };
    } finally {
      await sql`select pg_advisory_unlock(7254001)`.execute(conn);
    }
  });
}
