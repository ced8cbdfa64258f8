import mammoth from 'mammoth';
import { parseHtml } from './parse-html.ts';
import type { ParsedDocument } from './section.ts';

/** Word's heading styles become HTML headings, so a DOCX is cited by its headings like any web page. */
export async function parseDocx(bytes: Buffer, fallbackTitle: string): Promise<ParsedDocument> {
  const { value } = await mammoth.convertToHtml({ buffer: bytes });
  return parseHtml(value, fallbackTitle);
}
