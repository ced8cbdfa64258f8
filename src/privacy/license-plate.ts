import { boosted, CONTEXT, notPersonal, wordsBefore } from './context.ts';
import type { DetectedEntity } from './entity.ts';
import { matchesNotAfter } from './matches-not-after.ts';

// Two letters and a serial of up to five digits, printed "AB 12 345" (or "AB 12 34" for short serials); not after
// a letter, a digit or "-/" (see matchesNotAfter).
const PLATE_PATTERN = /([A-ZÆØÅ]{2})( ?)(\d{2})( ?)(\d{2,3})(?![\p{L}\p{N}]|[-.,/]\p{N})/gu;

/** The printed spacing is itself evidence; a compact "AB12345" looks like many product and order codes. */
export function detectLicensePlate(text: string): DetectedEntity[] {
  const found: DetectedEntity[] = [];
  for (const m of matchesNotAfter(PLATE_PATTERN, text, true, '-/')) {
    const start = m.index;
    const end = start + m[0].length;
    const printed = m[2] === ' ' && m[4] === ' ';
    let score = printed ? (m[5]!.length === 3 ? 0.6 : 0.45) : 0.3;
    score = boosted(score, wordsBefore(text, start), CONTEXT.LICENSE_PLATE);
    if (notPersonal(text, start, end)) continue;
    found.push({ type: 'LICENSE_PLATE', start, end, score });
  }
  return found;
}
