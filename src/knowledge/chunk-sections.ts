import type { Section } from './parse/section.ts';

/** A searchable passage: small enough to quote, large enough to answer a question. */
export interface Chunk extends Section {
  ord: number;
}

const MAX_WORDS = 320;
const TARGET_WORDS = 220;
// Text without spaces (tables flattened by a PDF, base64 pasted into a document) is cut by length.
const MAX_CHARS = 4000;

export const wordCount = (s: string): number => (s.match(/\S+/g) ?? []).length;

/**
 * Sections are the unit of citation, so a chunk never spans two of them. A long section is cut at
 * paragraph ends, then at sentence ends, and every piece keeps the section's locator.
 */
export function chunkSections(sections: Section[]): Chunk[] {
  const chunks: Chunk[] = [];
  for (const section of sections) {
    for (const text of split(section.text)) chunks.push({ ...section, text, ord: chunks.length });
  }
  return chunks;
}

function split(text: string): string[] {
  return splitWords(text).flatMap((piece) => (piece.length <= MAX_CHARS ? [piece] : (piece.match(new RegExp(`[^]{1,${MAX_CHARS}}`, 'g')) ?? [])));
}

function splitWords(text: string): string[] {
  if (wordCount(text) <= MAX_WORDS) return [text];
  const units = text
    .split(/\n\s*\n/)
    .flatMap((p) => (wordCount(p) <= TARGET_WORDS ? [p] : sentences(p)))
    .flatMap((s) => (wordCount(s) <= MAX_WORDS ? [s] : hardSplit(s)));
  const out: string[] = [];
  let current: string[] = [];
  let words = 0;
  for (const unit of units) {
    const w = wordCount(unit);
    if (current.length && words + w > TARGET_WORDS) {
      out.push(current.join(' '));
      current = [];
      words = 0;
    }
    current.push(unit);
    words += w;
  }
  if (current.length) out.push(current.join(' '));
  return out;
}

// A sentence ends at . ! ? followed by a capital letter, but not after the abbreviations of legal text.
const sentences = (p: string): string[] =>
  p.split(/(?<!\b(?:[Nn]r|[Ss]tk|[Jj]f|[Pp]kt|bl\.a|m\.v|f\.eks|ca|kap|lit|art|mv|dvs|evt|inkl|ekskl|vedr|p\.t|o\.l|m\.m)\.)(?<![Ss]tk\.\s\d{1,3}\s?[a-z]?\.)(?<!§§?\s?\d{1,4}\s?[a-z]?\.)(?<=[.!?])\s+(?=[A-ZÆØÅ§])/);

function hardSplit(s: string): string[] {
  const words = s.split(/\s+/);
  const out: string[] = [];
  for (let i = 0; i < words.length; i += TARGET_WORDS) out.push(words.slice(i, i + TARGET_WORDS).join(' '));
  return out;
}
