import { sql } from 'kysely';
import type { Db } from '../db/index.ts';

export interface Term {
  lexeme: string;
  df: number;
}

/** Shorter words are rarely compounds, and shorter parts are as often endings as words. */
const MIN_COMPOUND = 7;
const MIN_PART = 3;
const MAX_WORDS = 4;

/**
 * The two halves of query words that no searched passage holds, where both halves are words the passages do
 * hold: Danish writes "boligstøtte" where a guideline says "støtte til bolig", and "borgersager" where it
 * says "sager om borgere". A joining "s" or "e" ("arbejdsmarked", "børnehave") may end the first half. The
 * split with the longest shorter half wins, so "borger|sag" beats "borg|ersag" and a bare ending never counts.
 */
export async function compoundParts(db: Db, collections: string[], unknown: string[]): Promise<Term[]> {
  const splits = new Map<string, { head: string; tail: string }[]>();
  const pieces = new Set<string>();
  // Only words of letters: "paragraf19stk2" and numbers are no compounds. A few words per query bound the work.
  for (const word of unknown.filter((w) => /^\p{L}+$/u.test(w)).slice(0, MAX_WORDS)) {
    const chars = [...word];
    if (chars.length < MIN_COMPOUND) continue;
    const options: { head: string; tail: string }[] = [];
    for (let i = MIN_PART; i <= chars.length - MIN_PART; i++) {
      const head = chars.slice(0, i).join('');
      const tail = chars.slice(i).join('');
      options.push({ head, tail });
      if (/[se]$/.test(head) && i - 1 >= MIN_PART) options.push({ head: head.slice(0, -1), tail });
    }
    splits.set(word, options);
    for (const o of options) pieces.add(o.head).add(o.tail);
  }
  if (!pieces.size) return [];
  // Each piece as the danish configuration would index it, and how many visible passages hold that lexeme.
  const found = await sql<{ piece: string; lexeme: string; df: number }>`
    select p.piece, t.lexeme, coalesce(sum(l.df), 0)::int as df
    from unnest(${[...pieces]}::text[]) p(piece)
    cross join lateral (select lexeme from unnest(to_tsvector('danish', p.piece)) limit 1) t
    join knowledge_lexemes l on l.lexeme = t.lexeme and l.collection_id = any(${collections}::text[])
    group by p.piece, t.lexeme
  `.execute(db);
  const known = new Map(found.rows.filter((r) => r.df > 0).map((r) => [r.piece, { lexeme: r.lexeme, df: r.df }]));
  const parts = new Map<string, Term>();
  for (const options of splits.values()) {
    let best: { head: Term; tail: Term; shorter: number } | null = null;
    for (const { head, tail } of options) {
      const h = known.get(head);
      const t = known.get(tail);
      if (!h || !t || h.lexeme.length < MIN_PART || t.lexeme.length < MIN_PART) continue;
      const shorter = Math.min([...head].length, [...tail].length);
      if (!best || shorter > best.shorter) best = { head: h, tail: t, shorter };
    }
    if (best) for (const t of [best.head, best.tail]) parts.set(t.lexeme, t);
  }
  return [...parts.values()];
}
