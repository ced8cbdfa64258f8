/** ts_headline marks matches with these; the text itself never holds them (normaliseSpace drops them). */
export const MARK_START = '\u0002';
export const MARK_END = '\u0003';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Escapes the passage, then turns the markers into <mark>, so the snippet is safe to show as HTML. */
export function highlightToHtml(marked: string): string {
  return escapeHtml(marked).replaceAll(MARK_START, '<mark>').replaceAll(MARK_END, '</mark>');
}
