import { sql } from 'kysely';
import type { Db } from '../db/index.ts';

/**
 * Refreshes the planner's statistics once the chunk table has drifted a tenth from what they describe.
 * Embedded PostgreSQL has no autovacuum, and without statistics the planner scans by collection
 * instead of using the GIN index (ten times slower). Many small ingests add up, so the drift is
 * measured against the table, not the last change.
 */
export async function refreshStatisticsIfStale(db: Db): Promise<void> {
  const { rows } = await sql<{ known: number; actual: number }>`
    select (select reltuples::float8 from pg_class where relname = 'knowledge_chunks') as known,
           (select coalesce(sum(chunk_count), 0)::float8 from knowledge_documents) as actual
  `.execute(db);
  const known = Number(rows[0]?.known ?? -1);
  const actual = Number(rows[0]?.actual ?? 0);
  if (known >= 0 && Math.abs(actual - known) < Math.max(50, known * 0.1)) return;
  await sql`analyze knowledge_chunks`.execute(db);
  await sql`analyze knowledge_lexemes`.execute(db);
  await sql`analyze knowledge_documents`.execute(db);
}
