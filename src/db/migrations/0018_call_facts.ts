import { type Kysely } from 'kysely';

// More call facts: recording, IVR inputs, who hung up, the caller's name and place, why a conversion paid nothing.
const TEXT_COLUMNS = ['recording_url', 'hangup_by', 'caller_name', 'caller_city', 'caller_state', 'caller_zip', 'no_payout_reason'] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  let table = db.schema.alterTable('calls').addColumn('ivr', 'jsonb');
  for (const column of TEXT_COLUMNS) table = table.addColumn(column, 'text');
  await table.execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  let table = db.schema.alterTable('calls').dropColumn('ivr');
  for (const column of TEXT_COLUMNS) table = table.dropColumn(column);
  await table.execute();
}
