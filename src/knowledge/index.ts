export { searchKnowledge, DEFAULT_TUNING, type SearchTuning } from './search-knowledge.ts';
export { hybridSearch, type HybridSearchOptions } from './hybrid-search.ts';
export { startChunkEmbedder, chunkEmbedderOf, type ChunkEmbedder, type ChunkEmbedderOptions } from './chunk-embedder.ts';
export { ingestDocument, type IngestInput, type IngestOptions } from './ingest-document.ts';
export { getChunk, listDocuments, deleteDocument } from './documents.ts';
export { listCollections, getCollection, createCollection, updateCollection, deleteCollection, DEFAULT_COLLECTION } from './collections.ts';
export { SUPPORTED_EXTENSIONS, MAX_DOCUMENT_BYTES } from './parse/parse-document.ts';
export {
  NewCollection,
  CollectionPatch,
  CollectionView,
  DocumentView,
  SearchInput,
  KnowledgeHit,
  ChunkView,
  IngestResult,
  CollectionId,
} from './schemas.ts';
export { knowledgeMigrations } from './migrations.ts';
export type { KnowledgeTables } from './tables.ts';
export { seedKnowledge, DEMO_COLLECTION } from './seed-knowledge.ts';
