/**
 * A word is a run of letters, joined across inner hyphens and apostrophes ("EU-borger", "Folketing'et"),
 * the same unit the published Danish LIX calculators count. Numbers are not words.
 */
const WORD = /\p{L}+(?:['’\-]\p{L}+)*/gu;

export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** LIX counts letters only: "EU-borgerne" is 10 letters, not 11 characters. */
export function letterCount(word: string): number {
  return (word.match(/\p{L}/gu) ?? []).length;
}
