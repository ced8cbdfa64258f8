const TEXT = /\.(txt|md|markdown|csv|html?)$/i;

export const TASK_FILE_TYPES = '.txt,.md,.markdown,.html,.htm,.csv,.docx,.pdf';

/**
 * The text of a file the user picked, read in the browser so nothing is sent before the preview. Word and
 * PDF readers are loaded only when such a file is chosen.
 */
export async function readTaskFile(file: File): Promise<string> {
  if (TEXT.test(file.name)) return file.text();
  if (/\.docx$/i.test(file.name)) {
    const { extractRawText } = await import('mammoth');
    return (await extractRawText({ arrayBuffer: await file.arrayBuffer() })).value;
  }
  if (/\.pdf$/i.test(file.name)) {
    const { extractText, getDocumentProxy } = await import('unpdf');
    const pdf = await getDocumentProxy(new Uint8Array(await file.arrayBuffer()));
    const { text } = await extractText(pdf, { mergePages: false });
    return (text as string[]).join('\n\n');
  }
  throw new Error('unsupported');
}
