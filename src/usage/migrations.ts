import { sql } from 'kysely';
import type { ModuleMigration } from '../db/index.ts';

export const usageMigrations: ModuleMigration[] = [
  {
    name: '600-usage-ledger',
    async up(db) {
      await sql`
        create table usage_events (
          id uuid primary key,
          at timestamptz not null,
          month text not null,
          user_id text,
          actor_kind text not null,
          token_id text,
          forvaltning_id text,
          use_case_id text not null,
          task_id text,
          engine text not null check (engine in ('local', 'llm')),
          model_id text,
          status text not null check (status in ('ok', 'failed', 'blocked', 'refused')),
          error_code text,
          input_tokens integer not null default 0,
          output_tokens integer not null default 0,
          tokens_estimated boolean not null default false,
          cost_dkk numeric(14, 6) not null default 0,
          energy_wh numeric(14, 6) not null default 0,
          co2e_g numeric(14, 6) not null default 0,
          latency_ms integer not null default 0,
          attempts integer not null default 0,
          fallbacks integer not null default 0,
          entities integer not null default 0
        );
        create index usage_events_forvaltning_month_idx on usage_events(forvaltning_id, month);
        create index usage_events_use_case_month_idx on usage_events(use_case_id, month);
        create index usage_events_user_at_idx on usage_events(user_id, at);

        create table usage_monthly (
          forvaltning_id text not null,
          month text not null,
          cost_dkk numeric(16, 6) not null default 0,
          runs integer not null default 0,
          warned_at timestamptz,
          primary key (forvaltning_id, month)
        );

        create table usage_budgets (
          forvaltning_id text primary key references forvaltninger(id),
          monthly_limit_dkk numeric(14, 2) not null check (monthly_limit_dkk >= 0),
          warn_share numeric(5, 4) not null default 0.8 check (warn_share > 0 and warn_share <= 1),
          refuse_share numeric(5, 4) not null default 1 check (refuse_share > 0 and refuse_share <= 2),
          updated_at timestamptz not null default now()
        );

        create table usage_gains (
          call_id uuid primary key,
          user_id text,
          forvaltning_id text,
          use_case_id text not null,
          task_id text,
          month text not null,
          minutes_saved numeric(8, 2) check (minutes_saved is null or (minutes_saved >= 0 and minutes_saved <= 1440)),
          no_help boolean not null default false,
          rating integer check (rating is null or rating between 1 and 5),
          created_at timestamptz not null default now(),
          updated_at timestamptz not null default now()
        );
        create index usage_gains_month_idx on usage_gains(forvaltning_id, use_case_id, month);

        create table usage_baselines (
          use_case_id text primary key,
          minutes_per_task numeric(8, 2) not null check (minutes_per_task >= 0 and minutes_per_task <= 1440),
          updated_at timestamptz not null default now()
        );
      `.execute(db);
    },
  },
];
