import { sql } from 'kysely';
import type { ModuleMigration } from '../db/index.ts';

export const privacyMigrations: ModuleMigration[] = [
  {
    name: '300-privacy-pseudonym-mappings',
    async up(db) {
      await sql`
        create table privacy_pseudonym_mappings (
          id uuid primary key,
          sealed text not null,
          created_at timestamptz not null,
          expires_at timestamptz not null
        );
        create index privacy_pseudonym_mappings_expires_idx on privacy_pseudonym_mappings(expires_at);
      `.execute(db);
    },
  },
];
