import { sql } from 'kysely';
import type { ModuleMigration } from '../db/index.ts';

export const auditMigrations: ModuleMigration[] = [
  {
    name: '200-audit-init',
    async up(db) {
      // Append-only by trigger: a changed row can only come from someone who disabled it on purpose,
      // and `audit verify` then finds the break in the hash chain.
      await sql`
        create table audit_events (
          seq bigint primary key,
          id uuid not null unique,
          at timestamptz not null,
          actor_kind text not null,
          actor_id text,
          action text not null,
          target_type text,
          target_id text,
          details jsonb not null,
          prev_hash text not null,
          hash text not null
        );
        create index audit_events_action_idx on audit_events(action, seq);
        create index audit_events_at_idx on audit_events(at);
        create function audit_events_append_only() returns trigger language plpgsql as $$
        begin
          raise exception 'audit_events is append-only';
        end $$;
        create trigger audit_events_no_change before update or delete on audit_events
          for each row execute function audit_events_append_only();
      `.execute(db);
    },
  },
  {
    name: '201-audit-retention',
    async up(db) {
      // Retention may delete the oldest events (never update any) inside a transaction that says so; the chain
      // then starts from a checkpoint holding the last deleted event's hash, itself recorded in the chain.
      await sql`
        create table audit_checkpoints (
          upto_seq bigint primary key,
          upto_hash text not null,
          created_at timestamptz not null default now()
        );
        create or replace function audit_events_append_only() returns trigger language plpgsql as $$
        begin
          if tg_op = 'DELETE' and current_setting('kai.audit_retention', true) = 'on' then
            return old;
          end if;
          raise exception 'audit_events is append-only';
        end $$;
      `.execute(db);
    },
  },
];
