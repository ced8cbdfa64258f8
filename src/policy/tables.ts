import type { ColumnType } from 'kysely';

export interface PolicyTables {
  use_cases: {
    id: string;
    name: string;
    phase: string;
    /** Computed at every write, kept as a column so the register and lists can filter on it. */
    tier: string;
    register_status: string;
    shadow_mode: boolean;
    /** The validated `UseCaseFields`; the columns above mirror the parts queries need. */
    fields: ColumnType<Record<string, unknown>, string, string>;
    version: ColumnType<number, number | undefined, number>;
    published_at: Date | null;
    created_at: ColumnType<Date, Date | undefined, never>;
    updated_at: Date;
  };
  policy_documents: {
    id: string;
    organisation: string;
    title: string;
    adopted_at: string;
    principles: ColumnType<unknown[], string, string>;
    opt_outs: ColumnType<unknown[], string, string>;
  };
}
