/** Saves text as a file through a temporary object URL. */
export function saveFile(name: string, data: Blob): void {
  const url = URL.createObjectURL(data);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function downloadText(name: string, text: string): void {
  saveFile(`${name}.txt`, new Blob([text], { type: 'text/plain;charset=utf-8' }));
}

/** A Word document with a heading, the AI label and the text; the docx library is fetched only when asked for. */
export async function downloadDocx(name: string, title: string, label: string | null, text: string): Promise<void> {
  const { Document, HeadingLevel, Packer, Paragraph, TextRun } = await import('docx');
  const paragraphs = [
    new Paragraph({ text: title, heading: HeadingLevel.HEADING_1 }),
    ...(label ? [new Paragraph({ children: [new TextRun({ text: label, italics: true })] })] : []),
    ...text.split(/\n/).map((line) => new Paragraph({ children: [new TextRun(line)] })),
  ];
  const doc = new Document({ creator: 'kommune-ai', title, sections: [{ children: paragraphs }] });
  saveFile(`${name}.docx`, await Packer.toBlob(doc));
}
