import { sql } from 'kysely';
import { createDb } from '../../src/db/database';
import { migrateAllDown, migrateDown, migrateToLatest } from '../../src/db/migrate';
import { migrations } from '../../src/db/migrations';
import { createTestDatabase } from '../support/stack';

async function tables(db: ReturnType<typeof createDb>): Promise<string[]> {
  const { rows } = await sql<{ table_name: string }>`select table_name from information_schema.tables where table_schema = 'public' and table_name not like 'kysely_%' order by table_name`.execute(db);
  return rows.map((r) => r.table_name);
}

/** Every column, index, trigger and function of the schema, so a `down` that forgets one is noticed. */
async function shape(db: ReturnType<typeof createDb>): Promise<string[]> {
  const columns = await sql<{ item: string }>`select table_name || '.' || column_name || ' ' || data_type as item from information_schema.columns where table_schema = 'public' and table_name not like 'kysely_%'`.execute(db);
  const indexes = await sql<{ item: string }>`select 'index ' || indexname as item from pg_indexes where schemaname = 'public' and tablename not like 'kysely_%'`.execute(db);
  const triggers = await sql<{ item: string }>`select distinct 'trigger ' || event_object_table || '.' || trigger_name as item from information_schema.triggers where trigger_schema = 'public'`.execute(db);
  const functions = await sql<{ item: string }>`select 'function ' || routine_name as item from information_schema.routines where routine_schema = 'public'`.execute(db);
  return [...columns.rows, ...indexes.rows, ...triggers.rows, ...functions.rows].map((r) => r.item).sort();
}

describe('migrations', () => {
  it('go up, every one comes down again, and up again', async () => {
    const db = createDb(await createTestDatabase(), { max: 1 });
    try {
      const up = await migrateToLatest(db);
      expect(up).toHaveLength(Object.keys(migrations).length);
      const full = await tables(db);
      expect(full).toEqual(expect.arrayContaining(['organizations', 'api_tokens', 'outgoing_webhooks']));

      // Each step down must undo exactly its own migration: it changes the schema (so it really undid
      // something), and going up again from nothing restores the same schema (so it left nothing behind).
      const latest = await shape(db);
      const shapes: string[][] = [latest];
      for (let i = 0; i < Object.keys(migrations).length; i++) {
        expect(await migrateDown(db)).toHaveLength(1);
        shapes.push(await shape(db));
        expect(shapes[i + 1]).not.toEqual(shapes[i]);
      }
      expect(await tables(db)).toEqual([]);

      await migrateToLatest(db);
      expect(await tables(db)).toEqual(full);
      expect(await shape(db)).toEqual(latest);
      await migrateAllDown(db);
      expect(await tables(db)).toEqual([]);
    } finally {
      await db.destroy();
    }
  });
});
