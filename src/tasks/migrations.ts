import { sql } from 'kysely';
import type { ModuleMigration } from '../db/index.ts';

export const tasksMigrations: ModuleMigration[] = [
  {
    name: '800-tasks-datasets',
    async up(db) {
      // Rows are kept as one JSON document: registered tables are small reference data (price lists, opening
      // hours, postcodes), read whole and filtered in the task, so one round trip beats a row per record.
      await sql`
        create table task_datasets (
          id text primary key,
          name text not null,
          description text not null default '',
          columns jsonb not null,
          rows jsonb not null,
          row_count integer not null,
          created_by text,
          created_at timestamptz not null,
          updated_at timestamptz not null
        );
      `.execute(db);
    },
  },
];
