import { boosted, CONTEXT, notPersonal, wordsBefore } from './context.ts';
import type { DetectedEntity } from './entity.ts';
import { matchesNotAfter } from './matches-not-after.ts';

// Eight digits, whole or as "12 34 56 78", optionally as the VAT form "DK12345678"; not after a letter, a digit
// or "-/.," (see matchesNotAfter).
const CVR_PATTERN = /(?:DK[ -]?)?([1-9]\d(?: ?\d{2}){3})(?![\p{N}]|[-.,/]\p{N})/gu;
const WEIGHTS = [2, 7, 6, 5, 4, 3, 2, 1];

export function isValidCvr(digits: string): boolean {
  if (!/^[1-9]\d{7}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * WEIGHTS[i]!;
  return sum % 11 === 0;
}

/**
 * One in eleven random eight-digit numbers passes modulus 11, and phone numbers are eight digits too, so a
 * CVR number counts only with context (or the DK prefix). A sole trader's CVR number identifies a person.
 */
export function detectCvr(text: string): DetectedEntity[] {
  const found: DetectedEntity[] = [];
  for (const m of matchesNotAfter(CVR_PATTERN, text, true, '-/.,')) {
    const digits = m[1]!.replace(/ /g, '');
    if (!isValidCvr(digits)) continue;
    const start = m.index;
    const end = start + m[0].length;
    const prefixed = m[0].startsWith('DK');
    let score = boosted(prefixed ? 0.55 : 0.3, wordsBefore(text, start), CONTEXT.CVR);
    if (notPersonal(text, start, end)) score = Math.min(score, 0.2);
    found.push({ type: 'CVR', start, end, score });
  }
  return found;
}
