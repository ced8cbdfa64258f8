import type { ColumnType, Generated } from 'kysely';

type CreatedAt = ColumnType<Date, Date | undefined, never>;

export interface KnowledgeTables {
  knowledge_collections: {
    id: string;
    name: string;
    description: string;
    /** `all`: every member of staff; `forvaltninger`: only staff of the listed forvaltninger. */
    visibility: 'all' | 'forvaltninger';
    forvaltning_ids: string[];
    created_at: CreatedAt;
  };
  knowledge_documents: {
    id: string;
    collection_id: string;
    /** Where the document came from (file name or path as given); re-ingesting the same source replaces it. */
    source: string;
    title: string;
    media_type: string;
    content_sha256: string;
    byte_size: number;
    pages: number | null;
    chunk_count: number;
    /** Sum over chunks of their distinct-lexeme count: the average chunk length for BM25 comes from it. */
    lexeme_total: number;
    created_by: string | null;
    created_at: CreatedAt;
    updated_at: Date;
  };
  knowledge_chunks: {
    id: Generated<number>;
    document_id: string;
    collection_id: string;
    ord: number;
    title: string;
    heading: string;
    locator: string;
    page: number | null;
    text: string;
    /** Index words for the paragraph cited ("paragraf19stk2"), see citation-terms.ts. */
    citation_terms: string;
    tsv: ColumnType<string, never, never>;
  };
  /** Document frequency per lexeme and collection, for the IDF of the ranking (only visible collections count). */
  knowledge_lexemes: {
    collection_id: string;
    lexeme: string;
    df: number;
  };
  /**
   * One embedding per chunk, from the model named; a chunk re-ingested is a new chunk, so its old
   * embedding goes with the old row. `embedding` is pgvector's vector or a real[], whichever the
   * migration could create (see embedding-storage.ts); both read back through SQL casts only.
   */
  knowledge_chunk_embeddings: {
    chunk_id: number;
    model_id: string;
    dims: number;
    embedding: ColumnType<unknown, never, never>;
    created_at: CreatedAt;
  };
}
