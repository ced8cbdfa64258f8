import { sql } from 'kysely';
import type { Db } from '../db/index.ts';
import { embeddingStorage, embeddingValue } from './embedding-storage.ts';
import { HNSW_MAX_DIMS } from './vector-search.ts';

/**
 * Writes one model's embeddings of some chunks, replacing whatever each chunk had. A chunk deleted or
 * replaced while it was being embedded is skipped, not an error: its document changed under us.
 */
export async function storeChunkEmbeddings(db: Db, modelId: string, embeddings: { chunkId: number; vector: number[] }[]): Promise<number> {
  if (!embeddings.length) return 0;
  const storage = await embeddingStorage(db);
  const rows = embeddings.map((e) => sql`(${e.chunkId}::bigint, ${modelId}, ${e.vector.length}::integer, ${embeddingValue(storage, e.vector)})`);
  const result = await sql`
    insert into knowledge_chunk_embeddings (chunk_id, model_id, dims, embedding)
    select v.chunk_id, v.model_id, v.dims, v.embedding from (values ${sql.join(rows)}) as v(chunk_id, model_id, dims, embedding)
    where exists (select 1 from knowledge_chunks c where c.id = v.chunk_id)
    on conflict (chunk_id) do update set model_id = excluded.model_id, dims = excluded.dims, embedding = excluded.embedding, created_at = now()
  `.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

/**
 * Readies the table for a model's current dimension: embeddings the model made with another dimension
 * (its upstream was changed under the same id) are dropped so they get remade, and with pgvector an
 * HNSW index (cosine) for the dimension is built if missing. Partial, on a cast to the fixed-size type,
 * because an HNSW index needs one dimension and the column holds whatever the model gives.
 */
export async function prepareForDimension(db: Db, modelId: string, dims: number): Promise<void> {
  await db.deleteFrom('knowledge_chunk_embeddings').where('model_id', '=', modelId).where('dims', '<>', dims).execute();
  if ((await embeddingStorage(db)) !== 'vector' || dims > HNSW_MAX_DIMS) return;
  const d = Math.trunc(dims);
  await sql`
    create index if not exists ${sql.raw(`knowledge_chunk_embeddings_hnsw_${d}`)} on knowledge_chunk_embeddings
    using hnsw ((embedding::vector(${sql.raw(String(d))})) vector_cosine_ops) where dims = ${sql.raw(String(d))}
  `.execute(db);
}
