import { sql } from 'kysely';
import type { ModuleMigration } from '../db/index.ts';

export const accessMigrations: ModuleMigration[] = [
  {
    name: '100-access-init',
    async up(db) {
      await sql`
        create table forvaltninger (
          id text primary key,
          name text not null unique,
          created_at timestamptz not null default now()
        );
        create table users (
          id uuid primary key,
          username text not null unique,
          display_name text not null,
          forvaltning_id text references forvaltninger(id),
          roles text[] not null,
          password_hash text,
          disabled_at timestamptz,
          course_completed_at timestamptz,
          created_at timestamptz not null default now()
        );
        create table sessions (
          id_hash text primary key,
          user_id uuid not null references users(id) on delete cascade,
          csrf_token text not null,
          expires_at timestamptz not null,
          created_at timestamptz not null default now()
        );
        create index sessions_user_idx on sessions(user_id);
        create table api_tokens (
          id uuid primary key,
          token_hash text not null unique,
          name text not null,
          user_id uuid not null references users(id) on delete cascade,
          use_case_id text,
          expires_at timestamptz,
          revoked_at timestamptz,
          last_used_at timestamptz,
          created_at timestamptz not null default now()
        );
        create table course_attempts (
          id bigserial primary key,
          user_id uuid not null references users(id) on delete cascade,
          score integer not null,
          passed boolean not null,
          created_at timestamptz not null default now()
        );
      `.execute(db);
    },
  },
  {
    name: '101-access-oidc',
    async up(db) {
      await sql`
        alter table users add column oidc_subject text unique;
        create table oidc_login_states (
          state text primary key,
          code_verifier text not null,
          nonce text not null,
          expires_at timestamptz not null
        );
      `.execute(db);
    },
  },
];
