import type { ColumnType } from 'kysely';

type CreatedAt = ColumnType<Date, Date | undefined, never>;

export interface UsageTables {
  /** One row per governed call (local or llm, answered, failed or refused). */
  usage_events: {
    id: string;
    at: Date;
    /** Calendar month in Danish time, `YYYY-MM`: budgets and summaries count by it. */
    month: string;
    user_id: string | null;
    actor_kind: string;
    token_id: string | null;
    forvaltning_id: string | null;
    use_case_id: string;
    task_id: string | null;
    engine: string;
    model_id: string | null;
    status: string;
    error_code: string | null;
    input_tokens: number;
    output_tokens: number;
    tokens_estimated: boolean;
    cost_dkk: number;
    energy_wh: number;
    co2e_g: number;
    latency_ms: number;
    attempts: number;
    fallbacks: number;
    entities: number;
  };
  /** Spend per forvaltning and month, kept with the events in one transaction; budgets read it. */
  usage_monthly: {
    forvaltning_id: string;
    month: string;
    cost_dkk: number;
    runs: number;
    warned_at: Date | null;
  };
  usage_budgets: {
    forvaltning_id: string;
    monthly_limit_dkk: number;
    warn_share: number;
    refuse_share: number;
    updated_at: Date;
  };
  usage_gains: {
    call_id: string;
    user_id: string | null;
    forvaltning_id: string | null;
    use_case_id: string;
    task_id: string | null;
    month: string;
    minutes_saved: number | null;
    no_help: boolean;
    rating: number | null;
    created_at: CreatedAt;
    updated_at: Date;
  };
  usage_baselines: {
    use_case_id: string;
    minutes_per_task: number;
    updated_at: Date;
  };
}
