import type { ColumnType } from 'kysely';

export interface AuditTables {
  audit_events: {
    seq: number;
    id: string;
    at: ColumnType<Date, Date, never>;
    actor_kind: string;
    actor_id: string | null;
    action: string;
    target_type: string | null;
    target_id: string | null;
    details: ColumnType<Record<string, unknown>, string, never>;
    prev_hash: string;
    hash: string;
  };
  audit_checkpoints: {
    upto_seq: number;
    upto_hash: string;
    created_at: ColumnType<Date, Date | undefined, never>;
  };
}
