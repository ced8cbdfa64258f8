import { sentenceSpans } from './sentences.ts';
import { stem } from './stem.ts';
import { STOPWORDS } from './stopwords.ts';
import { words } from './words.ts';

export interface SummarySentence {
  /** Position of the sentence in the source text (0-based). */
  index: number;
  text: string;
  score: number;
}

export interface Summary {
  sentences: SummarySentence[];
  summary: string;
  sourceSentences: number;
  sourceWords: number;
  summaryWords: number;
}

export interface SummaryOptions {
  /** Share of the source's words to aim for; the result never exceeds maxSentences. */
  ratio?: number;
  maxSentences?: number;
}

const contentStems = (sentence: string): string[] =>
  words(sentence)
    .map((w) => w.toLowerCase())
    .filter((w) => w.length > 2 && !STOPWORDS.has(w))
    .map(stem);

// Sentences that only announce or close ("Med venlig hilsen", "Se bilag 2") carry no content of their own.
const BOILERPLATE = /^(med venlig hilsen|venlig hilsen|kære|hej|se bilag|bilag \d|side \d)/i;

/**
 * Extractive summary: each sentence is scored by how central its stems are to the whole text (the document's
 * stem frequencies, dampened so long sentences do not win by size), with a small lead bonus for the opening of
 * each paragraph, where Danish case texts put their point. Near-duplicates are dropped and the chosen sentences
 * keep their original order, so the summary reads as the author wrote it.
 */
export function summarise(text: string, opts: SummaryOptions = {}): Summary {
  const ratio = opts.ratio ?? 0.25;
  const maxSentences = opts.maxSentences ?? 7;
  const spans = sentenceSpans(text).filter((s) => words(s.text).length >= 3 && !BOILERPLATE.test(s.text));
  const stemsPerSentence = spans.map((s) => contentStems(s.text));
  const frequency = new Map<string, number>();
  for (const stems of stemsPerSentence) for (const s of new Set(stems)) frequency.set(s, (frequency.get(s) ?? 0) + 1);
  const paragraphStarts = new Set<number>();
  spans.forEach((s, i) => {
    const gap = i === 0 ? '\n\n' : text.slice(spans[i - 1]!.end, s.start);
    if (/\n\s*\n/.test(gap) || i === 0) paragraphStarts.add(i);
  });

  // A stem in most sentences ("Aarhus", "kommune") marks the genre, not the point: its weight stops growing.
  const commonCap = Math.log(Math.max(2, spans.length * 0.25) + 0.5);
  const scored = spans.map((s, i) => {
    const stems = stemsPerSentence[i]!;
    const unique = [...new Set(stems)];
    // Terms found in one sentence only say nothing about the whole; weight by how many sentences share them.
    const centrality = unique.reduce((sum, st) => sum + Math.min(Math.log((frequency.get(st) ?? 1) + 0.5), commonCap), 0);
    const lengthNorm = Math.sqrt(Math.max(stems.length, 4));
    const lead = paragraphStarts.has(i) ? 1.15 : 1;
    const first = i === 0 ? 1.1 : 1;
    // List items and headings (no closing punctuation) repeat their list's words; prose says more.
    const fragment = /[.!?:]["”’»)]?$/.test(s.text) ? 1 : 0.4;
    return { index: i, text: s.text, score: (centrality / lengthNorm) * lead * first * fragment, stems: new Set(unique) };
  });

  const sourceWords = words(text).length;
  const targetWords = Math.max(15, Math.round(sourceWords * ratio));
  const chosen: typeof scored = [];
  let chosenWords = 0;
  for (const candidate of [...scored].sort((a, b) => b.score - a.score)) {
    if (chosen.length >= maxSentences || chosenWords >= targetWords) break;
    const duplicate = chosen.some((c) => jaccard(c.stems, candidate.stems) > 0.6);
    if (duplicate) continue;
    chosen.push(candidate);
    chosenWords += words(candidate.text).length;
  }
  chosen.sort((a, b) => a.index - b.index);
  const sentences = chosen.map(({ index, text: t, score }) => ({ index, text: t, score: Math.round(score * 1000) / 1000 }));
  return {
    sentences,
    summary: sentences.map((s) => s.text).join(' '),
    sourceSentences: spans.length,
    sourceWords,
    summaryWords: chosenWords,
  };
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}
