import { Kysely, PostgresDialect, type QueryCreator, type Transaction } from 'kysely';
import { Client, Pool, types, type PoolConfig } from 'pg';
import Cursor from 'pg-cursor';
import type { Database } from './schema';

// int8 (counts, bigserial) as numbers: every value we store fits in 2^53.
types.setTypeParser(20, (v) => Number(v));
// numeric (money) as numbers, for the same reason.
types.setTypeParser(1700, (v) => Number(v));

export type Db = Kysely<Database>;
export type DbOrTrx = Kysely<Database> | Transaction<Database>;
/** Where statements are built: the database, a transaction, or a `with` clause that a statement joins. */
export type Statements = QueryCreator<Database>;

/** Rows read per round trip when a whole filtered list is streamed (CSV exports). */
export const STREAM_CHUNK_ROWS = 500;

export interface DbOptions {
  max?: number;
  /**
   * Commit without waiting for the WAL flush (`synchronous_commit=off`): for the worker, whose writes (call index,
   * delivery logs) are re-derivable from Temporal's history. A crash of PostgreSQL loses nothing; a power loss
   * may lose the last fraction of a second of them. The API, whose 2xx promises durability, never uses it.
   */
  asyncCommit?: boolean;
}

/** How each database's connections are made, for a connection of its own outside the pool (LISTEN). */
const connectionConfigs = new WeakMap<Db, PoolConfig>();

export function createDb(connectionString: string, options: DbOptions = {}): Db {
  // A connection that cannot be had within 5 s (server down, every connection busy) fails the request instead of hanging it.
  const pool = new Pool({
    connectionString,
    max: options.max ?? 10,
    connectionTimeoutMillis: 5_000,
    ...(options.asyncCommit && { options: '-c synchronous_commit=off' }),
  });
  // An idle connection dropped by the server (restart, shutdown) must not crash the process; the pool reconnects.
  pool.on('error', (err) => console.warn(`postgres: idle connection closed: ${err.message}`));
  // One dropped while checked out fails its query (the caller sees that); its client's error event must not crash us.
  pool.on('connect', (client) => client.on('error', () => undefined));
  // The cursor lets `.stream()` read a large result (CSV exports) in chunks instead of all at once.
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool, cursor: Cursor }) });
  connectionConfigs.set(db, pool.options);
  return db;
}

/** A connection to the database of `db` that no query of the pool shares; the caller connects and ends it. */
export function dedicatedClient(db: Db): Client {
  const config = connectionConfigs.get(db);
  if (!config) throw new Error('dedicatedClient: not a database made by createDb');
  return new Client(config);
}
