import { readFileSync } from 'node:fs';

/** A sentence of a NER corpus: gold tokens and flat BIO tags over PER, LOC, ORG and MISC. */
export interface TaggedSentence {
  words: string[];
  tags: string[];
}

/**
 * DaN+ (token, outer tag, inner tag) and CoNLL (token, tag) files. Derived and part-of tags ("B-LOCderiv" for
 * "russiske") are not names of anything, so they become O.
 */
export function readTaggedSentences(path: string | URL): TaggedSentence[] {
  const sentences: TaggedSentence[] = [];
  let current: TaggedSentence = { words: [], tags: [] };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('#')) continue;
    const cols = line.trim() ? line.split('\t') : [];
    if (cols.length < 2) {
      if (current.words.length) sentences.push(current);
      current = { words: [], tags: [] };
      continue;
    }
    const tag = cols[1]!.trim();
    current.words.push(cols[0]!);
    current.tags.push(/^[BI]-(PER|LOC|ORG|MISC)$/.test(tag) ? tag : 'O');
  }
  if (current.words.length) sentences.push(current);
  return sentences;
}

export interface Span {
  type: string;
  start: number;
  end: number;
}

// A tag's entity type and its continuation tag ("B-PER" → "PER", "I-PER"), built once per tag: a text has many spans
// and few distinct tags.
const tagParts = new Map<string, { type: string; continuation: string }>();
function partsOf(tag: string): { type: string; continuation: string } {
  let parts = tagParts.get(tag);
  if (!parts) tagParts.set(tag, (parts = { type: tag.slice(2), continuation: `I-${tag.slice(2)}` }));
  return parts;
}

/** The entity spans of BIO tags; with `only`, just those of that type, as if the other tags were O. */
export function spansOf(tags: readonly string[], only?: string): Span[] {
  const spans: Span[] = [];
  let open: Span | undefined;
  let continuation = '';
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i]!;
    if (open && tag === continuation) {
      open.end = i + 1;
      continue;
    }
    if (open) spans.push(open);
    open = undefined;
    // Most tags are O: one comparison settles them.
    if (tag === 'O') continue;
    // An I- tag without its B- still starts a span.
    if (tag.startsWith('B-') || tag.startsWith('I-')) {
      const parts = partsOf(tag);
      if (only !== undefined && parts.type !== only) continue;
      open = { type: parts.type, start: i, end: i + 1 };
      continuation = parts.continuation;
    }
  }
  if (open) spans.push(open);
  return spans;
}

export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1 };
}

/** Exact-span precision, recall and F1 per entity type (CoNLL scoring). */
export function scoreSpans(gold: Span[][], predicted: Span[][], types: readonly string[]): Record<string, Prf> {
  const result: Record<string, Prf> = {};
  for (const type of types) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    gold.forEach((g, s) => {
      const key = (x: Span) => `${x.start}:${x.end}`;
      const gs = new Set(g.filter((x) => x.type === type).map(key));
      const ps = new Set(predicted[s]!.filter((x) => x.type === type).map(key));
      for (const k of ps) (gs.has(k) ? tp++ : fp++);
      for (const k of gs) if (!ps.has(k)) fn++;
    });
    result[type] = prf(tp, fp, fn);
  }
  return result;
}
