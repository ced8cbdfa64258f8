import * as features from './ner-features.ts';
import type { Lexicons, TokenView, WordForm } from './ner-features.ts';

export interface TaggerModel extends Lexicons {
  tags: readonly string[];
  /** Weight rows keyed by featureHash of the feature string. */
  weights: ReadonlyMap<number, Float64Array>;
}

// Bound once: tsx runs each module as CommonJS, where every use of an imported name is a getter call.
const { isPlainWord, LEXICON_TAGS, lexiconBits, placeFeatures, tagFeatures, wordFeatures } = features;

/** I-X may only continue B-X or I-X; the tagger never produces a span that starts inside. */
export const allowedAfter = (prev: string, tag: string): boolean => !tag.startsWith('I-') || prev.slice(2) === tag.slice(2);

// FNV-1a over UTF-16 code units: hashing the parts in turn equals hashing their concatenation, so no feature string
// is built. Kept to 30 bits so V8 holds the keys as small integers (a wider key is a heap number, allocated on every
// lookup).
const FNV_OFFSET = 0x811c9dc5;
const KEY_BITS = 0x3fffffff;
function mix(h: number, s: string): number {
  for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
  return h;
}
export const featureHash = (feature: string): number => mix(FNV_OFFSET, feature) & KEY_BITS;

/**
 * A row of summed weights, one per tag: its offset in the scorer's row store, or NO_ROW where no feature has a
 * weight. One store instead of an array per row keeps the rows the tagger reads close together in memory.
 */
type Row = number;
const NO_ROW = -1;

/** Sums the weights of features as they arrive. Used only when a word's cached share is first built. */
class ScoringSink implements features.FeatureSink {
  readonly scores: Float64Array;
  private found = false;
  constructor(private readonly scorer: Scorer) {
    this.scores = new Float64Array(scorer.size);
  }
  add(...parts: string[]): void {
    const row = this.scorer.model.weights.get(parts.reduce(mix, FNV_OFFSET) & KEY_BITS);
    if (!row) return;
    this.found = true;
    for (let t = 0; t < this.scores.length; t++) this.scores[t]! += row[t]!;
  }
  /** The sum, stored (NO_ROW when no feature had a weight, so the tagger skips the addition). */
  row(): Row {
    return this.found ? this.scorer.store(this.scores) : NO_ROW;
  }
}

/**
 * One word's share of the features, for one model, summed once and reused at every occurrence: its own features by
 * text style and sentence position, the tag features after it, and what it adds as a neighbour. The first two come
 * from the feature functions training uses; the neighbour features are spelled out here, because those that pair
 * two words depend on the other word only through its shape and lexicon tag, and are kept per shape and tag.
 */
class WordScoring {
  /** The lexicon tag; "<s>" and "</s>" for the sentence boundaries. */
  readonly lexTag: string;
  /** The other word's key in a neighbour's pair cache: shape and lexicon tag. */
  readonly pairKey: number;
  /** Whether the tagger may skip it after an O, in normally written and in lower-case text. */
  readonly plainInNormalText: boolean;
  readonly plainInLowerCaseText: boolean;
  readonly asPrev2: Row;
  readonly asNext2: Row;
  /** Own features by style × position (normal/middle, normal/start, lower/middle, lower/start). */
  private readonly own: (Row | undefined)[] = [];
  /** The features of the two previous tags and of the previous tag with this word, by the two tags. */
  private readonly afterTags: (Row | undefined)[] = [];
  private readonly beforeWords = new Map<number, Row>();
  private readonly afterWords = new Map<number, Row>();

  /** `boundary` ("<s>" or "</s>") for the sentence start and end, which stand in for a missing neighbour. */
  constructor(
    readonly scorer: Scorer,
    readonly form: Pick<WordForm, 'word' | 'lower' | 'shape'>,
    boundary?: string,
  ) {
    const lexicons = scorer.model;
    const bits = lexiconBits(form.lower, lexicons);
    this.lexTag = boundary ?? LEXICON_TAGS[bits]!;
    this.pairKey = scorer.shapeId(form.shape) * 16 + bits;
    this.plainInNormalText = isPlainWord(this.alone('N', false), 0, 'O', lexicons);
    this.plainInLowerCaseText = isPlainWord(this.alone('L', false), 0, 'O', lexicons);
    this.asPrev2 = scorer.row('pw2=', form.lower);
    this.asNext2 = scorer.row('nw2=', form.lower);
  }

  /** The word as a text of its own, for the feature functions that take a view. */
  private alone(style: 'L' | 'N', sentenceStart: boolean): TokenView {
    return { words: [this.form.word], lower: [this.form.lower], shapes: [this.form.shape], starts: [sentenceStart], style, forms: [] };
  }

  ownScores(lowerCaseText: boolean, sentenceStart: boolean): Row {
    const slot = (lowerCaseText ? 2 : 0) + (sentenceStart ? 1 : 0);
    let row = this.own[slot];
    if (row === undefined) {
      const alone = this.alone(lowerCaseText ? 'L' : 'N', sentenceStart);
      const sink = this.scorer.sink();
      wordFeatures(alone, 0, this.scorer.model, sink);
      placeFeatures(alone, 0, this.scorer.model, sink);
      // Always a row, even of zeros: the tagger starts each token's scores from it.
      this.own[slot] = row = this.scorer.store(sink.scores);
    }
    return row;
  }

  afterTagsScores(prev2Tag: number, prevTag: number): Row {
    const slot = prev2Tag * (this.scorer.size + 1) + prevTag;
    let row = this.afterTags[slot];
    if (row === undefined) {
      const sink = this.scorer.sink();
      tagFeatures(this.scorer.tagName(prevTag), this.scorer.tagName(prev2Tag), this.alone('N', false), 0, sink);
      this.afterTags[slot] = row = sink.row();
    }
    return row;
  }

  /** What this word adds as the word right before `word`. */
  beforeScores(word: WordScoring): Row {
    let row = this.beforeWords.get(word.pairKey);
    if (row === undefined) {
      const sink = this.scorer.sink();
      sink.add('pw=', this.form.lower);
      sink.add('psh=', this.form.shape, '|sh=', word.form.shape);
      sink.add('plex=', this.lexTag, '|lex=', word.lexTag);
      sink.add('pw=', this.form.lower, '|sh=', word.form.shape);
      this.beforeWords.set(word.pairKey, (row = sink.row()));
    }
    return row;
  }

  /** What this word adds as the word right after `word`. */
  afterScores(word: WordScoring): Row {
    let row = this.afterWords.get(word.pairKey);
    if (row === undefined) {
      const sink = this.scorer.sink();
      sink.add('nw=', this.form.lower);
      sink.add('nsh=', this.form.shape, '|sh=', word.form.shape);
      sink.add('nlex=', this.lexTag, '|lex=', word.lexTag);
      sink.add('nw=', this.form.lower, '|sh=', word.form.shape);
      this.afterWords.set(word.pairKey, (row = sink.row()));
    }
    return row;
  }
}

/** A model's weights arranged for tagging: the sentence boundaries and each word's cached share. */
class Scorer {
  readonly size: number;
  /** The index of the sentence start as a previous tag ("<s>"), after the model's own tags. */
  readonly startTag: number;
  readonly outside: number;
  readonly start: WordScoring;
  readonly end: WordScoring;
  /** Whether a tag may follow a previous tag (or the sentence start), by their indices. */
  readonly allowed: boolean[][];
  /** The row store; it grows, so read it after anything that may add a row. */
  rows = new Float64Array(1 << 16);
  private used = 0;
  private readonly shapeIds = new Map<string, number>();

  constructor(readonly model: TaggerModel) {
    this.size = model.tags.length;
    this.startTag = this.size;
    this.outside = model.tags.indexOf('O');
    this.start = new WordScoring(this, { word: '<s>', lower: '<s>', shape: '<s>' }, '<s>');
    this.end = new WordScoring(this, { word: '</s>', lower: '</s>', shape: '</s>' }, '</s>');
    this.allowed = [...model.tags, '<s>'].map((prev) => model.tags.map((tag) => allowedAfter(prev, tag)));
  }

  tagName(index: number): string {
    return index === this.startTag ? '<s>' : this.model.tags[index]!;
  }

  shapeId(shape: string): number {
    let id = this.shapeIds.get(shape);
    if (id === undefined) this.shapeIds.set(shape, (id = this.shapeIds.size));
    return id;
  }

  sink(): ScoringSink {
    return new ScoringSink(this);
  }

  /** The row of one feature, NO_ROW when it has no weight. */
  row(...parts: string[]): Row {
    const weights = this.model.weights.get(parts.reduce(mix, FNV_OFFSET) & KEY_BITS);
    return weights ? this.store(weights) : NO_ROW;
  }

  store(values: Float64Array): Row {
    if (this.used + this.size > this.rows.length) {
      const grown = new Float64Array(this.rows.length * 2);
      grown.set(this.rows);
      this.rows = grown;
    }
    this.rows.set(values, this.used);
    this.used += this.size;
    return this.used - this.size;
  }

  /** The cache has grown past its bound; a fresh scorer starts the caches again. */
  get full(): boolean {
    return this.used > ROW_STORE_LIMIT;
  }

  scoringOf(form: WordForm): WordScoring {
    // One model in practice: the form keeps its scoring, and another model's replaces it.
    const cached = form.scoring;
    if (cached instanceof WordScoring && cached.scorer === this) return cached;
    const scoring = new WordScoring(this, form);
    form.scoring = scoring;
    return scoring;
  }
}

// About 30 MB of cached rows, some hundred thousand distinct words.
const ROW_STORE_LIMIT = 1 << 22;
const scorers = new WeakMap<TaggerModel, Scorer>();

/**
 * The tagger's working arrays, kept between texts: allocating three arrays the length of a long text for every call
 * cost a tenth of the tagging. Nothing in them outlives a call, and a call runs to its end before another starts.
 */
let work = { words: new Array<WordScoring>(0), plain: new Uint8Array(0), tagIndex: new Int32Array(0) };
function workspace(n: number): typeof work {
  if (work.plain.length < n) {
    const size = Math.max(n, 2 * work.plain.length);
    work = { words: new Array<WordScoring>(size), plain: new Uint8Array(size), tagIndex: new Int32Array(size) };
  }
  return work;
}

/** What the tagger reads of a text: each token's form, whether a sentence starts there (true or 1), and the text's style. */
export type TaggerInput = Pick<TokenView, 'forms' | 'style'> & { starts: ArrayLike<boolean | number> };

/** Left to right, best allowed tag at each token (greedy decoding: linear time, a handful of lookups a token). */
export function tagTokens(model: TaggerModel, view: TaggerInput): { tags: string[]; margins: Float64Array } {
  let scorer = scorers.get(model);
  if (!scorer || scorer.full) scorers.set(model, (scorer = new Scorer(model)));
  const n = view.forms.length;
  const lowerCaseText = view.style === 'L';
  const { words, plain, tagIndex } = workspace(n);
  // Whether each word may be skipped after an O, read here once so the loop below touches fewer objects.
  for (let i = 0; i < n; i++) {
    const word = (words[i] = scorer.scoringOf(view.forms[i]!));
    plain[i] = Number(lowerCaseText ? word.plainInLowerCaseText : word.plainInNormalText);
  }
  const tags = new Array<string>(n);
  const margins = new Float64Array(n);
  const size = scorer.size;
  for (let i = 0; i < n; i++) {
    const prevTag = i > 0 ? tagIndex[i - 1]! : scorer.startTag;
    if ((i === 0 || prevTag === scorer.outside) && plain[i]) {
      tagIndex[i] = scorer.outside;
      tags[i] = 'O';
      margins[i] = Infinity;
      continue;
    }
    const word = words[i]!;
    const prev = i > 0 ? words[i - 1]! : scorer.start;
    const prev2 = i > 1 ? words[i - 2]! : scorer.start;
    const next = i + 1 < n ? words[i + 1]! : scorer.end;
    const next2 = i + 2 < n ? words[i + 2]! : scorer.end;
    const prev2Tag = i > 1 ? tagIndex[i - 2]! : scorer.startTag;
    const own = word.ownScores(lowerCaseText, Boolean(view.starts[i]));
    const before = prev.beforeScores(word);
    const after = next.afterScores(word);
    const afterTags = word.afterTagsScores(prev2Tag, prevTag);
    const rows = scorer.rows;
    const rowA = prev2.asPrev2;
    const rowB = next2.asNext2;
    const allowedHere = scorer.allowed[prevTag]!;
    // One pass sums each tag's six rows, always in this order (ner-tagger.test.ts holds the sums to those of the
    // feature strings training uses), and keeps the best and second best: the sums stay in registers instead of
    // going through memory six times.
    let best = -1;
    let bestScore = 0;
    let second = -Infinity;
    for (let t = 0; t < size; t++) {
      let v = rows[own + t]!;
      if (before !== NO_ROW) v += rows[before + t]!;
      if (after !== NO_ROW) v += rows[after + t]!;
      if (rowA !== NO_ROW) v += rows[rowA + t]!;
      if (rowB !== NO_ROW) v += rows[rowB + t]!;
      if (afterTags !== NO_ROW) v += rows[afterTags + t]!;
      if (!allowedHere[t]) continue;
      if (best < 0 || v > bestScore) {
        if (best >= 0) second = Math.max(second, bestScore);
        best = t;
        bestScore = v;
      } else second = Math.max(second, v);
    }
    tagIndex[i] = best;
    tags[i] = model.tags[best]!;
    margins[i] = bestScore - second;
  }
  return { tags, margins };
}
