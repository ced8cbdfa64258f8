import { type ParsedDocument, type Section, normaliseSpace } from './section.ts';
import { wordCount } from '../chunk-sections.ts';

const TARGET_WORDS = 200;

/** Plain text has no structure beyond paragraphs: neighbours are packed together and cited by number. */
export function parseText(text: string, fallbackTitle: string): ParsedDocument {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map(normaliseSpace)
    .filter(Boolean);
  const sections: Section[] = [];
  let first = 0;
  let group: string[] = [];
  let words = 0;
  const flush = (last: number) => {
    if (!group.length) return;
    const locator = first === last ? `afsnit ${first + 1}` : `afsnit ${first + 1}-${last + 1}`;
    sections.push({ heading: '', locator, page: null, text: group.join('\n\n') });
    group = [];
    words = 0;
  };
  paragraphs.forEach((p, i) => {
    const w = wordCount(p);
    if (group.length && words + w > TARGET_WORDS) flush(i - 1);
    if (!group.length) first = i;
    group.push(p);
    words += w;
  });
  flush(paragraphs.length - 1);
  return { title: fallbackTitle, pages: null, sections };
}
