import { sql } from 'kysely';
import type { ModuleMigration } from '../db/index.ts';

export const knowledgeMigrations: ModuleMigration[] = [
  {
    name: '700-knowledge-init',
    async up(db) {
      // The tsvector is generated from the columns, so it can never drift from the text it indexes.
      // The weight labels keep the fields apart for ranking: A citation words, B title, C heading, D body.
      await sql`
        create table knowledge_collections (
          id text primary key,
          name text not null,
          description text not null default '',
          visibility text not null check (visibility in ('all', 'forvaltninger')),
          forvaltning_ids text[] not null default '{}',
          created_at timestamptz not null default now()
        );
        create table knowledge_documents (
          id uuid primary key,
          collection_id text not null references knowledge_collections(id) on delete cascade,
          source text not null,
          title text not null,
          media_type text not null,
          content_sha256 text not null,
          byte_size integer not null,
          pages integer,
          chunk_count integer not null,
          lexeme_total bigint not null,
          created_by text,
          created_at timestamptz not null default now(),
          updated_at timestamptz not null default now(),
          unique (collection_id, source),
          unique (collection_id, content_sha256)
        );
        create table knowledge_chunks (
          id bigserial primary key,
          document_id uuid not null references knowledge_documents(id) on delete cascade,
          collection_id text not null,
          ord integer not null,
          title text not null,
          heading text not null,
          locator text not null,
          page integer,
          text text not null,
          citation_terms text not null default '',
          tsv tsvector generated always as (
            setweight(to_tsvector('danish', citation_terms), 'A') ||
            setweight(to_tsvector('danish', title), 'B') ||
            setweight(to_tsvector('danish', heading), 'C') ||
            setweight(to_tsvector('danish', text), 'D')
          ) stored,
          unique (document_id, ord)
        );
        -- Ranking reads the tsvector of every candidate once per query term. Kept inline and
        -- uncompressed, a read costs nothing instead of a decompression (measured: 8x faster queries);
        -- the text, needed only for the top hits, is moved out of the row instead, so rows stay small.
        alter table knowledge_chunks alter column tsv set storage main;
        alter table knowledge_chunks alter column text set storage external;
        create index knowledge_chunks_tsv_idx on knowledge_chunks using gin (tsv);
        create index knowledge_chunks_collection_idx on knowledge_chunks (collection_id);
        create table knowledge_lexemes (
          collection_id text not null references knowledge_collections(id) on delete cascade,
          lexeme text not null,
          df integer not null,
          primary key (collection_id, lexeme)
        );
      `.execute(db);
    },
  },
  {
    name: '701-knowledge-chunk-embeddings',
    async up(db) {
      // pgvector where the server has it (PGlite loads it; Debian's PostgreSQL 15 has no package),
      // otherwise a real[] that vector-search.ts scores in SQL. A server may list the extension yet
      // refuse to create it (no superuser), so the attempt gets a savepoint and falls back to real[].
      const { rows } = await sql<{ available: boolean }>`select exists (select 1 from pg_available_extensions where name = 'vector') as available`.execute(db);
      let withVector = rows[0]?.available ?? false;
      if (withVector) {
        await sql`savepoint knowledge_vector`.execute(db);
        try {
          await sql`create extension if not exists vector`.execute(db);
          await sql`release savepoint knowledge_vector`.execute(db);
        } catch {
          await sql`rollback to savepoint knowledge_vector`.execute(db);
          withVector = false;
        }
      }
      // The vector type has no fixed dimension here: it is the embedding model's, unknown until it
      // answers. The HNSW index needs one, so the embedder creates one partial index per dimension.
      await sql`
        create table knowledge_chunk_embeddings (
          chunk_id bigint primary key references knowledge_chunks(id) on delete cascade,
          model_id text not null,
          dims integer not null,
          embedding ${withVector ? sql`vector` : sql`real[]`} not null,
          created_at timestamptz not null default now()
        )
      `.execute(db);
      await sql`create index knowledge_chunk_embeddings_model_idx on knowledge_chunk_embeddings (model_id, dims)`.execute(db);
    },
  },
];
