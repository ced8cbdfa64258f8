import { parseMarkdown } from './parse-markdown.ts';
import type { ParsedDocument } from './section.ts';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', shy: '', aelig: 'æ', AElig: 'Æ', oslash: 'ø', Oslash: 'Ø', aring: 'å', Aring: 'Å', sect: '§', ndash: '–', mdash: '—', hellip: '…', laquo: '«', raquo: '»' };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : ' ';
    }
    return ENTITIES[e] ?? whole;
  });
}

/**
 * HTML (uploaded pages and converted DOCX) becomes Markdown-shaped text: headings stay headings, blocks
 * become paragraphs, everything else is dropped. Headings then drive the sections as for Markdown.
 */
export function parseHtml(html: string, fallbackTitle: string): ParsedDocument {
  const titleTag = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html);
  let s = html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style|noscript|template|svg|head|nav|footer)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1\s*>/gi, (_m, level: string, inner: string) => `\n\n${'#'.repeat(Number(level))} ${inner.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim()}\n\n`)
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/?(p|div|section|article|main|li|ul|ol|tr|table|blockquote|pre|dd|dt|dl|figure|figcaption|header)\b[^>]*>/gi, '\n\n')
    .replace(/<\/?(td|th)\b[^>]*>/gi, ' ')
    .replace(/<[^>]+>/g, '');
  s = decodeEntities(s);
  const fallback = titleTag ? decodeEntities(titleTag[1]!.replace(/\s+/g, ' ').trim()) || fallbackTitle : fallbackTitle;
  // Text that merely looks like Markdown markup ("# 1" in a table) must not become a heading.
  const lines = s.split('\n').map((l) => (/^#{1,6} /.test(l) ? l : l.replace(/^\s*#+/, '')));
  return parseMarkdown(lines.join('\n'), fallback);
}
