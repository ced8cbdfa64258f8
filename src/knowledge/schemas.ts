import { z } from 'zod';

export const CollectionId = z
  .string()
  .min(2)
  .max(60)
  .regex(/^[a-z0-9-]+$/, 'Id må kun indeholde små bogstaver, tal og bindestreg.');

const ForvaltningIds = z.array(z.string().min(2).max(40)).max(50);

export const NewCollection = z
  .strictObject({
    id: CollectionId,
    name: z.string().trim().min(2).max(200),
    description: z.string().max(2000).default(''),
    visibility: z.enum(['all', 'forvaltninger']).default('all'),
    forvaltningIds: ForvaltningIds.default([]),
  })
  .refine((c) => c.visibility === 'all' || c.forvaltningIds.length > 0, {
    message: 'En samling, der kun er for bestemte forvaltninger, skal nævne mindst én.',
    path: ['forvaltningIds'],
  });
export type NewCollection = z.input<typeof NewCollection>;

export const CollectionPatch = z.strictObject({
  name: z.string().trim().min(2).max(200).optional(),
  description: z.string().max(2000).optional(),
  visibility: z.enum(['all', 'forvaltninger']).optional(),
  forvaltningIds: ForvaltningIds.optional(),
});
export type CollectionPatch = z.input<typeof CollectionPatch>;

export const CollectionView = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  visibility: z.enum(['all', 'forvaltninger']),
  forvaltningIds: z.array(z.string()),
  documents: z.number(),
  chunks: z.number(),
  createdAt: z.string(),
});
export type CollectionView = z.infer<typeof CollectionView>;

export const DocumentView = z.object({
  id: z.string(),
  collectionId: z.string(),
  source: z.string(),
  title: z.string(),
  mediaType: z.string(),
  sha256: z.string(),
  bytes: z.number(),
  pages: z.number().nullable(),
  chunks: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type DocumentView = z.infer<typeof DocumentView>;

export const SearchInput = z.strictObject({
  query: z.string().trim().min(1, 'Skriv hvad du søger efter.').max(1000),
  k: z.coerce.number().int().min(1).max(50).default(5),
  collection: CollectionId.optional(),
});
export type SearchInput = z.input<typeof SearchInput>;

export const KnowledgeHit = z.object({
  chunkId: z.number(),
  documentId: z.string(),
  collectionId: z.string(),
  title: z.string(),
  locator: z.string(),
  page: z.number().nullable(),
  score: z.number(),
  /** HTML: the passage's best fragments, escaped, with the matched words in <mark>. */
  snippet: z.string(),
  text: z.string(),
});
export type KnowledgeHit = z.infer<typeof KnowledgeHit>;

export const ChunkView = z.object({
  chunkId: z.number(),
  documentId: z.string(),
  collectionId: z.string(),
  title: z.string(),
  source: z.string(),
  heading: z.string(),
  locator: z.string(),
  page: z.number().nullable(),
  text: z.string(),
});
export type ChunkView = z.infer<typeof ChunkView>;

export const IngestResult = z.object({
  status: z.enum(['ingested', 'replaced', 'unchanged', 'duplicate']),
  document: DocumentView,
});
export type IngestResult = z.infer<typeof IngestResult>;
