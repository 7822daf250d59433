import type { ColumnType, Generated, Selectable } from 'kysely';
import type { TagSourceMapping } from '../../shared/tags';

export interface TagsTable {
  id: string;
  org_id: string;
  /** UPPER_SNAKE, unique per organization. */
  name: string;
  display_name: string;
  description: string;
  sources: ColumnType<TagSourceMapping[], string, string>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export type TagRow = Selectable<TagsTable>;
