import { contextFeatures, type FeatureSink, isPlainWord, type Lexicons, tagFeatures, type TokenView, wordFeatures } from './ner-features.ts';

export interface TaggerWeights {
  tags: readonly string[];
  /** Weight rows keyed by featureHash of the feature string. */
  weights: ReadonlyMap<number, Float64Array>;
}

/** I-X may only continue B-X or I-X; the tagger never produces a span that starts inside. */
export const allowedAfter = (prev: string, tag: string): boolean => !tag.startsWith('I-') || prev.slice(2) === tag.slice(2);

// FNV-1a over UTF-16 code units: hashing the parts in turn equals hashing their concatenation. Kept to 30 bits
// so V8 holds the keys as small integers (a wider key is a heap number, allocated on every lookup).
const FNV_OFFSET = 0x811c9dc5;
const KEY_BITS = 0x3fffffff;
function mix(h: number, s: string): number {
  for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
  return h;
}
export const featureHash = (feature: string): number => mix(FNV_OFFSET, feature) & KEY_BITS;

/** Adds each feature's weights to `scores` as it arrives, without building the feature string. */
class ScoringSink implements FeatureSink {
  scores: Float64Array;
  constructor(private readonly weights: ReadonlyMap<number, Float64Array>, size: number) {
    this.scores = new Float64Array(size);
  }
  add(a: string, b?: string, c?: string, d?: string, e?: string, f?: string, g?: string, h?: string): void {
    let x = mix(FNV_OFFSET, a);
    if (b !== undefined) x = mix(x, b);
    if (c !== undefined) x = mix(x, c);
    if (d !== undefined) x = mix(x, d);
    if (e !== undefined) x = mix(x, e);
    if (f !== undefined) x = mix(x, f);
    if (g !== undefined) x = mix(x, g);
    if (h !== undefined) x = mix(x, h);
    const row = this.weights.get(x & KEY_BITS);
    if (!row) return;
    for (let t = 0; t < this.scores.length; t++) this.scores[t]! += row[t]!;
  }
}

// Per model, the summed weights of each word's own features: a word recurs, so most lookups become one.
const wordScoreCache = new WeakMap<ReadonlyMap<number, Float64Array>, Map<string, Float64Array>>();
const WORD_CACHE_LIMIT = 200_000;

function wordScores(model: TaggerWeights, view: TokenView, i: number, lex: Lexicons): Float64Array {
  let cache = wordScoreCache.get(model.weights);
  if (!cache) wordScoreCache.set(model.weights, (cache = new Map()));
  const key = `${view.style}${view.words[i]}`;
  let scores = cache.get(key);
  if (!scores) {
    if (cache.size >= WORD_CACHE_LIMIT) cache.clear();
    const sink = new ScoringSink(model.weights, model.tags.length);
    wordFeatures(view, i, lex, sink);
    scores = sink.scores;
    cache.set(key, scores);
  }
  return scores;
}

/** Left to right, best allowed tag at each token (greedy decoding: linear time, a handful of lookups a token). */
export function tagTokens(model: TaggerWeights, view: TokenView, lex: Lexicons): { tags: string[]; margins: number[] } {
  const tags: string[] = [];
  const margins: number[] = [];
  const sink = new ScoringSink(model.weights, model.tags.length);
  const scores = sink.scores;
  for (let i = 0; i < view.words.length; i++) {
    const prev = tags[i - 1] ?? '<s>';
    if (isPlainWord(view, i, prev === '<s>' ? 'O' : prev, lex)) {
      tags.push('O');
      margins.push(Infinity);
      continue;
    }
    scores.set(wordScores(model, view, i, lex));
    contextFeatures(view, i, lex, sink);
    tagFeatures(prev, tags[i - 2] ?? '<s>', view, i, sink);
    let best = -1;
    let second = -Infinity;
    for (let t = 0; t < scores.length; t++) {
      if (!allowedAfter(prev, model.tags[t]!)) continue;
      if (best < 0 || scores[t]! > scores[best]!) {
        if (best >= 0) second = Math.max(second, scores[best]!);
        best = t;
      } else second = Math.max(second, scores[t]!);
    }
    tags.push(model.tags[best]!);
    margins.push(scores[best]! - second);
  }
  return { tags, margins };
}
