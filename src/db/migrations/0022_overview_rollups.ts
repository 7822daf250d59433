import { sql, type Kysely } from 'kysely';

/**
 * Hourly rollups of the overview's figures (src/db/repositories/overview-rollups.ts), and the bookkeeping that
 * keeps them exact: a trigger on each log table marks an (organization, finished hour) stale whenever a row of
 * that hour is written, changed in a counted column, or deleted; the overview reads a stale hour from the raw
 * rows until the next rollup run recomputes it. A delivery settling late (or reopened by a recovery) therefore
 * never leaves a rolled-up hour wrong, only briefly read raw.
 */
const HOUR = `date_bin('1 hour', %s, timestamptz '2000-01-01 00:00:00+00')`;
const hourOf = (expr: string) => HOUR.replace('%s', expr);
const FINISHED = (expr: string) => `${expr} < ${hourOf('clock_timestamp()')}`;

/** Each log table with its time column and the columns its rollup counts. */
const LOGS = [
  { table: 'deliveries', at: 'created_at', counted: ['status', 'failures', 'duration_ms', 'webhook_id', 'test', 'simulated'] },
  { table: 'incoming_requests', at: 'received_at', counted: ['status'] },
  { table: 'calls', at: 'started_at', counted: ['simulated'] },
] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table delivery_hourly (
      org_id text not null references organizations(id) on delete cascade,
      hour timestamptz not null,
      webhook_id text not null,
      deliveries int not null,
      succeeded int not null,
      failed int not null,
      pending int not null,
      failing int not null,
      primary key (org_id, hour, webhook_id))`.execute(db);
  // Exact latency distribution: one row per distinct duration, so p50/p95 equal percentile_disc over the rows.
  await sql`
    create table delivery_latency_hourly (
      org_id text not null references organizations(id) on delete cascade,
      hour timestamptz not null,
      duration_ms int not null,
      deliveries int not null,
      primary key (org_id, hour, duration_ms))`.execute(db);
  await sql`
    create table incoming_hourly (
      org_id text not null references organizations(id) on delete cascade,
      hour timestamptz not null,
      status int not null,
      requests int not null,
      primary key (org_id, hour, status))`.execute(db);
  await sql`
    create table calls_hourly (
      org_id text not null references organizations(id) on delete cascade,
      hour timestamptz not null,
      calls int not null,
      primary key (org_id, hour))`.execute(db);
  await sql`
    create table overview_stale_hours (
      org_id text not null,
      hour timestamptz not null,
      marked_at timestamptz not null default clock_timestamp(),
      primary key (org_id, hour))`.execute(db);
  // One row: the hours [rolled_from, rolled_through) have been rolled up (less any stale ones).
  await sql`
    create table overview_rollup_state (
      id boolean primary key default true check (id),
      rolled_from timestamptz not null,
      rolled_through timestamptz not null)`.execute(db);

  // "do update" (not "do nothing") takes the marker's row lock until the writer commits, so a rollup run clearing
  // markers waits for it and then aggregates a snapshot that includes the write.
  await sql`
    create function overview_mark_stale(p_org text, p_at timestamptz) returns void language sql as $$
      insert into overview_stale_hours (org_id, hour) values (p_org, ${sql.raw(hourOf('p_at'))})
      on conflict (org_id, hour) do update set marked_at = clock_timestamp()
    $$`.execute(db);
  for (const { table, at, counted } of LOGS) {
    const changed = [...counted, at, 'org_id'];
    await sql.raw(`
      create function ${table}_overview_stale() returns trigger language plpgsql as $$
      begin
        if tg_op = 'DELETE' then
          insert into overview_stale_hours (org_id, hour)
            select distinct org_id, ${hourOf(at)} from gone where ${FINISHED(at)}
            on conflict (org_id, hour) do update set marked_at = clock_timestamp();
          return null;
        end if;
        if tg_op = 'UPDATE' and ${FINISHED(`old.${at}`)} then perform overview_mark_stale(old.org_id, old.${at}); end if;
        if ${FINISHED(`new.${at}`)} then perform overview_mark_stale(new.org_id, new.${at}); end if;
        return null;
      end $$`).execute(db);
    // Rows of the current hour (nearly every write) skip the function: that hour is always read raw.
    await sql.raw(`create trigger ${table}_overview_stale_insert after insert on ${table} for each row
      when (${FINISHED(`new.${at}`)}) execute function ${table}_overview_stale()`).execute(db);
    await sql.raw(`create trigger ${table}_overview_stale_update after update on ${table} for each row
      when ((${changed.map((c) => `old.${c}`).join(', ')}) is distinct from (${changed.map((c) => `new.${c}`).join(', ')})
        and (${FINISHED(`old.${at}`)} or ${FINISHED(`new.${at}`)}))
      execute function ${table}_overview_stale()`).execute(db);
    // Per statement, so a retention batch of a thousand rows marks its few hours once.
    await sql.raw(`create trigger ${table}_overview_stale_delete after delete on ${table} referencing old table as gone
      for each statement execute function ${table}_overview_stale()`).execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const { table } of LOGS) {
    for (const event of ['insert', 'update', 'delete']) await sql.raw(`drop trigger ${table}_overview_stale_${event} on ${table}`).execute(db);
    await sql.raw(`drop function ${table}_overview_stale()`).execute(db);
  }
  await sql`drop function overview_mark_stale(text, timestamptz)`.execute(db);
  for (const table of ['overview_rollup_state', 'overview_stale_hours', 'calls_hourly', 'incoming_hourly', 'delivery_latency_hourly', 'delivery_hourly']) {
    await db.schema.dropTable(table).execute();
  }
}
