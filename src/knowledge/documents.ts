import { type Selectable, sql } from 'kysely';
import type { Db } from '../db/index.ts';
import { requireAbility } from '../access/index.ts';
import { recordAuditEvent } from '../audit/index.ts';
import { type Actor, notFound } from '../kernel/index.ts';
import { visibleCollectionIds } from './collections.ts';
import { addLexemeStats } from './lexeme-stats.ts';
import { refreshStatisticsIfStale } from './refresh-statistics.ts';
import type { ChunkView, DocumentView } from './schemas.ts';
import type { KnowledgeTables } from './tables.ts';

/** The columns a document's view reads. */
type DocumentRow = Omit<Selectable<KnowledgeTables['knowledge_documents']>, 'lexeme_total' | 'created_by'>;

export const presentDocument = (d: DocumentRow): DocumentView => ({
  id: d.id,
  collectionId: d.collection_id,
  source: d.source,
  title: d.title,
  mediaType: d.media_type,
  sha256: d.content_sha256,
  bytes: d.byte_size,
  pages: d.pages,
  chunks: d.chunk_count,
  createdAt: d.created_at.toISOString(),
  updatedAt: d.updated_at.toISOString(),
});

export async function listDocuments(db: Db, actor: Actor, opts: { collection?: string | undefined } = {}): Promise<DocumentView[]> {
  let ids = await visibleCollectionIds(db, actor);
  if (opts.collection) {
    if (!ids.includes(opts.collection)) throw notFound('Samlingen');
    ids = [opts.collection];
  }
  if (!ids.length) return [];
  const rows = await db.selectFrom('knowledge_documents').selectAll().where('collection_id', 'in', ids).orderBy('title').orderBy('id').execute();
  return rows.map(presentDocument);
}

/** Removes the document, its passages and its share of the ranking statistics, in one transaction. */
export async function deleteDocument(db: Db, actor: Actor, id: string): Promise<{ id: string; chunks: number }> {
  requireAbility(actor, 'knowledge:manage');
  const result = await db.transaction().execute(async (trx) => {
    const doc = await trx.selectFrom('knowledge_documents').select(['id', 'collection_id', 'chunk_count', 'content_sha256']).where('id', '=', id).executeTakeFirst();
    if (!doc) throw notFound('Dokumentet');
    await sql`select pg_advisory_xact_lock(hashtext(${'knowledge:' + doc.collection_id}))`.execute(trx);
    await addLexemeStats(trx, doc.collection_id, doc.id, -1);
    await trx.deleteFrom('knowledge_documents').where('id', '=', id).execute();
    await recordAuditEvent(trx, actor, {
      action: 'knowledge.document_deleted',
      targetType: 'knowledge_document',
      targetId: id,
      details: { collectionId: doc.collection_id, sha256: doc.content_sha256, chunks: doc.chunk_count },
    });
    return { id, chunks: doc.chunk_count };
  });
  await refreshStatisticsIfStale(db);
  return result;
}

/** Opens a cited passage, e.g. from an answer's citation; hidden passages are "not found". */
export async function getChunk(db: Db, actor: Actor, chunkId: number): Promise<ChunkView> {
  const row = await db
    .selectFrom('knowledge_chunks as c')
    .innerJoin('knowledge_documents as d', 'd.id', 'c.document_id')
    .select(['c.id', 'c.document_id', 'c.collection_id', 'c.title', 'd.source', 'c.heading', 'c.locator', 'c.page', 'c.text'])
    .where('c.id', '=', chunkId)
    .executeTakeFirst();
  if (!row) throw notFound('Passagen');
  if (!(await visibleCollectionIds(db, actor)).includes(row.collection_id)) throw notFound('Passagen');
  return {
    chunkId: Number(row.id),
    documentId: row.document_id,
    collectionId: row.collection_id,
    title: row.title,
    source: row.source,
    heading: row.heading,
    locator: row.locator,
    page: row.page,
    text: row.text,
  };
}
