import { electronicFormatIBAN, isValidIBAN } from 'ibantools';
import type { DetectedEntity } from './entity.ts';
import { matchesNotAfter } from './matches-not-after.ts';

// Country, check digits, then the BBAN in print groups of four or unbroken; not after a letter or a digit (see
// matchesNotAfter).
const IBAN_PATTERN = /[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![\p{L}\p{N}])/gu;

/** Mod-97 and the country's format decide: a valid IBAN is certain, anything else is not an IBAN. */
export function detectIban(text: string): DetectedEntity[] {
  const found: DetectedEntity[] = [];
  for (const m of matchesNotAfter(IBAN_PATTERN, text, true, '')) {
    const candidate = electronicFormatIBAN(m[0]);
    if (candidate && isValidIBAN(candidate)) found.push({ type: 'IBAN', start: m.index, end: m.index + m[0].length, score: 1 });
  }
  return found;
}
