import { sql } from 'kysely';
import type { Db } from '../db/index.ts';
import { type Actor, notFound } from '../kernel/index.ts';
import { citationTerms } from './citation-terms.ts';
import { compoundParts, type Term } from './compound-parts.ts';
import { visibleCollections } from './collections.ts';
import { type HitRow, SNIPPET_OPTIONS, hitFromRow } from './knowledge-hit.ts';
import { type KnowledgeHit, SearchInput } from './schemas.ts';

/**
 * The knobs of the ranking, chosen on the tuning set (../shared/data/qa) with `npm run eval:retrieval`.
 * Body text is scored like BM25 (saturated term frequency, length normalised); a query word found in
 * the title, a heading or the cited paragraph adds up to `title`/`heading`/`citation` times its IDF.
 */
export interface SearchTuning {
  /** BM25's k1 on ts_rank's saturated frequency of the body text. */
  k1: number;
  /** BM25's length normalisation (0 = none, 1 = full). */
  b: number;
  title: number;
  heading: number;
  citation: number;
  /**
   * Chunks a query may rank at most, roughly: rare terms select candidates, common ones only score.
   * The budget is 5 % of the searched chunks, clamped to this range: above ~5 % the planner scans the
   * whole table instead of the GIN index (measured at 10k chunks: 35 % slower at 1,500 than at 500),
   * and every candidate costs a heap visit and two ts_rank calls per term (PGlite, 100k chunks, best
   * of three per query: p95 18-22 ms with a ceiling of 1,500, 12-14 ms with 800, no better with 500).
   */
  candidateBudget: { min: number; max: number };
}

export const DEFAULT_TUNING: SearchTuning = { k1: 1.2, b: 0.5, title: 0.5, heading: 0.5, citation: 3, candidateBudget: { min: 500, max: 800 } };

const MAX_TERMS = 32;
// Question words carry no topic, yet are rare in documents, so their IDF would reward any passage
// with a relative "hvilket" or "hvor". Chosen on the tuning set (recall@5 +0.01).
const QUESTION_WORDS = new Set(['hvilk', 'hvornår', 'hvordan', 'hvorfor', 'hvem', 'hvad', 'hvor', 'mang']);

/**
 * Danish full-text search over the collections the actor may see. Ranking is BM25-shaped on top of
 * PostgreSQL's own pieces: lexemes from the `danish` configuration, per-term saturated frequency from
 * ts_rank, IDF from per-collection statistics, and a GIN index that only has to produce candidates
 * for the rarer query terms.
 */
export async function searchKnowledge(db: Db, actor: Actor, input: SearchInput, tuning: SearchTuning = DEFAULT_TUNING): Promise<KnowledgeHit[]> {
  const { query, k, collection } = SearchInput.parse(input);
  const visible = visibleCollections(db, actor);
  // One round trip for what the ranking needs to know: the collections searched, their size, and the
  // document frequency of each query lexeme in them. The array of collection ids makes each lexeme one
  // primary-key lookup, whatever the planner's statistics.
  const stats = await sql<{ collections: string[]; lexeme: string | null; df: number; n: number; total: number }>`
    with v as (select coalesce(array_agg(s.id), '{}')::text[] as ids from (${collection ? visible.where('id', '=', collection) : visible}) s),
    d as (
      select coalesce(sum(chunk_count), 0)::bigint as n, coalesce(sum(lexeme_total), 0)::bigint as total
      from knowledge_documents where collection_id = any((select ids from v)::text[])
    ),
    t as (
      select q.lexeme, (select coalesce(sum(l.df), 0)::int from knowledge_lexemes l
                        where l.collection_id = any((select ids from v)::text[]) and l.lexeme = q.lexeme) as df
      from (select distinct lexeme from unnest(to_tsvector('danish', ${`${query} ${citationTerms(query)}`}))) q
    )
    select (select ids from v) as collections, t.lexeme, t.df, d.n, d.total from d left join t on true
  `.execute(db);
  const collections = stats.rows[0]?.collections ?? [];
  // A hidden collection answers like a missing one, so its existence is not revealed.
  if (collection && !collections.length) throw notFound('Samlingen');
  if (!collections.length) return [];
  const n = Number(stats.rows[0]?.n ?? 0);
  const avgLength = n ? Number(stats.rows[0]!.total) / n : 1;
  const asked = stats.rows.filter((r): r is typeof r & { lexeme: string } => r.lexeme !== null && !QUESTION_WORDS.has(r.lexeme));
  // A compound no passage holds is searched as its two halves, when the passages know both.
  const unknown = asked.filter((r) => r.df === 0).map((r) => r.lexeme);
  const parts = unknown.length ? await compoundParts(db, collections, unknown) : [];
  const byLexeme = new Map<string, Term>([...parts, ...asked.filter((r) => r.df > 0)].map((r) => [r.lexeme, { lexeme: r.lexeme, df: r.df }]));
  const terms: Term[] = [...byLexeme.values()].sort((a, b) => a.df - b.df).slice(0, MAX_TERMS);
  if (!terms.length || !n) return [];

  const idf = (t: Term) => Math.log(1 + (n - t.df + 0.5) / (t.df + 0.5));
  // The rarest terms pick the candidates until the budget is spent; the others still add to the score.
  const budget = Math.min(tuning.candidateBudget.max, Math.max(tuning.candidateBudget.min, 0.05 * n));
  const candidates: Term[] = [];
  let spent = 0;
  for (const t of terms) {
    if (candidates.length && spent + t.df > budget) break;
    candidates.push(t);
    spent += t.df;
  }
  // Two ts_rank calls per term and candidate: one over body positions (weight D), one over the
  // fields (A citation, B title, C heading). Both are cheap; weight-restricted @@ tests cost twice as much.
  const fieldScale = Math.max(tuning.title, tuning.heading, tuning.citation, 1e-9);
  const fieldWeights = `{0,${tuning.heading / fieldScale},${tuning.title / fieldScale},${tuning.citation / fieldScale}}`;
  const features = sql.join(
    terms.map((t, i) => {
      const q = tsLexeme(t.lexeme);
      return sql`ts_rank('{1,0,0,0}', c.tsv, ${q}::tsquery) as ${sql.raw(`b${i}`)}, ts_rank(${fieldWeights}::float4[], c.tsv, ${q}::tsquery) as ${sql.raw(`f${i}`)}`;
    }),
    sql`, `,
  );
  const termScore = sql.join(
    terms.map((t, i) => {
      const [body, fields] = [sql.raw(`f.b${i}`), sql.raw(`f.f${i}`)];
      return sql`${idf(t)}::float8 * (${1 + tuning.k1}::float8 * ${body} / (${body} + ${tuning.k1}::float8 * f.norm) + ${fieldScale}::float8 * ${fields})`;
    }),
    sql` + `,
  );
  const all = terms.map((t) => tsLexeme(t.lexeme)).join(' | ');

  const rank = (candidateQuery: string, cap?: number) => sql<HitRow & { score: number }>`
    with f as (
      select c.id, ${1 - tuning.b}::float8 + ${tuning.b / avgLength}::float8 * length(c.tsv) as norm, ${features}
      from knowledge_chunks c
      where c.tsv @@ ${candidateQuery}::tsquery
        and c.collection_id = any(${collections}::text[])
      ${cap ? sql`limit ${cap}` : sql`offset 0`}
    ),
    top as (
      select f.id, (${termScore}) as score from f order by score desc, f.id limit ${k}
    )
    select c.id, c.document_id, c.collection_id, c.title, c.locator, c.page, c.text, top.score,
      ts_headline('danish', c.text, ${all}::tsquery, ${SNIPPET_OPTIONS}) as snippet
    from top join knowledge_chunks c on c.id = top.id
    order by top.score desc, c.id
  `.execute(db);

  // When even the rarest word is common, the passages holding the two rarest words together are the
  // candidates: far fewer rows to rank, and the ones that matter; the rarest word alone is the fallback.
  // Such pairs can still fill thousands of passages (100k chunks: "kommunalbestyrelsens møder" 2,785),
  // and every one costs a heap visit and the full score, so at most the budget of them, in storage order,
  // are ranked: a query that common is answered with passages holding both words, not the best of all
  // of them (100k chunks on PGlite, quiet: p95 13.1 → 6.4 ms; the tuning set never reaches this path).
  const rarest = tsLexeme(candidates[0]!.lexeme);
  let rows = candidates[0]!.df > budget && terms.length > 1 ? await rank(`${rarest} & ${tsLexeme(terms[1]!.lexeme)}`, Math.round(budget)) : null;
  if (!rows || rows.rows.length < k) rows = await rank(candidates.map((t) => tsLexeme(t.lexeme)).join(' | '));

  return rows.rows.map((r) => hitFromRow(r, Math.round(Number(r.score) * 10000) / 10000));
}

/** A lexeme as a tsquery operand, quoted so that no character in it is read as tsquery syntax. */
const tsLexeme = (lexeme: string) => `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
