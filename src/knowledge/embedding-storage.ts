import { sql } from 'kysely';
import type { Db } from '../db/index.ts';

/** How chunk embeddings are stored: pgvector's `vector`, or a `real[]` where the extension was missing. */
export type EmbeddingStorage = 'vector' | 'real[]';

const known = new WeakMap<Db, Promise<EmbeddingStorage>>();

/**
 * The storage the migration chose, read once per database handle from the column's type: the choice
 * was made when the migration ran, and installing pgvector later does not change an existing column.
 */
export function embeddingStorage(db: Db): Promise<EmbeddingStorage> {
  let storage = known.get(db);
  if (!storage) {
    storage = sql<{ type: string }>`
      select format_type(atttypid, atttypmod) as type from pg_attribute
      where attrelid = 'knowledge_chunk_embeddings'::regclass and attname = 'embedding'
    `
      .execute(db)
      .then((r) => (r.rows[0]?.type === 'vector' ? 'vector' : 'real[]'));
    known.set(db, storage);
    storage.catch(() => known.delete(db));
  }
  return storage;
}

/** A vector as an SQL value of the column's type; vectors travel as real[] and pgvector casts them. */
export const embeddingValue = (storage: EmbeddingStorage, vector: number[]) =>
  storage === 'vector' ? sql`${vector}::real[]::vector` : sql`${vector}::real[]`;
