import { sql } from 'kysely';
import type { ModuleMigration } from '../db/index.ts';

export const policyMigrations: ModuleMigration[] = [
  {
    name: '400-policy-init',
    async up(db) {
      await sql`
        create table use_cases (
          id text primary key,
          name text not null,
          phase text not null check (phase in ('idea', 'pilot', 'production', 'scale_up', 'retired')),
          tier text not null check (tier in ('T0', 'T1', 'T2', 'T3', 'T4')),
          register_status text not null check (register_status in ('none', 'draft', 'published')),
          shadow_mode boolean not null default false,
          fields jsonb not null,
          version integer not null default 1,
          published_at timestamptz,
          created_at timestamptz not null default now(),
          updated_at timestamptz not null default now()
        );
        create index use_cases_register_idx on use_cases(register_status, phase);
        create table policy_documents (
          id text primary key,
          organisation text not null,
          title text not null,
          adopted_at text not null,
          principles jsonb not null,
          opt_outs jsonb not null
        );
      `.execute(db);
    },
  },
];
