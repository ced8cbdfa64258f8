import { sql } from 'kysely';
import type { App } from '../app.ts';
import { governedEmbed, preferredEmbeddingModel } from '../gateway/index.ts';
import type { Actor } from '../kernel/index.ts';
import { type HitRow, SNIPPET_OPTIONS, hitFromRow } from './knowledge-hit.ts';
import { type KnowledgeLog, logCode } from './knowledge-log.ts';
import { fuseByReciprocalRank } from './reciprocal-rank-fusion.ts';
import { type KnowledgeHit, SearchInput } from './schemas.ts';
import { searchKnowledge } from './search-knowledge.ts';
import { unitVector } from './unit-vector.ts';
import { searchVectors } from './vector-search.ts';

export interface HybridSearchOptions {
  /** Warnings when the vector leg is skipped (codes only, never the query). */
  log?: KnowledgeLog | undefined;
  /**
   * How long a search waits for its query's embedding before answering from the lexical ranking alone.
   * A slow or hanging embedding model must not make search slow; the lexical leg takes milliseconds.
   */
  embeddingBudgetMs?: number;
}

/** Each leg contributes this many passages to the fusion (or k, if more are asked for). */
const FUSION_DEPTH = 20;
const NOT_FOR_THIS_ACTOR = new Set(['forbidden', 'course_required']);

/**
 * Search of the knowledge bank: the lexical ranking, fused by reciprocal rank with a vector ranking when
 * an embedding model is enabled. Without one this is exactly `searchKnowledge`, with no extra query. The
 * query is embedded through the governed gateway (pseudonymised, metered, audited like any model call);
 * when that fails or takes too long, the answer is the lexical ranking and the search still succeeds.
 * Hits keep their shape; with fusion, `score` is the fused score (about 0.01-0.033).
 */
export async function hybridSearch(app: App, actor: Actor, input: SearchInput, opts: HybridSearchOptions = {}): Promise<KnowledgeHit[]> {
  const model = await preferredEmbeddingModel(app);
  if (!model) return searchKnowledge(app.db, actor, input);
  const { query, k, collection } = SearchInput.parse(input);
  const depth = Math.max(FUSION_DEPTH, k);
  // Both legs at once: the embedding call is network time, the lexical ranking database time.
  const embedding = embedQuery(app, actor, query, opts);
  const lexical = await searchKnowledge(app.db, actor, { query, k: depth, ...(collection ? { collection } : {}) });
  const q = await embedding;
  if (!q) return lexical.slice(0, k);
  let nearest;
  try {
    nearest = await searchVectors(app.db, actor, { vector: q.vector, modelId: q.modelId, limit: depth, collection });
  } catch (err) {
    opts.log?.warn({ code: logCode(err) }, 'knowledge search: vector ranking failed, lexical results only');
    return lexical.slice(0, k);
  }
  const fused = fuseByReciprocalRank<number>([lexical.map((h) => h.chunkId), nearest.map((h) => h.chunkId)], (id) => id).slice(0, k);
  const byId = new Map(lexical.map((h) => [h.chunkId, h]));
  const vectorOnly = await passages(app, query, fused.map((f) => f.item).filter((id) => !byId.has(id)));
  return fused.flatMap(({ item, score }) => {
    const hit = byId.get(item) ?? vectorOnly.get(item);
    // A passage deleted between the ranking and this read is simply left out.
    return hit ? [{ ...hit, score: Math.round(score * 1e6) / 1e6 }] : [];
  });
}

/** The query's unit vector and the model that made it, or null (logged by code) when there is none in time. */
async function embedQuery(app: App, actor: Actor, query: string, opts: HybridSearchOptions): Promise<{ modelId: string; vector: number[] } | null> {
  const call = governedEmbed(app, actor, { texts: [query] }).then((r) => {
    const vector = unitVector(r.vectors[0]);
    return vector ? { modelId: r.model.id, vector } : null;
  });
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), opts.embeddingBudgetMs ?? 2_000);
  });
  try {
    const result = await Promise.race([call, late]);
    if (result === 'late') {
      // The call goes on and is metered when it ends; its answer is no longer wanted.
      call.catch(() => {});
      opts.log?.warn({ code: 'embedding_timeout' }, 'knowledge search: query embedding too slow, lexical results only');
      return null;
    }
    return result;
  } catch (err) {
    const code = logCode(err);
    // Staff who may search but not use AI models (auditors, or before the course) get words only, as expected.
    if (!NOT_FOR_THIS_ACTOR.has(code)) opts.log?.warn({ code }, 'knowledge search: query embedding failed, lexical results only');
    return null;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Hits for passages only the vector ranking found. Visibility was checked by that ranking; the snippet
 * is the passage's opening words, with any query word that does occur marked, as lexical hits have.
 */
async function passages(app: App, query: string, ids: number[]): Promise<Map<number, KnowledgeHit>> {
  if (!ids.length) return new Map();
  const { rows } = await sql<HitRow>`
    select id, document_id, collection_id, title, locator, page, text,
      ts_headline('danish', text, plainto_tsquery('danish', ${query}), ${SNIPPET_OPTIONS}) as snippet
    from knowledge_chunks where id = any(${ids}::bigint[])
  `.execute(app.db);
  return new Map(rows.map((r) => [Number(r.id), hitFromRow(r, 0)]));
}
