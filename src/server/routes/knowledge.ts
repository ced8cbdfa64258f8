import type { MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  ChunkView,
  CollectionId,
  CollectionPatch,
  CollectionView,
  DocumentView,
  IngestResult,
  KnowledgeHit,
  MAX_DOCUMENT_BYTES,
  NewCollection,
  chunkEmbedderOf,
  createCollection,
  deleteCollection,
  deleteDocument,
  getChunk,
  hybridSearch,
  ingestDocument,
  listCollections,
  listDocuments,
  updateCollection,
} from '../../knowledge/index.ts';
import { AppError, invalid } from '../../kernel/index.ts';
import { defineRoute } from '../http/route.ts';

/** The CLI's twin of a multipart upload: the file inline, for clients that only speak JSON. */
const JsonUpload = z.strictObject({
  fileName: z.string().min(1).max(500),
  contentBase64: z.string().min(1),
  collection: CollectionId.optional(),
  source: z.string().min(1).max(500).optional(),
});

const UploadQuery = z.strictObject({ collection: CollectionId.optional() });

interface Upload {
  fileName: string;
  bytes: Buffer;
  collection: string | undefined;
  source: string | undefined;
}

async function readUpload(req: FastifyRequest, query: z.output<typeof UploadQuery>): Promise<Upload> {
  if (typeof req.isMultipart === 'function' && req.isMultipart()) {
    let part: MultipartFile | undefined;
    try {
      part = await req.file({ limits: { fileSize: MAX_DOCUMENT_BYTES, files: 1, fields: 10, fieldSize: 1000 } });
    } catch {
      throw invalid('Upload-formularen kunne ikke læses.');
    }
    if (!part) throw invalid('Vedhæft en fil i feltet "file".');
    const tooLarge = () => new AppError('payload_too_large', `Filen er for stor (højst ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB).`);
    let bytes: Buffer;
    try {
      bytes = await part.toBuffer();
    } catch (err) {
      if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
      throw invalid('Filen blev ikke modtaget helt. Prøv igen.');
    }
    // Depending on the plugin's options an over-long file is cut off rather than refused: never store half a file.
    if (part.file.truncated) throw tooLarge();
    const field = (name: string) => {
      const f = part.fields[name];
      const v = f && !Array.isArray(f) && f.type === 'field' ? f.value : undefined;
      return typeof v === 'string' && v.trim() ? v.trim() : undefined;
    };
    const collection = field('collection') ?? query.collection;
    const source = field('source');
    if (source && source.length > 500) throw invalid('Kildenavnet er for langt (højst 500 tegn).');
    return { fileName: part.filename, bytes, collection: collection ? CollectionId.parse(collection) : undefined, source };
  }
  const body = JsonUpload.parse(req.body ?? {});
  const bytes = Buffer.from(body.contentBase64, 'base64');
  return { fileName: body.fileName, bytes, collection: body.collection ?? query.collection, source: body.source };
}

export const knowledgeRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/knowledge/search',
    summary: 'Søg i vidensbanken (kun samlinger, brugeren har adgang til)',
    tags: ['viden'],
    auth: 'knowledge:search',
    query: z.strictObject({ q: z.string(), k: z.coerce.number().int().min(1).max(50).optional(), collection: CollectionId.optional() }),
    response: z.array(KnowledgeHit),
    async handler({ app, actor, query, req }) {
      return hybridSearch(app, actor, { query: query.q, k: query.k, collection: query.collection }, { log: req.log });
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/knowledge/documents',
    summary: 'Indlæs et dokument (multipart-feltet "file"; PDF, DOCX, HTML, Markdown eller tekst)',
    tags: ['viden'],
    auth: 'knowledge:manage',
    multipart: true,
    body: JsonUpload,
    query: UploadQuery,
    response: IngestResult,
    async handler({ app, actor, req, query, reply }) {
      const upload = await readUpload(req, query);
      const result = await ingestDocument(app.db, actor, upload, { clock: app.clock });
      // New passages get their embeddings in the background, after the ingest has committed.
      if (result.status === 'ingested' || result.status === 'replaced') chunkEmbedderOf(app)?.wake();
      if (result.status === 'ingested') reply.status(201);
      return result;
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/knowledge/documents',
    summary: 'Dokumenterne i de samlinger, brugeren har adgang til',
    tags: ['viden'],
    auth: 'knowledge:search',
    query: z.strictObject({ collection: CollectionId.optional() }),
    response: z.array(DocumentView),
    async handler({ app, actor, query }) {
      return listDocuments(app.db, actor, query);
    },
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/knowledge/documents/:id',
    summary: 'Slet et dokument og alle dets passager',
    tags: ['viden'],
    auth: 'knowledge:manage',
    params: z.object({ id: z.uuid() }),
    async handler({ app, actor, params }) {
      return deleteDocument(app.db, actor, params.id);
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/knowledge/chunks/:id',
    summary: 'Åbn en citeret passage',
    tags: ['viden'],
    auth: 'knowledge:search',
    params: z.object({ id: z.coerce.number().int().positive() }),
    response: ChunkView,
    async handler({ app, actor, params }) {
      return getChunk(app.db, actor, params.id);
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/knowledge/collections',
    summary: 'Samlinger, brugeren har adgang til',
    tags: ['viden'],
    auth: 'knowledge:search',
    response: z.array(CollectionView),
    async handler({ app, actor }) {
      return listCollections(app.db, actor);
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/knowledge/collections',
    summary: 'Opret en samling (for alle medarbejdere eller bestemte forvaltninger)',
    tags: ['viden'],
    auth: 'knowledge:manage',
    body: NewCollection,
    response: CollectionView,
    async handler({ app, actor, body, reply }) {
      reply.status(201);
      return createCollection(app.db, actor, body);
    },
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/knowledge/collections/:id',
    summary: 'Ret en samlings navn, beskrivelse eller adgang',
    tags: ['viden'],
    auth: 'knowledge:manage',
    params: z.object({ id: CollectionId }),
    body: CollectionPatch,
    response: CollectionView,
    async handler({ app, actor, params, body }) {
      return updateCollection(app.db, actor, params.id, body);
    },
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/knowledge/collections/:id',
    summary: 'Slet en samling med alle dens dokumenter',
    tags: ['viden'],
    auth: 'knowledge:manage',
    params: z.object({ id: CollectionId }),
    async handler({ app, actor, params }) {
      return deleteCollection(app.db, actor, params.id);
    },
  }),
];
