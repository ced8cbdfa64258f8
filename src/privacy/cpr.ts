import { boosted, CONTEXT, notPersonal, wordsBefore } from './context.ts';
import type { DetectedEntity } from './entity.ts';

// Six digits, then a hyphen, a space or nothing, then four. Neighbours may not be digits, hyphens, slashes or
// decimal marks, so parts of case numbers ("2024-0101901234"), dates and amounts do not qualify.
const CPR_PATTERN = /(?<![\p{N}\-/.,])(\d{2})(\d{2})(\d{2})([- ]?)(\d{4})(?![\p{N}/]|[-.,]\p{N})/gu;

// cpr.dk: numbers without modulus 11 have been issued since 2007, all with 1 January birth dates in these years.
const NO_MOD11_YEARS = new Set([1960, 1962, 1964, 1965, 1966, 1967, 1969, 1970, 1974, 1975, 1978, 1980, 1981, 1982, 1983, 1984, 1985, 1986, 1987, 1988, 1989, 1990, 1991, 1992, 1994, 1995]);
const WEIGHTS = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];

/** The century from the 7th digit (the first of the serial), per the CPR office's table. */
export function cprYear(yy: number, seventh: number): number {
  if (seventh <= 3) return 1900 + yy;
  if (seventh === 4 || seventh === 9) return yy <= 36 ? 2000 + yy : 1900 + yy;
  return yy <= 57 ? 2000 + yy : 1800 + yy;
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function passesModulus11(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += Number(digits[i]) * WEIGHTS[i]!;
  return sum % 11 === 0;
}

/**
 * What a ten-digit string says about itself as a CPR number: null if the date cannot be a birth date,
 * otherwise whether it is a substitute number (day + 60) and whether modulus 11 is expected to hold.
 */
export function inspectCpr(digits: string): { substitute: boolean; mod11: boolean; mod11Exempt: boolean } | null {
  let day = Number(digits.slice(0, 2));
  const month = Number(digits.slice(2, 4));
  const yy = Number(digits.slice(4, 6));
  const substitute = day > 60;
  if (substitute) day -= 60;
  const year = cprYear(yy, Number(digits[6]));
  if (!isRealDate(year, month, day)) return null;
  return { substitute, mod11: passesModulus11(digits), mod11Exempt: day === 1 && month === 1 && NO_MOD11_YEARS.has(year) };
}

/**
 * A failed modulus 11 never rejects a number (valid numbers without it exist); it only lowers the score, and so
 * does the bare ten-digit form, which also fits account and phone numbers with a country code.
 */
export function detectCpr(text: string): DetectedEntity[] {
  const found: DetectedEntity[] = [];
  for (const m of text.matchAll(CPR_PATTERN)) {
    const [whole, dd, mm, yy, sep, serial] = m as unknown as [string, string, string, string, string, string];
    const info = inspectCpr(dd + mm + yy + serial);
    if (!info) continue;
    const start = m.index;
    const end = start + whole.length;
    const checked = info.mod11 || info.mod11Exempt;
    let score = sep === '-' ? (checked ? 0.95 : 0.6) : checked ? 0.85 : 0.35;
    score = boosted(score, wordsBefore(text, start), CONTEXT.CPR);
    if (score < 0.9 && notPersonal(text, start, end)) continue;
    found.push({ type: 'CPR', start, end, score });
  }
  return found;
}
