import { extractText, getDocumentProxy } from 'unpdf';
import { type ParsedDocument, normaliseSpace } from './section.ts';

/** One section per page, cited "side N"; the title comes from the PDF's metadata when it has one. */
export async function parsePdf(bytes: Buffer, fallbackTitle: string, maxPages: number): Promise<ParsedDocument> {
  // Verbosity 0: pdf.js would otherwise print repair warnings about damaged files to the console.
  const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  try {
    if (pdf.numPages > maxPages) throw new PdfTooLong(pdf.numPages);
    const meta = await pdf.getMetadata().catch(() => null);
    const info = (meta?.info ?? {}) as { Title?: unknown };
    const title = typeof info.Title === 'string' && usefulTitle(info.Title) ? normaliseSpace(info.Title) : fallbackTitle;
    const { text } = await extractText(pdf, { mergePages: false });
    return {
      title,
      pages: pdf.numPages,
      sections: text.map((pageText, i) => ({ heading: '', locator: `side ${i + 1}`, page: i + 1, text: normaliseSpace(pageText) })).filter((s) => s.text),
    };
  } finally {
    await pdf.destroy();
  }
}

export class PdfTooLong extends Error {
  constructor(readonly pages: number) {
    super('pdf too long');
  }
}

// Office programs often write the temporary file name as the title; the file name given is better then.
const usefulTitle = (t: string) => t.trim().length > 1 && !/^(microsoft (word|powerpoint) - |untitled|unavngivet)|\.(docx?|pptx?|pdf)$/i.test(t.trim());
