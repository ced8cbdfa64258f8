import { z } from 'zod';
import { stem } from '../analysers/stem.ts';
import { STOPWORDS } from '../analysers/stopwords.ts';
import { words } from '../analysers/words.ts';
import type { DatasetSummary } from '../task-definition.ts';

export const FilterOp = z.enum(['=', '!=', '>', '>=', '<', '<=', 'indeholder']);
export const Filter = z.object({ column: z.string(), op: FilterOp, value: z.string() });
export type Filter = z.infer<typeof Filter>;

const number = (s: string) => {
  const n = Number(s.replace(/\s/g, '').replace(/\.(?=\d{3}(?:\D|$))/g, '').replace(',', '.'));
  return Number.isFinite(n) && /\d/.test(s) ? n : null;
};

export function matches(row: Record<string, string>, f: Filter): boolean {
  const cell = row[f.column] ?? '';
  const a = number(cell);
  const b = number(f.value);
  switch (f.op) {
    case '=':
      return a !== null && b !== null ? a === b : cell.toLowerCase() === f.value.toLowerCase();
    case '!=':
      return a !== null && b !== null ? a !== b : cell.toLowerCase() !== f.value.toLowerCase();
    case 'indeholder':
      return cell.toLowerCase().includes(f.value.toLowerCase());
    default:
      if (a === null || b === null) return false;
      return f.op === '>' ? a > b : f.op === '>=' ? a >= b : f.op === '<' ? a < b : a <= b;
  }
}

const stems = (s: string) => new Set(words(s).map((w) => w.toLowerCase()).filter((w) => w.length > 1 && !STOPWORDS.has(w)).map(stem));

/** The dataset whose name, description and column names share most words with the question. */
export function pickDataset(question: string, datasets: DatasetSummary[]): DatasetSummary | null {
  const q = stems(question);
  let best: { d: DatasetSummary; score: number } | null = null;
  for (const d of datasets) {
    const s = stems(`${d.name} ${d.description} ${d.columns.join(' ')}`);
    const score = [...q].filter((x) => s.has(x)).length;
    if (!best || score > best.score) best = { d, score };
  }
  return best && best.score > 0 ? best.d : datasets.length === 1 ? datasets[0]! : null;
}

/**
 * Filters written in the question: "postnummer = 2000", "pris under 500", "by: Aarhus". Column names are
 * matched case-insensitively; what cannot be read as a filter becomes a free-text search over all cells.
 */
export function filtersFromQuestion(question: string, dataset: DatasetSummary): { filters: Filter[]; keywords: string[] } {
  const columns = dataset.columns;
  const filters: Filter[] = [];
  let rest = question;
  const byLength = [...columns].sort((a, b) => b.length - a.length);
  for (const column of byLength) {
    const escaped = column.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const pattern = new RegExp(`(?<![\\p{L}\\d])${escaped}(?![\\p{L}\\d])\\s*(=|!=|>=|<=|>|<|:|er|over|under|mindst|højst|indeholder)\\s*("[^"]+"|[^\\s,;?]+)`, 'iu');
    const m = pattern.exec(rest);
    if (!m) continue;
    const word = m[1]!.toLowerCase();
    const op: Filter['op'] = word === ':' || word === 'er' ? '=' : word === 'over' ? '>' : word === 'under' ? '<' : word === 'mindst' ? '>=' : word === 'højst' ? '<=' : (word as Filter['op']);
    filters.push({ column, op, value: m[2]!.replace(/^"|"$/g, '') });
    rest = rest.slice(0, m.index) + rest.slice(m.index + m[0].length);
  }
  // Words that name the table or its columns say where to look, not what to look for.
  const columnStems = stems(`${dataset.name} ${dataset.description} ${columns.join(' ')}`);
  const keywords = words(rest)
    .map((w) => w.toLowerCase())
    .filter((w) => w.length > 2 && !STOPWORDS.has(w) && !columnStems.has(stem(w)) && !/^(hvad|hvilke|hvilken|find|vis|liste|alle|rækker|data|datasæt)$/.test(w));
  const numbers = rest.match(/\b\d{2,}\b/g) ?? [];
  return { filters, keywords: [...keywords, ...numbers] };
}

export function queryRows(rows: Record<string, string>[], filters: Filter[], keywords: string[]): Record<string, string>[] {
  const keyStems = keywords.map((k) => (/^\d+$/.test(k) ? k : stem(k)));
  return rows.filter((row) => {
    if (!filters.every((f) => matches(row, f))) return false;
    if (!keyStems.length) return true;
    const cells = Object.values(row).join(' ').toLowerCase();
    const cellStems = new Set([...words(cells).map(stem), ...(cells.match(/\d+/g) ?? [])]);
    return keyStems.some((k) => cellStems.has(k));
  });
}
