import { isValidPhoneNumber } from 'libphonenumber-js/min';
import { boosted, CONTEXT, notPersonal, wordsBefore } from './context.ts';
import { boundedMemo } from './bounded-memo.ts';
import type { DetectedEntity } from './entity.ts';
import { matchesNotAfter } from './matches-not-after.ts';

// The Danish plan is closed and eight digits long, written whole, 2-2-2-2 or 4-4, optionally after +45, 0045 or (+45).
// Foreign numbers are caught by the international prefix form.
// Not after a letter, a digit or "+-/.," (see matchesNotAfter).
const DK_PHONE = /(\(\+45\) ?|(?:\+|00) ?45[ -]?)?([2-9]\d(?:[ -]?\d{2}){3}|[2-9]\d{3}[ -]\d{4})(?![\p{N}]|[-.,/]\p{N})/gu;
// How people write a Danish number; anything else with the same digits ("30-09-2025", "2026-2029") is a date,
// a period or a reference.
const WRITTEN_FORMS = new Set(['dddddddd', 'dd dd dd dd', 'dddd dddd', 'dd-dd-dd-dd', 'dddd-dddd', 'dddd dd dd']);
const YEAR_RANGE = /^(?:19|20)\d{2}-(?:19|20)\d{2}$/;
// Not after a letter, a digit or "+".
const INTERNATIONAL = /(?:\+|00)(?!45)[1-9]\d{0,2}[ -]?\(?\d{1,4}\)?(?:[ -]?\d{2,4}){1,4}(?![\p{N}])/gu;

// Whether eight digits are a Danish number is a fact of the numbering plan; the same numbers recur (a caseworker's
// own number in every letter, a switchboard), so libphonenumber's answer is kept.
const isValidDanish = boundedMemo((digits) => isValidPhoneNumber(digits, 'DK'), 10_000);
// The international form also matches journal numbers ("2024-008294"); libphonenumber rejects those by throwing
// inside, which is costly, and they recur, so its answer is kept too.
const isValidInternational = boundedMemo((written) => isValidPhoneNumber(written.replace(/^00/, '+')), 10_000);

/**
 * libphonenumber decides whether the digits are a real Danish number; grouping, a country prefix and context
 * make it likely that they are a phone number at all rather than a CVR number, an amount or a reference.
 */
export function detectPhone(text: string): DetectedEntity[] {
  const found: DetectedEntity[] = [];
  for (const m of matchesNotAfter(DK_PHONE, text, true, '+-/.,')) {
    const digits = m[2]!.replace(/[ -]/g, '');
    const form = m[2]!.replace(/\d/g, 'd');
    if (digits.length !== 8 || !WRITTEN_FORMS.has(form) || YEAR_RANGE.test(m[2]!) || !isValidDanish(digits)) continue;
    const start = m.index;
    const end = start + m[0].length;
    // Spaces are how phone numbers are printed; a hyphenated 4-4 is as often a range or a reference.
    const grouped = form.includes(' ') || form === 'dd-dd-dd-dd';
    let score = m[1] ? 0.85 : grouped ? 0.6 : 0.35;
    score = boosted(score, wordsBefore(text, start), CONTEXT.PHONE);
    if (!m[1] && notPersonal(text, start, end)) continue;
    found.push({ type: 'PHONE', start, end, score });
  }
  for (const m of matchesNotAfter(INTERNATIONAL, text, true, '+')) {
    if (!isValidInternational(m[0])) continue;
    found.push({ type: 'PHONE', start: m.index, end: m.index + m[0].length, score: 0.8 });
  }
  return found;
}
