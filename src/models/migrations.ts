import { sql } from 'kysely';
import type { ModuleMigration } from '../db/index.ts';

export const modelsMigrations: ModuleMigration[] = [
  {
    name: '500-models-catalogue',
    async up(db) {
      await sql`
        create table models (
          id text primary key,
          name text not null,
          provider text not null check (provider in ('openai_compatible', 'llama_cpp')),
          kind text not null default 'chat' check (kind in ('chat', 'embedding')),
          base_url text,
          upstream_model text not null,
          auth_header text not null default 'bearer' check (auth_header in ('bearer', 'api-key')),
          api_version text,
          api_key_enc text,
          model_path text,
          hosting text not null check (hosting in ('self_hosted', 'eu_processor_with_dpa', 'third_country_processor', 'public_consumer_service')),
          max_data_class text not null check (max_data_class in ('public', 'internal', 'personal', 'confidential', 'sensitive')),
          price_in_dkk_per_mtok numeric(14, 6) not null default 0 check (price_in_dkk_per_mtok >= 0),
          price_out_dkk_per_mtok numeric(14, 6) not null default 0 check (price_out_dkk_per_mtok >= 0),
          energy_wh_per_1k_tokens numeric(12, 6) not null default 0 check (energy_wh_per_1k_tokens >= 0),
          grid_g_co2e_per_kwh numeric(12, 3) not null default 0 check (grid_g_co2e_per_kwh >= 0),
          fallback_order integer not null default 100,
          timeout_ms integer not null default 60000 check (timeout_ms between 100 and 600000),
          max_attempts integer not null default 3 check (max_attempts between 1 and 10),
          supports_json_schema boolean not null default true,
          enabled boolean not null default true,
          source text not null default 'admin' check (source in ('admin', 'config')),
          created_at timestamptz not null default now(),
          updated_at timestamptz not null default now()
        );
        create index models_order_idx on models(kind, fallback_order, id);
      `.execute(db);
    },
  },
];
