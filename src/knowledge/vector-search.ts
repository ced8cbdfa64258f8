import { sql } from 'kysely';
import type { Db } from '../db/index.ts';
import type { Actor } from '../kernel/index.ts';
import { visibleCollections } from './collections.ts';
import { embeddingStorage } from './embedding-storage.ts';

export interface VectorQuery {
  /** Unit length, from the same model (and so of the same dimension) as the embeddings it is compared with. */
  vector: number[];
  modelId: string;
  /** How many nearest chunks to return. */
  limit: number;
  collection?: string | undefined;
}

export interface VectorHit {
  chunkId: number;
  /** Cosine similarity, -1 to 1. */
  similarity: number;
}

/** HNSW indexes vectors of at most this many dimensions; larger ones are compared without an index. */
export const HNSW_MAX_DIMS = 2000;

/**
 * The chunks nearest to a query vector, among the collections the actor may see. Only embeddings by the
 * query's own model and dimension count: vectors of different models are not comparable, so embeddings
 * left from an earlier model are ignored until the embedder replaces them.
 *
 * With pgvector the HNSW index of the dimension finds them (cosine); its iterative scan keeps going past
 * chunks of hidden collections instead of returning fewer hits. With the real[] fallback every visible
 * embedding is scored in SQL (a dot product, as all vectors are stored at unit length): linear in the
 * size of the bank, about 70 µs per passage at 768 dimensions on PostgreSQL 15 (700 ms at 10,000).
 */
export async function searchVectors(db: Db, actor: Actor, q: VectorQuery): Promise<VectorHit[]> {
  const dims = q.vector.length;
  if (!Number.isInteger(dims) || dims < 1) return [];
  const visible = visibleCollections(db, actor);
  const collections = q.collection ? visible.where('id', '=', q.collection) : visible;
  const storage = await embeddingStorage(db);
  if (storage === 'vector') {
    // The dimension is part of the type the partial index was built on, so it must be a literal.
    const typed = sql.raw(`::vector(${dims})`);
    const distance = sql`e.embedding${typed} <=> ${q.vector}::real[]${typed}`;
    return db.transaction().execute(async (trx) => {
      if (dims <= HNSW_MAX_DIMS) {
        // The index's candidate list must be longer than the ranking asked for, or its recall drops.
        await sql`set local hnsw.iterative_scan = relaxed_order`.execute(trx);
        await sql.raw(`set local hnsw.ef_search = ${Math.max(40, 2 * Math.trunc(q.limit))}`).execute(trx);
      }
      const { rows } = await sql<{ chunk_id: number; distance: number }>`
        select e.chunk_id, ${distance} as distance
        from knowledge_chunk_embeddings e join knowledge_chunks c on c.id = e.chunk_id
        where e.dims = ${dims} and e.model_id = ${q.modelId} and c.collection_id in (${collections})
        order by ${distance}, e.chunk_id
        limit ${q.limit}
      `.execute(trx);
      // relaxed_order may return near-ties slightly out of order; the caller ranks by similarity.
      return rows.map((r) => ({ chunkId: Number(r.chunk_id), similarity: 1 - Number(r.distance) })).sort((a, b) => b.similarity - a.similarity || a.chunkId - b.chunkId);
    });
  }
  const { rows } = await sql<{ chunk_id: number; similarity: number }>`
    select e.chunk_id, (select sum(a::float8 * b) from unnest(e.embedding, ${q.vector}::real[]) as t(a, b)) as similarity
    from knowledge_chunk_embeddings e join knowledge_chunks c on c.id = e.chunk_id
    where e.dims = ${dims} and e.model_id = ${q.modelId} and c.collection_id in (${collections})
    order by similarity desc, e.chunk_id
    limit ${q.limit}
  `.execute(db);
  return rows.map((r) => ({ chunkId: Number(r.chunk_id), similarity: Number(r.similarity) }));
}
