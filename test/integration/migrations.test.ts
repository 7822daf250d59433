import { sql } from 'kysely';
import { createDb } from '../../src/db/database';
import { migrateAllDown, migrateDown, migrateToLatest } from '../../src/db/migrate';
import { migrations } from '../../src/db/migrations';
import { createTestDatabase } from '../support/stack';

async function tables(db: ReturnType<typeof createDb>): Promise<string[]> {
  const { rows } = await sql<{ table_name: string }>`select table_name from information_schema.tables where table_schema = 'public' and table_name not like 'kysely_%' order by table_name`.execute(db);
  return rows.map((r) => r.table_name);
}

describe('migrations', () => {
  it('go up, every one comes down again, and up again', async () => {
    const db = createDb(await createTestDatabase(), { max: 1 });
    try {
      const up = await migrateToLatest(db);
      expect(up).toHaveLength(Object.keys(migrations).length);
      const full = await tables(db);
      expect(full).toEqual(expect.arrayContaining(['organizations', 'api_tokens', 'outgoing_webhooks']));

      // Each step down must undo exactly its own migration without failing.
      for (let i = 0; i < Object.keys(migrations).length; i++) expect(await migrateDown(db)).toHaveLength(1);
      expect(await tables(db)).toEqual([]);

      await migrateToLatest(db);
      expect(await tables(db)).toEqual(full);
      await migrateAllDown(db);
      expect(await tables(db)).toEqual([]);
    } finally {
      await db.destroy();
    }
  });
});
