import { loadConfig } from '../config';
import { createDb } from './database';
import { bootstrapDatabase } from './bootstrap';
import { migrateDown } from './migrate';

/** `npm run migrate` (up to latest, and the default organization) or `npm run migrate -- down` (one step back). */
async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.DATABASE_URL) throw new Error('npm run migrate needs DATABASE_URL');
  const db = createDb(config.DATABASE_URL, { max: 1 });
  try {
    if (process.argv[2] === 'down') {
      console.log((await migrateDown(db)).join('\n') || 'migrations: nothing to undo');
      return;
    }
    const { orgId, newAdminToken } = await bootstrapDatabase(db, config.ADMIN_TOKEN);
    console.log(`migrations: up to date; default organization ${orgId}`);
    if (newAdminToken) console.log(`admin API token (shown once): ${newAdminToken}`);
  } finally {
    await db.destroy();
  }
}

main().catch((err) => {
  console.error(`migrate: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
