import type { Migration } from 'kysely';
import * as m0001 from './0001_foundation';

// Listed explicitly (not read from disk) so bundles and compiled builds find every migration.
export const migrations: Record<string, Migration> = {
  '0001_foundation': m0001,
};
