// "§ 19, stk. 2", "§ 9 a", "§§ 21-25": a paragraph number with an optional letter and stk.
const PARAGRAPH_REF = /§§?\s*(\d{1,4})(?:\s?([a-z]))?\b(?:\s*,?\s*stk\.?\s*(\d{1,3}))?/gi;

/**
 * Index words for the paragraph references in a locator or a query ("paragraf19", "paragraf19stk2").
 * Numbers alone are too common to find "§ 19, stk. 2"; these words are rare, so the cited passage wins.
 */
export function citationTerms(text: string): string {
  const terms = new Set<string>();
  for (const m of text.matchAll(PARAGRAPH_REF)) {
    const base = `paragraf${m[1]}${(m[2] ?? '').toLowerCase()}`;
    terms.add(base);
    if (m[3]) terms.add(`${base}stk${m[3]}`);
  }
  return [...terms].join(' ');
}
