import { parseLaw } from './parse-law.ts';
import { type ParsedDocument, type Section, normaliseSpace } from './section.ts';

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;

/**
 * Sections follow the headings; the locator is the heading path. A law text (headings "§ N") is handed
 * to the law parser, which splits per § and stk.
 */
export function parseMarkdown(markdown: string, fallbackTitle: string, fileStem?: string): ParsedDocument {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  if (isLawLayout(lines)) return parseLaw(lines, fallbackTitle, fileStem);
  // One H1 is the document's title; several H1s are its top-level sections (common in converted DOCX).
  const singleTitle = lines.filter((l) => /^#\s/.test(l)).length === 1;
  let title: string | null = null;
  const path: string[] = [];
  const sections: Section[] = [];
  let buffer: string[] = [];
  let inFence = false;
  const flush = () => {
    const text = buffer
      .join('\n')
      .split(/\n\s*\n/)
      .map((p) => normaliseSpace(stripInline(p)))
      .filter(Boolean)
      .join('\n\n');
    buffer = [];
    if (!text) return;
    const heading = path.filter(Boolean).join(' › ');
    sections.push({ heading, locator: heading || 'indledning', page: null, text });
  };
  for (const line of lines) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    const m = inFence ? null : HEADING.exec(line);
    if (!m) {
      buffer.push(line);
      continue;
    }
    flush();
    const level = m[1]!.length;
    const text = normaliseSpace(stripInline(m[2]!));
    if (level === 1 && singleTitle && title === null) {
      title = text;
      continue;
    }
    // Under a single H1 title, H2 is the top level and path[0] stays empty.
    path.length = level - 1;
    path[level - 1] = text;
  }
  flush();
  return { title: title || fallbackTitle, pages: null, sections };
}

/** A law text's headings are (nearly) all chapters and paragraphs; a guideline that has one "§ 19" heading is not one. */
function isLawLayout(lines: string[]): boolean {
  const headings = lines.filter((l) => /^#{2,6}\s/.test(l));
  const paragraphs = headings.filter((l) => /^#{2,6}\s+§+\s*\d/.test(l)).length;
  const structural = headings.filter((l) => /^#{2,6}\s+(§|kapitel\b|afsnit\b|del\b)/i.test(l)).length;
  return paragraphs > 0 && structural >= 0.9 * headings.length;
}

/** Markdown markup that would otherwise be indexed as words or shown in snippets. */
export function stripInline(s: string): string {
  return s
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, ' ')
    .replace(/(\*\*|__|\*|_|`)(\S(?:.*?\S)?)\1/g, '$2')
    .replace(/^\s{0,3}(?:[-*+]|\d+[.)])\s+/gm, '')
    .replace(/^\s{0,3}>\s?/gm, '')
    .replace(/^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*$/gm, '')
    .replace(/\|/g, ' ');
}
