import { letterCount, words } from './words.ts';

export interface LixResult {
  lix: number;
  words: number;
  sentences: number;
  longWords: number;
}

// Periods that never close a sentence: the inner periods of dotted abbreviations ("bl.a.", "f.eks.", "m.v."),
// legal-reference abbreviations ("stk.", "nr.", "jf.") and a section number before its subsection ("§ 3. Stk. 2").
const NON_TERMINAL = /(?<!\p{L})(?:\p{L}{1,4}\.)+(?=\p{L}{1,4}\.)|(?<!\p{L})(?:stk|nr|jf|jfr|pkt|lbk|bek|litra)\.(?=\s)|§\s?\d+\s?[a-z]?\.(?=\s)/giu;
const TERMINATORS = /[.!?:;]+/g;
// A line that ends in a letter is a heading or a list item: a unit of its own for the reader.
const UNPUNCTUATED_LINE_END = /\p{L}[ \t]*\r?\n/gu;

/**
 * LIX = words per sentence + percentage of words with more than six letters (Björnsson).
 *
 * The sentence rule is chosen to agree with the published Danish calculators, so scores are comparable with
 * the values people know: they count colons, semicolons and the final period of ordinary abbreviations
 * ("ca.", "mio.", "1.") as sentence ends. Skipping those as well moves half of the 80 reference speeches by
 * more than one point, so only the periods above, which carry no sentence meaning in any reading, are skipped.
 * The reading-level analysers (long sentences, summaries) use the stricter splitter in sentences.ts.
 */
export function lix(text: string): LixResult {
  const all = words(text);
  const longWords = all.filter((w) => letterCount(w) > 6).length;
  const cleaned = text.replace(NON_TERMINAL, (m) => m.replaceAll('.', ' ')) + '\n';
  const sentenceEnds = (cleaned.match(TERMINATORS)?.length ?? 0) + (cleaned.match(UNPUNCTUATED_LINE_END)?.length ?? 0);
  const sentences = all.length > 0 ? Math.max(1, sentenceEnds) : 0;
  if (all.length === 0) return { lix: 0, words: 0, sentences: 0, longWords: 0 };
  const value = all.length / sentences + (longWords * 100) / all.length;
  return { lix: Math.round(value), words: all.length, sentences, longWords };
}

/** The reading level Danish guidance attaches to a LIX value. */
export function lixLevel(value: number): string {
  if (value < 25) return 'meget let (børnebøger)';
  if (value < 35) return 'let (skønlitteratur, ugeblade)';
  if (value < 45) return 'middel (aviser)';
  if (value < 55) return 'svær (saglitteratur, faglige tekster)';
  return 'meget svær (fagsprog, lovtekster)';
}
