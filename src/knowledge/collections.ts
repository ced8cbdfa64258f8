import { sql } from 'kysely';
import type { Db } from '../db/index.ts';
import { can, requireAbility } from '../access/index.ts';
import { recordAuditEvent } from '../audit/index.ts';
import { type Actor, conflict, invalid, notFound } from '../kernel/index.ts';
import { CollectionPatch, type CollectionView, NewCollection } from './schemas.ts';

/** Where documents go when no collection is named: visible to all staff. */
export const DEFAULT_COLLECTION = { id: 'faelles', name: 'Fælles viden', description: 'Viden for alle medarbejdere.', visibility: 'all' as const, forvaltningIds: [] };

/**
 * The collections an actor may read. Staff see the collections for all staff and those of their own
 * forvaltning; whoever manages the knowledge bank sees all of them, as they must be able to curate them.
 */
export async function visibleCollectionIds(db: Db, actor: Actor): Promise<string[]> {
  return (await visibleCollections(db, actor).execute()).map((r) => r.id);
}

/** The ids of the collections an actor may read, as a query, so a search can read them in its own statement. */
export function visibleCollections(db: Db, actor: Actor) {
  requireAbility(actor, 'knowledge:search');
  const q = db.selectFrom('knowledge_collections').select('id');
  if (can(actor, 'knowledge:manage')) return q;
  const forvaltning = actor.forvaltningId;
  return q.where((eb) =>
    forvaltning
      ? eb.or([eb('visibility', '=', 'all'), eb.and([eb('visibility', '=', 'forvaltninger'), sql<boolean>`${forvaltning} = any(forvaltning_ids)`])])
      : eb('visibility', '=', 'all'),
  );
}

export async function listCollections(db: Db, actor: Actor): Promise<CollectionView[]> {
  const ids = await visibleCollectionIds(db, actor);
  if (!ids.length) return [];
  const rows = await db
    .selectFrom('knowledge_collections as c')
    .leftJoin('knowledge_documents as d', 'd.collection_id', 'c.id')
    .select(['c.id', 'c.name', 'c.description', 'c.visibility', 'c.forvaltning_ids', 'c.created_at'])
    .select((eb) => [eb.fn.count<number>('d.id').as('documents'), eb.fn.coalesce(eb.fn.sum<number>('d.chunk_count'), sql<number>`0`).as('chunks')])
    .where('c.id', 'in', ids)
    .groupBy('c.id')
    .orderBy('c.name')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    description: r.description,
    visibility: r.visibility,
    forvaltningIds: r.forvaltning_ids,
    documents: Number(r.documents),
    chunks: Number(r.chunks),
    createdAt: r.created_at.toISOString(),
  }));
}

export async function createCollection(db: Db, actor: Actor, input: NewCollection): Promise<CollectionView> {
  requireAbility(actor, 'knowledge:manage');
  const c = NewCollection.parse(input);
  await db.transaction().execute(async (trx) => {
    if (await trx.selectFrom('knowledge_collections').select('id').where('id', '=', c.id).executeTakeFirst()) throw conflict('Samlingen findes allerede.');
    await requireForvaltninger(trx, c.forvaltningIds);
    await trx
      .insertInto('knowledge_collections')
      .values({ id: c.id, name: c.name, description: c.description, visibility: c.visibility, forvaltning_ids: c.visibility === 'all' ? [] : c.forvaltningIds })
      .execute();
    await recordAuditEvent(trx, actor, { action: 'knowledge.collection_created', targetType: 'knowledge_collection', targetId: c.id, details: { visibility: c.visibility, forvaltningIds: c.forvaltningIds } });
  });
  return getCollection(db, actor, c.id);
}

export async function updateCollection(db: Db, actor: Actor, id: string, input: CollectionPatch): Promise<CollectionView> {
  requireAbility(actor, 'knowledge:manage');
  const patch = CollectionPatch.parse(input);
  await db.transaction().execute(async (trx) => {
    const current = await trx.selectFrom('knowledge_collections').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
    if (!current) throw notFound('Samlingen');
    const visibility = patch.visibility ?? current.visibility;
    const forvaltningIds = visibility === 'all' ? [] : (patch.forvaltningIds ?? current.forvaltning_ids);
    if (visibility === 'forvaltninger' && forvaltningIds.length === 0) throw invalid('En samling, der kun er for bestemte forvaltninger, skal nævne mindst én.');
    await requireForvaltninger(trx, forvaltningIds);
    await trx
      .updateTable('knowledge_collections')
      .set({ name: patch.name ?? current.name, description: patch.description ?? current.description, visibility, forvaltning_ids: forvaltningIds })
      .where('id', '=', id)
      .execute();
    await recordAuditEvent(trx, actor, { action: 'knowledge.collection_updated', targetType: 'knowledge_collection', targetId: id, details: { visibility, forvaltningIds } });
  });
  return getCollection(db, actor, id);
}

/** Deleting a collection deletes its documents, chunks and statistics with it (foreign keys cascade). */
export async function deleteCollection(db: Db, actor: Actor, id: string): Promise<{ id: string; documents: number }> {
  requireAbility(actor, 'knowledge:manage');
  return db.transaction().execute(async (trx) => {
    const docs = await trx.selectFrom('knowledge_documents').select((eb) => eb.fn.countAll<number>().as('n')).where('collection_id', '=', id).executeTakeFirstOrThrow();
    const gone = await trx.deleteFrom('knowledge_collections').where('id', '=', id).executeTakeFirst();
    if (!gone.numDeletedRows) throw notFound('Samlingen');
    await recordAuditEvent(trx, actor, { action: 'knowledge.collection_deleted', targetType: 'knowledge_collection', targetId: id, details: { documents: Number(docs.n) } });
    return { id, documents: Number(docs.n) };
  });
}

export async function getCollection(db: Db, actor: Actor, id: string): Promise<CollectionView> {
  const found = (await listCollections(db, actor)).find((c) => c.id === id);
  if (!found) throw notFound('Samlingen');
  return found;
}

/** The collection named for an ingest, or the default one (created on first use). */
export async function ensureIngestCollection(db: Db, id: string | undefined): Promise<string> {
  if (!id || id === DEFAULT_COLLECTION.id) {
    await db
      .insertInto('knowledge_collections')
      .values({ id: DEFAULT_COLLECTION.id, name: DEFAULT_COLLECTION.name, description: DEFAULT_COLLECTION.description, visibility: 'all', forvaltning_ids: [] })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
    return DEFAULT_COLLECTION.id;
  }
  if (!(await db.selectFrom('knowledge_collections').select('id').where('id', '=', id).executeTakeFirst())) {
    throw notFound('Samlingen');
  }
  return id;
}

async function requireForvaltninger(db: Db, ids: string[]): Promise<void> {
  if (!ids.length) return;
  const found = await db.selectFrom('forvaltninger').select('id').where('id', 'in', ids).execute();
  if (found.length !== new Set(ids).size) throw invalid('En eller flere af forvaltningerne findes ikke.');
}
