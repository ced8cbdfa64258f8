import { CONTEXT, hasContext, notPersonal, wordsBefore } from './context.ts';
import type { DetectedEntity } from './entity.ts';
import { matchesNotAfter } from './matches-not-after.ts';

// Reg.nr. (4 digits) and account number (up to 10), joined by a hyphen, a space or an account label in between;
// not after a letter, a digit or "-/.," (see matchesNotAfter).
const BANK_PATTERN =
  /(\d{4})(\s*[-/]\s*|\s+|,?\s*(?:konto(?:nummer|nr)?|kontonr|kto(?:\.?\s*nr)?)\.?:?\s*)(\d{6,10})(?![\p{N}]|[-.,/]\p{N})/giu;

/**
 * Danish banks' own check rules are not public, so a domestic account is recognised by its shape plus
 * context: a word like "reg.nr." or "konto" before it or between the two numbers.
 */
export function detectBankAccount(text: string): DetectedEntity[] {
  const found: DetectedEntity[] = [];
  for (const m of matchesNotAfter(BANK_PATTERN, text, true, '-/.,')) {
    const start = m.index;
    const end = start + m[0].length;
    const labelled = /\p{L}/u.test(m[2]!);
    const context = labelled || hasContext(wordsBefore(text, start), CONTEXT.BANK_ACCOUNT);
    if (notPersonal(text, start, end) && !labelled) continue;
    found.push({ type: 'BANK_ACCOUNT', start, end, score: context ? 0.9 : 0.3 });
  }
  return found;
}
