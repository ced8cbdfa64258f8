import { invalid } from '../../kernel/index.ts';

export interface ParsedTable {
  columns: string[];
  rows: Record<string, string>[];
}

export const MAX_DATASET_ROWS = 50_000;

/** CSV as Danish spreadsheets export it: ";" or "," separated (whichever the header uses), quoted fields, BOM. */
export function parseCsv(content: string): ParsedTable {
  const text = content.replace(/^\uFEFF/, '');
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) {
      record.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      if (record.some((f) => f.trim())) records.push(record);
      record = [];
      field = '';
    } else field += ch;
  }
  record.push(field);
  if (record.some((f) => f.trim())) records.push(record);
  const [header, ...body] = records;
  if (!header) throw invalid('Filen er tom.');
  const columns = uniqueColumns(header.map((h) => h.trim()));
  return { columns, rows: body.map((r) => Object.fromEntries(columns.map((c, i) => [c, (r[i] ?? '').trim()]))) };
}

export function parseJsonTable(content: string): ParsedTable {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch {
    throw invalid('Filen er ikke gyldig JSON.');
  }
  const list = Array.isArray(data) ? data : data && typeof data === 'object' ? Object.values(data).find(Array.isArray) : null;
  if (!list || !list.every((r) => r && typeof r === 'object' && !Array.isArray(r))) throw invalid('JSON skal være en liste af objekter.');
  const columns = uniqueColumns([...new Set(list.flatMap((r) => Object.keys(r as object)))]);
  const rows = list.map((r) => Object.fromEntries(columns.map((c) => [c, stringify((r as Record<string, unknown>)[c])])));
  return { columns, rows };
}

const stringify = (v: unknown): string => (v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));

function uniqueColumns(names: string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((n, i) => {
    const base = n || `kolonne ${i + 1}`;
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return count ? `${base} (${count + 1})` : base;
  });
}
