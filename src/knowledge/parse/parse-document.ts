import { extname, basename } from 'node:path';
import { AppError } from '../../kernel/index.ts';
import { parseDocx } from './parse-docx.ts';
import { parseHtml } from './parse-html.ts';
import { parseMarkdown } from './parse-markdown.ts';
import { PdfTooLong, parsePdf } from './parse-pdf.ts';
import { parseText } from './parse-text.ts';
import type { ParsedDocument } from './section.ts';

export const MEDIA_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html',
  markdown: 'text/markdown',
  text: 'text/plain',
} as const;
export type DocumentFormat = keyof typeof MEDIA_TYPES;

const BY_EXTENSION: Record<string, DocumentFormat> = {
  '.pdf': 'pdf',
  '.docx': 'docx',
  '.html': 'html',
  '.htm': 'html',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.txt': 'text',
  '.text': 'text',
};

export const SUPPORTED_EXTENSIONS = Object.keys(BY_EXTENSION);
export const MAX_DOCUMENT_BYTES = 25 * 1024 * 1024;
export const MAX_PDF_PAGES = 2000;

const unsupported = (ext: string) =>
  new AppError('unsupported_media_type', `Filtypen ${ext || '(uden endelse)'} understøttes ikke. Brug PDF, DOCX, HTML, Markdown (.md) eller tekst (.txt).`, { extension: ext.slice(0, 20) });
const malformed = (what: string) => new AppError('validation_failed', `Filen kunne ikke læses som ${what}. Den er måske beskadiget.`);

function formatOf(fileName: string): DocumentFormat {
  const ext = extname(fileName).toLowerCase();
  const format = BY_EXTENSION[ext];
  if (!format) throw unsupported(ext);
  return format;
}

/**
 * Bytes and a file name in, sections with locators out. Every way a file can be wrong ends in an
 * AppError with a Danish reason, never in a crash: the CLI lists it as skipped, the API answers 4xx.
 */
export async function parseDocument(bytes: Buffer, fileName: string): Promise<ParsedDocument & { format: DocumentFormat; mediaType: string }> {
  const format = formatOf(fileName);
  if (bytes.length === 0) throw new AppError('validation_failed', 'Filen er tom.');
  if (bytes.length > MAX_DOCUMENT_BYTES) {
    throw new AppError('payload_too_large', `Filen er for stor (højst ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB).`, { bytes: bytes.length });
  }
  const stem = basename(fileName, extname(fileName));
  const fallbackTitle = stem.replace(/[_]+/g, ' ').trim() || 'Uden titel';
  let parsed: ParsedDocument;
  switch (format) {
    case 'pdf':
      if (bytes.subarray(0, 1024).indexOf('%PDF-') === -1) throw malformed('PDF');
      try {
        parsed = await parsePdf(bytes, fallbackTitle, MAX_PDF_PAGES);
      } catch (err) {
        if (err instanceof PdfTooLong) throw new AppError('payload_too_large', `PDF'en har for mange sider (højst ${MAX_PDF_PAGES}).`, { pages: err.pages });
        throw malformed('PDF');
      }
      break;
    case 'docx':
      if (bytes.readUInt32BE(0) !== 0x504b0304) throw malformed('Word-dokument (DOCX)');
      try {
        parsed = await parseDocx(bytes, fallbackTitle);
      } catch {
        throw malformed('Word-dokument (DOCX)');
      }
      break;
    case 'html':
      parsed = parseHtml(decodeUtf8(bytes), fallbackTitle);
      break;
    case 'markdown':
      parsed = parseMarkdown(decodeUtf8(bytes), fallbackTitle, stem);
      break;
    case 'text':
      parsed = parseText(decodeUtf8(bytes), fallbackTitle);
      break;
  }
  if (parsed.sections.length === 0) {
    throw new AppError(
      'validation_failed',
      format === 'pdf' ? 'PDF\'en indeholder ingen tekst, der kan søges i (måske en scannet PDF uden tekstlag).' : 'Dokumentet indeholder ingen tekst, der kan søges i.',
    );
  }
  return { ...parsed, format, mediaType: MEDIA_TYPES[format] };
}

function decodeUtf8(bytes: Buffer): string {
  const text = (() => {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new AppError('validation_failed', 'Filen er ikke gyldig UTF-8-tekst. Gem den som UTF-8, og prøv igen.');
    }
  })();
  if (text.includes('\u0000')) throw new AppError('validation_failed', 'Filen ligner en binær fil, ikke tekst.');
  return text.replace(/^\uFEFF/, '');
}
