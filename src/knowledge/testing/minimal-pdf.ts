/**
 * A real, valid PDF built by hand: one Helvetica text page per entry, WinAnsi-encoded so æ, ø, å and §
 * survive. Tests and the ingestion benchmark use it instead of shipping binary fixtures.
 */
export function minimalPdf(pages: string[][], opts: { title?: string } = {}): Buffer {
  const objects: string[] = [];
  const pageIds = pages.map((_, i) => 5 + i * 2);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  objects[4] = `<< /Producer (kommune-ai test) ${opts.title ? `/Title (${pdfString(opts.title)})` : ''} >>`;
  pages.forEach((lines, i) => {
    const content = `BT /F1 11 Tf 14 TL 50 800 Td ${lines.map((l) => `(${pdfString(l)}) Tj T*`).join(' ')} ET`;
    objects[pageIds[i]!] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageIds[i]! + 1} 0 R >>`;
    objects[pageIds[i]! + 1] = `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`;
  });
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = Buffer.byteLength(out, 'latin1');
    out += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) out += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length} /Root 1 0 R /Info 4 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

// Latin-1 bytes are WinAnsi for the Danish letters; other characters become "?".
const pdfString = (s: string) =>
  [...s]
    .map((ch) => (ch.charCodeAt(0) < 256 ? ch : '?'))
    .join('')
    .replace(/[\\()]/g, (c) => `\\${c}`);
