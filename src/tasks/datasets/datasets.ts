import { z } from 'zod';
import { recordAuditEvent } from '../../audit/index.ts';
import type { Db } from '../../db/index.ts';
import { type Actor, type Clock, invalid, notFound, sha256Hex, systemClock } from '../../kernel/index.ts';
import type { DatasetPort, DatasetSummary } from '../task-definition.ts';
import { MAX_DATASET_ROWS, parseCsv, parseJsonTable } from './parse-table.ts';

export const NewDataset = z.strictObject({
  id: z.string().min(2).max(60).regex(/^[a-z0-9-]+$/, 'Id må kun indeholde små bogstaver, tal og bindestreg.'),
  name: z.string().trim().min(2).max(200),
  description: z.string().max(2000).default(''),
  format: z.enum(['csv', 'json']),
  content: z.string().min(1).max(20_000_000),
});
export type NewDataset = z.input<typeof NewDataset>;

export const DatasetView = z.object({ id: z.string(), name: z.string(), description: z.string(), columns: z.array(z.string()), rows: z.number() });

/** Registers (or replaces) a table for data-lookup. The audit event keeps the content's hash, not the content. */
export async function registerDataset(db: Db, actor: Actor, input: NewDataset, clock: Clock = systemClock): Promise<DatasetSummary> {
  const d = NewDataset.parse(input);
  const table = d.format === 'csv' ? parseCsv(d.content) : parseJsonTable(d.content);
  if (!table.rows.length) throw invalid('Tabellen har ingen rækker.');
  if (table.rows.length > MAX_DATASET_ROWS) throw invalid(`Tabellen har mere end ${MAX_DATASET_ROWS} rækker.`);
  const now = clock.now();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('task_datasets')
      .values({ id: d.id, name: d.name, description: d.description, columns: JSON.stringify(table.columns), rows: JSON.stringify(table.rows), row_count: table.rows.length, created_by: actor.userId, created_at: now, updated_at: now })
      .onConflict((oc) => oc.column('id').doUpdateSet({ name: d.name, description: d.description, columns: JSON.stringify(table.columns), rows: JSON.stringify(table.rows), row_count: table.rows.length, updated_at: now }))
      .execute();
    await recordAuditEvent(trx, actor, { action: 'tasks.dataset_registered', targetType: 'task_dataset', targetId: d.id, details: { rows: table.rows.length, columns: table.columns.length, format: d.format, contentSha256: sha256Hex(d.content) } }, clock);
  });
  return { id: d.id, name: d.name, description: d.description, columns: table.columns, rows: table.rows.length };
}

export async function listDatasets(db: Db): Promise<DatasetSummary[]> {
  const rows = await db.selectFrom('task_datasets').select(['id', 'name', 'description', 'columns', 'row_count']).orderBy('id').execute();
  return rows.map((r) => ({ id: r.id, name: r.name, description: r.description, columns: r.columns, rows: r.row_count }));
}

export async function datasetRows(db: Db, id: string): Promise<Record<string, string>[]> {
  const row = await db.selectFrom('task_datasets').select('rows').where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Datasættet');
  return row.rows;
}

export const datasetPort = (db: Db): DatasetPort => ({ list: () => listDatasets(db), rows: (id) => datasetRows(db, id) });
