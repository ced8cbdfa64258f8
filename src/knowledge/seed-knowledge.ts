import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Db } from '../db/index.ts';
import { recordAuditEvent } from '../audit/index.ts';
import { cliOperator } from '../kernel/index.ts';
import { ingestDocument } from './ingest-document.ts';

const DEMO_DIR = fileURLToPath(new URL('./demo/', import.meta.url));
export const DEMO_COLLECTION = 'retningslinjer';

/**
 * The demo knowledge bank: a fictional municipality's staff guidelines, so search and the
 * ask-knowledge task show real answers on a fresh installation. Only on first start: once the
 * collection exists, what the administrators did to it (deleting a guideline, say) stands.
 */
export async function seedKnowledge(db: Db): Promise<void> {
  const exists = await db.selectFrom('knowledge_collections').select('id').where('id', '=', DEMO_COLLECTION).executeTakeFirst();
  if (exists) return;
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('knowledge_collections')
      .values({ id: DEMO_COLLECTION, name: 'Retningslinjer for medarbejdere (demo)', description: 'Eksempel: Bøgely Kommunes retningslinjer om AI, databeskyttelse og sagsbehandling.', visibility: 'all', forvaltning_ids: [] })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
    await recordAuditEvent(trx, cliOperator, { action: 'knowledge.collection_created', targetType: 'knowledge_collection', targetId: DEMO_COLLECTION, details: { visibility: 'all', seeded: true } });
  });
  for (const file of readdirSync(DEMO_DIR).filter((f) => f.endsWith('.md')).sort()) {
    await ingestDocument(db, cliOperator, { fileName: file, bytes: readFileSync(DEMO_DIR + file), collection: DEMO_COLLECTION });
  }
}
