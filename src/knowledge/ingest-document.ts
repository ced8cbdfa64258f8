import { basename } from 'node:path';
import { sql } from 'kysely';
import type { Db } from '../db/index.ts';
import { requireAbility } from '../access/index.ts';
import { recordAuditEvent } from '../audit/index.ts';
import { type Actor, type Clock, invalid, newId, sha256Hex, systemClock } from '../kernel/index.ts';
import { chunkSections } from './chunk-sections.ts';
import { citationTerms } from './citation-terms.ts';
import { ensureIngestCollection } from './collections.ts';
import { presentDocument } from './documents.ts';
import { mergePendingIndexEntries } from './merge-pending-index-entries.ts';
import { refreshStatisticsIfStale } from './refresh-statistics.ts';
import { addLexemeStats } from './lexeme-stats.ts';
import { parseDocument } from './parse/parse-document.ts';
import type { IngestResult } from './schemas.ts';

export interface IngestInput {
  /** The file's name; its extension decides the format. */
  fileName: string;
  bytes: Buffer;
  /** Identity of the document within its collection (defaults to the file name): the same source is replaced. */
  source?: string;
  collection?: string | undefined;
}

export interface IngestOptions {
  clock?: Clock;
  /** Called as chunks are written, for progress bars. */
  onProgress?: (p: { chunksWritten: number; chunksTotal: number }) => void;
}

const BATCH = 250;

/**
 * Parses, chunks and stores one document. Idempotent by content hash: unchanged content is a no-op.
 * Everything that changes the database happens in one transaction, so a reader (or a process killed
 * midway) sees either the old document or the new one, never half of either.
 */
export async function ingestDocument(db: Db, actor: Actor, input: IngestInput, opts: IngestOptions = {}): Promise<IngestResult> {
  requireAbility(actor, 'knowledge:manage');
  const source = (input.source ?? basename(input.fileName)).trim();
  if (!source || source.length > 500) throw invalid('Dokumentets navn skal være 1-500 tegn.');
  const parsed = await parseDocument(input.bytes, input.fileName);
  const chunks = chunkSections(parsed.sections);
  const sha256 = sha256Hex(input.bytes);
  const collectionId = await ensureIngestCollection(db, input.collection);
  const now = (opts.clock ?? systemClock).now();

  const result = await db.transaction().execute(async (trx): Promise<IngestResult> => {
    // One writer per collection at a time: the check for an existing version and the statistics update
    // must see each other's results.
    await sql`select pg_advisory_xact_lock(hashtext(${'knowledge:' + collectionId}))`.execute(trx);
    const existing = await trx.selectFrom('knowledge_documents').selectAll().where('collection_id', '=', collectionId).where('source', '=', source).executeTakeFirst();
    if (existing?.content_sha256 === sha256) return { status: 'unchanged' as const, document: presentDocument(existing) };
    const twin = await trx.selectFrom('knowledge_documents').selectAll().where('collection_id', '=', collectionId).where('content_sha256', '=', sha256).executeTakeFirst();
    if (twin) return { status: 'duplicate' as const, document: presentDocument(twin) };

    const documentId = existing?.id ?? newId();
    const row = {
      title: parsed.title.slice(0, 500),
      media_type: parsed.mediaType,
      content_sha256: sha256,
      byte_size: input.bytes.length,
      pages: parsed.pages,
      chunk_count: chunks.length,
      lexeme_total: 0,
      updated_at: now,
    };
    if (existing) {
      // The document keeps its id, so citations of it stay valid; its passages are replaced.
      await addLexemeStats(trx, collectionId, documentId, -1);
      await trx.deleteFrom('knowledge_chunks').where('document_id', '=', documentId).execute();
      await trx.updateTable('knowledge_documents').set(row).where('id', '=', documentId).execute();
    } else {
      await trx.insertInto('knowledge_documents').values({ ...row, id: documentId, collection_id: collectionId, source, created_by: actor.userId ?? actor.tokenId ?? actor.username, created_at: now }).execute();
    }
    for (let i = 0; i < chunks.length; i += BATCH) {
      await trx
        .insertInto('knowledge_chunks')
        .values(
          chunks.slice(i, i + BATCH).map((c) => ({
            document_id: documentId,
            collection_id: collectionId,
            ord: c.ord,
            title: row.title,
            heading: c.heading,
            locator: c.locator.slice(0, 500),
            page: c.page,
            text: c.text,
            citation_terms: citationTerms(c.locator),
          })),
        )
        .execute();
      opts.onProgress?.({ chunksWritten: Math.min(i + BATCH, chunks.length), chunksTotal: chunks.length });
    }
    await addLexemeStats(trx, collectionId, documentId, 1);
    const { total } = await trx
      .selectFrom('knowledge_chunks')
      .select(sql<number>`coalesce(sum(length(tsv)), 0)::bigint`.as('total'))
      .where('document_id', '=', documentId)
      .executeTakeFirstOrThrow();
    const stored = await trx.updateTable('knowledge_documents').set({ lexeme_total: Number(total) }).where('id', '=', documentId).returningAll().executeTakeFirstOrThrow();
    // Title and file name stay out of the audit trail: a file may be named after a citizen.
    await recordAuditEvent(trx, actor, {
      action: existing ? 'knowledge.document_replaced' : 'knowledge.document_ingested',
      targetType: 'knowledge_document',
      targetId: documentId,
      details: { collectionId, sha256, format: parsed.format, bytes: input.bytes.length, pages: parsed.pages, chunks: chunks.length },
    }, opts.clock);
    return { status: existing ? ('replaced' as const) : ('ingested' as const), document: presentDocument(stored) };
  });
  if (result.status === 'ingested' || result.status === 'replaced') {
    await mergePendingIndexEntries(db);
    await refreshStatisticsIfStale(db);
  }
  return result;
}
