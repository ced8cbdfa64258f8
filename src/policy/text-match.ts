/**
 * Matching Danish and English requests the way people type them: any case, with or without æ/ø/å,
 * and with one slip of the finger in longer words. Requests are reduced to folded tokens with their
 * sentence and clause, and lexicon terms are matched against those tokens, never against raw text.
 */

/** æ/ø/å spelled out, so "afgør", "afgoer" and (with one edit) "afgor" meet. */
export function fold(s: string): string {
  return s
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '');
}

export interface Token {
  word: string;
  /** The original started with a capital letter (a weak hint of a name). */
  capital: boolean;
  sentence: number;
  clause: number;
  /** Position in the clause, counting from 0. */
  inClause: number;
}

const SENTENCE_END = /[.!?;\n]+/;
const CLAUSE_END = /[,:()"“”–—]+/;
const WORD = /[\p{L}\p{N}]+/gu;

export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  let clause = 0;
  text.split(SENTENCE_END).forEach((sentenceText, sentence) => {
    for (const clauseText of sentenceText.split(CLAUSE_END)) {
      let inClause = 0;
      for (const m of clauseText.matchAll(WORD)) {
        const raw = m[0];
        tokens.push({ word: fold(raw), capital: /^\p{Lu}/u.test(raw), sentence, clause, inClause: inClause++ });
      }
      clause++;
    }
  });
  return tokens;
}

/** Optimal string alignment distance, giving up as soon as it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const prev2: number[] = new Array(b.length + 1).fill(0);
  let prev: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur: number[] = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    for (let j = 0; j <= b.length; j++) prev2[j] = prev[j]!;
    prev = cur;
  }
  return prev[b.length]!;
}

/** Typos allowed for a term of this length: none for short words, where one edit makes another word. */
const tolerance = (length: number): number => (length >= 11 ? 2 : length >= 6 ? 1 : 0);

/**
 * One word of a term: `stem*` matches any word starting with the stem, `word` matches the word.
 * Both forgive `tolerance` edits, the stem on the word's prefix of about the stem's length.
 */
export function wordMatches(word: string, pattern: string): boolean {
  const prefix = pattern.endsWith('*');
  const p = prefix ? pattern.slice(0, -1) : pattern;
  if (prefix ? word.startsWith(p) : word === p) return true;
  // A word the lexicon knows is taken as itself: "medarbejderne" is not a typo of "medarbejderen".
  if (KNOWN_WORDS.has(word)) return false;
  // A stem already stands for many words; two edits on top of that would match unrelated ones.
  const tol = prefix ? Math.min(1, tolerance(p.length)) : tolerance(p.length);
  if (tol === 0 || word[0] !== p[0]) return false;
  if (!prefix) return editDistance(word, p, tol) <= tol;
  for (let len = p.length - tol; len <= p.length + tol; len++) {
    if (len > word.length || len < 1) continue;
    if (editDistance(word.slice(0, len), p, tol) <= tol) return true;
  }
  return false;
}

/** A term is one or more words, each as in `wordMatches`, that must follow each other. */
export interface CompiledTerm {
  words: string[];
}

/** Every whole word (not stem) that some lexicon term spells out exactly. */
const KNOWN_WORDS = new Set<string>();

export function compileTerms(terms: readonly string[]): CompiledTerm[] {
  return terms.map((t) => {
    const words = fold(t).split(/\s+/).filter(Boolean);
    for (const w of words) if (!w.endsWith('*')) KNOWN_WORDS.add(w);
    return { words };
  });
}

/**
 * Where terms occur in a tokenised text. Each distinct word is compared with each pattern once, so a
 * long document costs its vocabulary, not its length, and every term set is looked up only once.
 */
export class TermIndex {
  private readonly byWord = new Map<string, number[]>();
  /** Distinct words by first letter: a pattern only ever matches words that start like it. */
  private readonly byInitial = new Map<string, [string, number[]][]>();
  private readonly found = new WeakMap<readonly CompiledTerm[], number[]>();

  constructor(readonly tokens: Token[]) {
    tokens.forEach((t, i) => {
      const list = this.byWord.get(t.word);
      if (list) list.push(i);
      else this.byWord.set(t.word, [i]);
    });
    for (const entry of this.byWord) {
      const initial = entry[0][0]!;
      const bucket = this.byInitial.get(initial);
      if (bucket) bucket.push(entry);
      else this.byInitial.set(initial, [entry]);
    }
  }

  private positionsOfWord(pattern: string): number[] {
    const out: number[] = [];
    for (const [word, positions] of this.byInitial.get(pattern[0]!) ?? []) if (wordMatches(word, pattern)) out.push(...positions);
    return out;
  }

  private termAt(i: number, term: CompiledTerm): boolean {
    const first = this.tokens[i]!;
    for (let k = 1; k < term.words.length; k++) {
      const t = this.tokens[i + k];
      if (!t || t.sentence !== first.sentence || !wordMatches(t.word, term.words[k]!)) return false;
    }
    return true;
  }

  /** Token positions where any of the terms starts, in text order. */
  find(terms: readonly CompiledTerm[]): number[] {
    let hits = this.found.get(terms);
    if (!hits) {
      const set = new Set<number>();
      for (const term of terms) for (const i of this.positionsOfWord(term.words[0]!)) if (this.termAt(i, term)) set.add(i);
      hits = [...set].sort((a, b) => a - b);
      this.found.set(terms, hits);
    }
    return hits;
  }

  has(terms: readonly CompiledTerm[]): boolean {
    return this.find(terms).length > 0;
  }

  /** Whether `terms` start within `window` tokens after position i (or around it, with `either`), in the same sentence. */
  near(i: number, terms: readonly CompiledTerm[], window: number, either = false): boolean {
    const sentence = this.tokens[i]?.sentence;
    return this.find(terms).some((j) => j !== i && this.tokens[j]!.sentence === sentence && j <= i + window && (either ? j >= i - window : j > i));
  }

  /** Whether `terms` start within `window` tokens before position i, in the same sentence. */
  before(i: number, terms: readonly CompiledTerm[], window: number): boolean {
    const sentence = this.tokens[i]?.sentence;
    return this.find(terms).some((j) => j < i && j >= i - window && this.tokens[j]!.sentence === sentence);
  }

  /** Both term sets occur in one sentence within `window` tokens of each other, in either order. */
  cooccur(a: readonly CompiledTerm[], b: readonly CompiledTerm[], window: number): boolean {
    return this.find(a).some((i) => this.near(i, b, window, true));
  }

  /** Both term sets occur somewhere in the same sentence. */
  sameSentence(a: readonly CompiledTerm[], b: readonly CompiledTerm[]): boolean {
    const sentences = new Set(this.find(a).map((i) => this.tokens[i]!.sentence));
    return this.find(b).some((i) => sentences.has(this.tokens[i]!.sentence));
  }
}
