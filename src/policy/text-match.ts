/**
 * Matching Danish and English requests the way people type them: any case, with or without æ/ø/å,
 * and with one slip of the finger in longer words. Requests are reduced to folded tokens with their
 * sentence and clause, and lexicon terms are matched against those tokens, never against raw text.
 */
import { PatternTrie } from './pattern-trie.ts';

const ASCII = /^[\x00-\x7f]*$/;
const SPELLED_OUT: Record<string, string> = { æ: 'ae', ø: 'oe', å: 'aa' };

/** æ/ø/å spelled out, so "afgør", "afgoer" and (with one edit) "afgor" meet. */
export function fold(s: string): string {
  // Most words are plain ASCII after the first step or two, and the later steps leave ASCII unchanged.
  const lower = s.toLowerCase();
  if (ASCII.test(lower)) return lower;
  const spelled = lower.replace(/[æøå]/g, (c) => SPELLED_OUT[c]!);
  if (ASCII.test(spelled)) return spelled;
  return spelled.normalize('NFKD').replace(/\p{M}/gu, '');
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

const Kind = { Other: 0, Letter: 1, SentenceEnd: 2, ClauseEnd: 3 } as const;
type Kind = (typeof Kind)[keyof typeof Kind];
const SENTENCE_END = '.!?;\n';
const CLAUSE_END = ',:()"“”–—';
const LETTER = /^[\p{L}\p{N}]$/u;
const CAPITAL = /^\p{Lu}/u;
/** Kinds of the characters seen so far, by code point below 65536 (0: not yet looked up). */
const KIND = new Uint8Array(65536);

/**
 * What a character is to the tokeniser: part of a word (a letter or digit), or a mark ending a sentence
 * or a clause. A table instead of a Unicode regex over the text: that regex was most of the tokeniser's time.
 */
function kindOf(codePoint: number): Kind {
  if (codePoint > 0xffff) return LETTER.test(String.fromCodePoint(codePoint)) ? Kind.Letter : Kind.Other;
  let k = KIND[codePoint]!;
  if (k === 0) {
    const ch = String.fromCharCode(codePoint);
    const kind = LETTER.test(ch) ? Kind.Letter
      : SENTENCE_END.includes(ch) ? Kind.SentenceEnd
      : CLAUSE_END.includes(ch) ? Kind.ClauseEnd
      : Kind.Other;
    k = kind + 1;
    KIND[codePoint] = k;
  }
  return (k - 1) as Kind;
}

/** Whether a word starts with a capital letter, without a Unicode regex for the common ASCII case. */
function capitalised(raw: string): boolean {
  const c = raw.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : CAPITAL.test(raw);
}

/** Spellings already folded, across requests (texts repeat their words, and requests each other's). */
const FOLDED = new Map<string, string>();
const FOLDED_MAX = 50_000;

/** Words with their sentence and clause. A run of sentence-ending marks ends the clause too. */
export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  if (FOLDED.size >= FOLDED_MAX) FOLDED.clear();
  let sentence = 0;
  let clause = 0;
  let inClause = 0;
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    const kind = kindOf(cp);
    const start = i;
    i += cp > 0xffff ? 2 : 1;
    if (kind === Kind.Other) continue;
    // The whole run of this kind: a word, or the marks that end one sentence or clause.
    for (let next = text.codePointAt(i); next !== undefined && kindOf(next) === kind; next = text.codePointAt(i)) {
      i += next > 0xffff ? 2 : 1;
    }
    if (kind !== Kind.Letter) {
      if (kind === Kind.SentenceEnd) sentence++;
      clause++;
      inClause = 0;
      continue;
    }
    const raw = text.slice(start, i);
    let word = FOLDED.get(raw);
    if (word === undefined) FOLDED.set(raw, (word = fold(raw)));
    tokens.push({ word, capital: capitalised(raw), sentence, clause, inClause: inClause++ });
  }
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
/** Every word pattern of every term. */
const PATTERNS = new PatternTrie();
/** The patterns that forgive a typo, and the whole words that forgive two: smaller tries to search with edits. */
const ONE_EDIT = new PatternTrie();
const TWO_EDITS = new PatternTrie();

/** Grows with every compiled term list, so that a `TermIndex` notices terms compiled after it was built. */
let lexiconVersion = 0;

export function compileTerms(terms: readonly string[]): CompiledTerm[] {
  lexiconVersion++;
  return terms.map((t) => {
    const words = fold(t).split(/\s+/).filter(Boolean);
    for (const w of words) {
      const stem = w.endsWith('*');
      const tol = stem ? Math.min(1, tolerance(w.length - 1)) : tolerance(w.length);
      PATTERNS.add(w);
      if (tol >= 1) ONE_EDIT.add(w);
      if (tol === 2) TWO_EDITS.add(w);
      if (!stem) KNOWN_WORDS.add(w);
    }
    return { words };
  });
}

/**
 * Words already matched against the lexicon, across requests: the gate sees the same Danish words over and
 * over. Emptied when new terms are compiled, and when it is full, so that it stays a few megabytes.
 */
const MATCHED = new Map<string, readonly string[]>();
const MATCHED_MAX = 50_000;
let matchedVersion = 0;

/** The lexicon patterns a word matches, as `wordMatches` decides, looking only at plausible candidates. */
function patternsMatching(word: string): readonly string[] {
  if (matchedVersion !== lexiconVersion || MATCHED.size >= MATCHED_MAX) {
    MATCHED.clear();
    matchedVersion = lexiconVersion;
  }
  let patterns = MATCHED.get(word);
  if (!patterns) {
    const candidates = new Set<string>();
    PATTERNS.collect(word, 0, candidates);
    // A word the lexicon knows is never read as a typo of another.
    if (!KNOWN_WORDS.has(word)) {
      ONE_EDIT.collect(word, 1, candidates);
      TWO_EDITS.collect(word, 2, candidates);
    }
    patterns = [...candidates].filter((p) => wordMatches(word, p));
    MATCHED.set(word, patterns);
  }
  return patterns;
}

/**
 * Where terms occur in a tokenised text. Each distinct word is matched against the lexicon once, so a long
 * document costs its length plus its vocabulary, and every term set is looked up only once.
 */
export class TermIndex {
  private readonly byWord = new Map<string, number[]>();
  /** Token positions by the lexicon pattern their word matches, redone when terms were compiled since `matchedAt`. */
  private readonly byPattern = new Map<string, number[]>();
  private matchedAt = -1;
  private readonly found = new WeakMap<readonly CompiledTerm[], number[]>();

  constructor(readonly tokens: Token[]) {
    tokens.forEach((t, i) => {
      const list = this.byWord.get(t.word);
      if (list) list.push(i);
      else this.byWord.set(t.word, [i]);
    });
  }

  private positionsOf(pattern: string): number[] {
    if (this.matchedAt !== lexiconVersion) {
      this.byPattern.clear();
      for (const [word, positions] of this.byWord) {
        for (const p of patternsMatching(word)) {
          const list = this.byPattern.get(p);
          if (list) list.push(...positions);
          else this.byPattern.set(p, [...positions]);
        }
      }
      this.matchedAt = lexiconVersion;
    }
    return this.byPattern.get(pattern) ?? [];
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
      for (const term of terms) for (const i of this.positionsOf(term.words[0]!)) if (this.termAt(i, term)) set.add(i);
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
    return this.startsBetween(terms, either ? i - window : i + 1, i + window, i);
  }

  /** Whether `terms` start within `window` tokens before position i, in the same sentence. */
  before(i: number, terms: readonly CompiledTerm[], window: number): boolean {
    return this.startsBetween(terms, i - window, i - 1, i);
  }

  /** Whether `terms` start at a position from `first` to `last`, other than i, in i's sentence. */
  private startsBetween(terms: readonly CompiledTerm[], first: number, last: number, i: number): boolean {
    const hits = this.find(terms);
    const sentence = this.tokens[i]?.sentence;
    // Hits are in text order: look only at those in the window, so a long text does not cost hits × hits.
    let lo = 0;
    let hi = hits.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (hits[mid]! < first) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < hits.length && hits[k]! <= last; k++) {
      if (hits[k] !== i && this.tokens[hits[k]!]!.sentence === sentence) return true;
    }
    return false;
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
