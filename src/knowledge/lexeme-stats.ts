import { sql } from 'kysely';
import type { Db } from '../db/index.ts';

/**
 * Keeps the per-collection document frequencies in step with one document's chunks, inside the
 * caller's transaction. ts_stat reads the stored tsvectors, so the statistics use exactly the lexemes
 * the index holds.
 */
export async function addLexemeStats(trx: Db, collectionId: string, documentId: string, sign: 1 | -1): Promise<void> {
  const chunksOf = `select tsv from knowledge_chunks where document_id = '${uuid(documentId)}'`;
  if (sign === 1) {
    // Sorted so concurrent writers touch rows in the same order.
    await sql`
      insert into knowledge_lexemes (collection_id, lexeme, df)
      select ${collectionId}, word, ndoc from ts_stat(${chunksOf}) order by word
      on conflict (collection_id, lexeme) do update set df = knowledge_lexemes.df + excluded.df
    `.execute(trx);
    return;
  }
  await sql`
    update knowledge_lexemes l set df = l.df - s.ndoc
    from ts_stat(${chunksOf}) s
    where l.collection_id = ${collectionId} and l.lexeme = s.word
  `.execute(trx);
  await sql`delete from knowledge_lexemes where collection_id = ${collectionId} and df <= 0`.execute(trx);
}

function uuid(id: string): string {
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw new Error('not a uuid');
  return id;
}
