import type { ColumnType } from 'kysely';

type CreatedAt = ColumnType<Date, Date | undefined, never>;

export interface ModelsTables {
  models: {
    id: string;
    name: string;
    provider: string;
    kind: string;
    base_url: string | null;
    upstream_model: string;
    auth_header: string;
    api_version: string | null;
    /** AES-256-GCM under a key derived from the master secret; never returned by the API. */
    api_key_enc: string | null;
    model_path: string | null;
    hosting: string;
    max_data_class: string;
    price_in_dkk_per_mtok: number;
    price_out_dkk_per_mtok: number;
    energy_wh_per_1k_tokens: number;
    grid_g_co2e_per_kwh: number;
    fallback_order: number;
    timeout_ms: number;
    max_attempts: number;
    supports_json_schema: boolean;
    enabled: boolean;
    /** `config` rows follow KAI_OPENAI_* on every start; `admin` rows are the catalogue's own. */
    source: string;
    created_at: CreatedAt;
    updated_at: Date;
  };
}
