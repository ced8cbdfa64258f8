import type { ColumnType } from 'kysely';

export interface TasksTables {
  /** Structured tables registered for data-lookup (CSV or JSON imported by an AI coordinator). */
  task_datasets: {
    id: string;
    name: string;
    description: string;
    columns: ColumnType<string[], string, string>;
    rows: ColumnType<Record<string, string>[], string, string>;
    row_count: number;
    created_by: string | null;
    created_at: ColumnType<Date, Date, never>;
    updated_at: ColumnType<Date, Date, Date>;
  };
}
