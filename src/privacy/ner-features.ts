/**
 * Features for the name recogniser: the word, its shape and affixes, its neighbours, whether it stands where a
 * sentence starts (where capitals say nothing), and whether the name lists or the common-word list know it.
 * Training and tagging share this function, so the model file and the code can never disagree.
 */
export interface Lexicons {
  firstNames: ReadonlySet<string>;
  surnames: ReadonlySet<string>;
  commonWords: ReadonlySet<string>;
  properNouns: ReadonlySet<string>;
}

const SENTENCE_END = new Set(['.', '!', '?', ':', '"', '»', '«', '-', '–', '(', ')', '•', '*', '>']);

/** "Hansen" → "Xxx", "H.C." → "X.X.", "2024" → "dd": character classes, runs longer than two cut to two. */
export function shapeOf(word: string): string {
  let shape = '';
  let last = '';
  let run = 0;
  for (const ch of word) {
    const lower = ch.toLowerCase();
    const upper = ch.toUpperCase();
    const c = lower !== upper ? (ch === upper ? 'X' : 'x') : ch >= '0' && ch <= '9' ? 'd' : ch;
    run = c === last ? run + 1 : 1;
    last = c;
    if (run <= 2) shape += c;
  }
  return shape;
}

/**
 * Where the tagger need not look: outside a name, a token without letters, or a word without capitals in
 * ordinarily capitalised text that is not on the name lists. Names almost never look like that, and most words do, so skipping them is most of
 * the speed. Training skips the same tokens, so the model is fitted to what it will see.
 */
export function isPlainWord(v: TokenView, i: number, prevTag: string, lex: Lexicons): boolean {
  if (prevTag !== 'O') return false;
  // Punctuation and numbers do not start a name, however the text is written.
  if (!/[xX]/.test(v.shapes[i]!)) return true;
  if (v.style === 'L') return false;
  const w = v.words[i]!;
  if (w !== v.lower[i]) return false;
  return !lex.firstNames.has(w) && !lex.surnames.has(w);
}

export interface TokenView {
  words: string[];
  lower: string[];
  shapes: string[];
  /** True where a capital letter is expected anyway (first word, after a full stop, after a line break). */
  starts: boolean[];
  /** 'L' for text written all in lower case, where capitals cannot tell names apart; 'N' otherwise. */
  style: 'L' | 'N';
}

// Words recur; their shapes are computed once.
const shapeCache = new Map<string, string>();
function cachedShape(word: string): string {
  let shape = shapeCache.get(word);
  if (shape === undefined) {
    if (shapeCache.size >= 100_000) shapeCache.clear();
    shapeCache.set(word, (shape = shapeOf(word)));
  }
  return shape;
}

export function viewOf(words: string[], lineStarts?: boolean[]): TokenView {
  const lower = words.map((w) => w.toLowerCase());
  const shapes = words.map(cachedShape);
  const starts = words.map((_, i) => i === 0 || SENTENCE_END.has(words[i - 1]!) || (lineStarts?.[i] ?? false));
  const style = words.some((w) => /\p{Lu}/u.test(w)) ? 'N' : 'L';
  return { words, lower, shapes, starts, style };
}

// The sixteen possible lexicon tags, built once so tagging allocates no strings for them.
const LEXICON_TAGS = Array.from({ length: 16 }, (_, bits) => ['F', 'L', 'C', 'P'].filter((_, k) => bits & (1 << k)).join('') || '-');

function lexiconTag(lower: string, lex: Lexicons): string {
  const bits =
    (lex.firstNames.has(lower) ? 1 : 0) | (lex.surnames.has(lower) ? 2 : 0) | (lex.commonWords.has(lower) ? 4 : 0) | (lex.properNouns.has(lower) ? 8 : 0);
  return LEXICON_TAGS[bits]!;
}

/**
 * Receives features as the parts they are made of. Training joins them into strings; tagging hashes the parts
 * straight into a weight lookup, so the hot loop builds no strings. Both see the same features by construction.
 */
export interface FeatureSink {
  add(a: string, b?: string, c?: string, d?: string, e?: string, f?: string, g?: string, h?: string): void;
}

export class FeatureList implements FeatureSink {
  readonly features: string[] = [];
  add(a: string, b = '', c = '', d = '', e = '', f = '', g = '', h = ''): void {
    this.features.push(a + b + c + d + e + f + g + h);
  }
}

/** Features of the word itself (and the text's casing style): the same wherever the word occurs, so cacheable. */
export function wordFeatures(v: TokenView, i: number, lex: Lexicons, sink: FeatureSink): void {
  const w = v.words[i]!;
  const lw = v.lower[i]!;
  const shape = v.shapes[i]!;
  const cap = /^\p{Lu}/u.test(w) ? 'C' : 'l';
  const lexTag = lexiconTag(lw, lex);
  const genitiveStem = lw.endsWith('s') ? lexiconTag(lw.slice(0, -1), lex) : '-';
  sink.add('b');
  sink.add('w=', lw);
  sink.add('sh=', shape);
  sink.add('p3=', lw.slice(0, 3));
  sink.add('s2=', lw.slice(-2));
  sink.add('s3=', lw.slice(-3));
  sink.add('s4=', lw.slice(-4));
  sink.add('lex=', lexTag);
  sink.add('sh=', shape, '|', v.style);
  sink.add('gen=', genitiveStem, '|', cap);
  sink.add('len=', String(Math.min(w.length, 12)), '|', cap);
}

/** Features of the word in its place: sentence position and the neighbouring words. */
export function contextFeatures(v: TokenView, i: number, lex: Lexicons, sink: FeatureSink): void {
  const w = v.words[i]!;
  const lw = v.lower[i]!;
  const shape = v.shapes[i]!;
  const cap = /^\p{Lu}/u.test(w) ? 'C' : 'l';
  const position = v.starts[i] ? 'S' : 'M';
  const lexTag = lexiconTag(lw, lex);
  const last = v.words.length - 1;
  const prev = i > 0 ? v.lower[i - 1]! : '<s>';
  const next = i < last ? v.lower[i + 1]! : '</s>';
  const prevShape = i > 0 ? v.shapes[i - 1]! : '<s>';
  const nextShape = i < last ? v.shapes[i + 1]! : '</s>';
  const prevLex = i > 0 ? lexiconTag(prev, lex) : '<s>';
  const nextLex = i < last ? lexiconTag(next, lex) : '</s>';
  const prev2 = i > 1 ? v.lower[i - 2]! : '<s>';
  const next2 = i + 1 < last ? v.lower[i + 2]! : '</s>';
  sink.add('sh=', shape, '|', position);
  sink.add('lex=', lexTag, '|', cap, '|', position, '|', v.style);
  sink.add('pw=', prev);
  sink.add('nw=', next);
  sink.add('pw2=', prev2);
  sink.add('nw2=', next2);
  sink.add('psh=', prevShape, '|sh=', shape);
  sink.add('nsh=', nextShape, '|sh=', shape);
  sink.add('plex=', prevLex, '|lex=', lexTag);
  sink.add('nlex=', nextLex, '|lex=', lexTag);
  sink.add('pw=', prev, '|sh=', shape);
  sink.add('nw=', next, '|sh=', shape);
}

/** The features that look at the tags already chosen to the left. */
export function tagFeatures(prevTag: string, prev2Tag: string, v: TokenView, i: number, sink: FeatureSink): void {
  sink.add('pt=', prevTag);
  sink.add('pt2=', prev2Tag, '|pt=', prevTag);
  sink.add('pt=', prevTag, '|sh=', v.shapes[i]!);
  sink.add('pt=', prevTag, '|w=', v.lower[i]!);
}

/** Every feature of token i as strings, for training. */
export function allFeatures(v: TokenView, i: number, lex: Lexicons, prevTag: string, prev2Tag: string): string[] {
  const list = new FeatureList();
  wordFeatures(v, i, lex, list);
  contextFeatures(v, i, lex, list);
  tagFeatures(prevTag, prev2Tag, v, i, list);
  return list.features;
}
