/**
 * Features for the name recogniser: the word, its shape and affixes, its neighbours, whether it stands where a
 * sentence starts (where capitals say nothing), and whether the name lists or the common-word list know it.
 * Training builds the feature strings here; the tagger sums the same features from caches it keeps per word
 * (ner-tagger.ts), and ner-tagger.test.ts holds the two equal.
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
  /** The spelling facts of each word, shared by every occurrence of it; the tagger keeps its cached scores here. */
  forms: WordForm[];
}

/** What a word's spelling alone says. Words recur, so each distinct word is looked at once. */
export interface WordForm {
  word: string;
  lower: string;
  shape: string;
  /** Has a capital anywhere: one such word makes the text normally written. */
  hasCapital: boolean;
  /** A capital is expected after it. */
  endsSentence: boolean;
  /** Holds a character that is no letter or digit ("Hans-Christian", "H.C."), so a word may start inside it. */
  hasInnerBreak: boolean;
  /** The tagger's per-model cache for this word (see ner-tagger.ts). */
  scoring?: unknown;
  /** The flags the word raises, one bit per flag, once the flag scan has read it (see flags.ts). */
  flagBits?: number;
  /** What the name rules read of the word (cue roles, genitive shape, the @ of a handle), once read (see names.ts). */
  nameCues?: number;
}

const formCache = new Map<string, WordForm>();
const FORM_CACHE_LIMIT = 100_000;

/** The spelling facts of a word, shared by its every occurrence. */
export function formOf(word: string): WordForm {
  let form = formCache.get(word);
  if (form === undefined) {
    if (formCache.size >= FORM_CACHE_LIMIT) formCache.clear();
    form = {
      word,
      lower: word.toLowerCase(),
      shape: shapeOf(word),
      hasCapital: /\p{Lu}/u.test(word),
      endsSentence: SENTENCE_END.has(word),
      hasInnerBreak: /[^\p{L}\p{N}]/u.test(word),
    };
    formCache.set(word, form);
  }
  return form;
}

export function viewOf(words: string[], lineStarts?: boolean[]): TokenView {
  const n = words.length;
  const forms = new Array<WordForm>(n);
  const lower = new Array<string>(n);
  const shapes = new Array<string>(n);
  const starts = new Array<boolean>(n);
  let capitals = false;
  for (let i = 0; i < n; i++) {
    const form = (forms[i] = formOf(words[i]!));
    lower[i] = form.lower;
    shapes[i] = form.shape;
    starts[i] = i === 0 || forms[i - 1]!.endsSentence || (lineStarts?.[i] ?? false);
    capitals ||= form.hasCapital;
  }
  return { words, lower, shapes, starts, style: capitals ? 'N' : 'L', forms };
}

// The sixteen possible lexicon tags, built once so tagging allocates no strings for them.
export const LEXICON_TAGS = Array.from({ length: 16 }, (_, bits) => ['F', 'L', 'C', 'P'].filter((_, k) => bits & (1 << k)).join('') || '-');

/** Which lists know the word, as bits: first name 1, surname 2, common word 4, proper noun 8. */
export const lexiconBits = (lower: string, lex: Lexicons): number =>
  (lex.firstNames.has(lower) ? 1 : 0) | (lex.surnames.has(lower) ? 2 : 0) | (lex.commonWords.has(lower) ? 4 : 0) | (lex.properNouns.has(lower) ? 8 : 0);

const lexiconTag = (lower: string, lex: Lexicons): string => LEXICON_TAGS[lexiconBits(lower, lex)]!;

/**
 * Receives features as the parts they are made of. Training joins them into strings; the tagger hashes the parts
 * straight into a weight lookup when it first meets a word, and builds no strings.
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

/** Features of the word itself (and the text's casing style): the same wherever the word occurs. */
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

/** Features of the word where it stands: at a sentence start or not (capitals say little there). */
export function placeFeatures(v: TokenView, i: number, lex: Lexicons, sink: FeatureSink): void {
  const cap = /^\p{Lu}/u.test(v.words[i]!) ? 'C' : 'l';
  const position = v.starts[i] ? 'S' : 'M';
  sink.add('sh=', v.shapes[i]!, '|', position);
  sink.add('lex=', lexiconTag(v.lower[i]!, lex), '|', cap, '|', position, '|', v.style);
}

/**
 * Features of the word with its neighbours. The tagger builds the same keys from parts it caches per word
 * (ner-tagger.ts); ner-tagger.test.ts holds the two equal.
 */
export function neighbourFeatures(v: TokenView, i: number, lex: Lexicons, sink: FeatureSink): void {
  const lw = v.lower[i]!;
  const shape = v.shapes[i]!;
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
  placeFeatures(v, i, lex, list);
  neighbourFeatures(v, i, lex, list);
  tagFeatures(prevTag, prev2Tag, v, i, list);
  return list.features;
}
