import { AppError } from '../kernel/index.ts';
import { detectAddress } from './address.ts';
import { detectBankAccount } from './bank-account.ts';
import * as chars from './char-class.ts';
import { detectCpr } from './cpr.ts';
import { detectCvr } from './cvr.ts';
import { detectEmail } from './email.ts';
import { detectFlags, type Flag } from './flags.ts';
import { type DetectedEntity, MAX_TEXT_LENGTH, REDACTION_THRESHOLD } from './entity.ts';
import { detectIban } from './iban.ts';
import { detectLicensePlate } from './license-plate.ts';
import { detectNames } from './names.ts';
import { detectPhone } from './phone.ts';
import { privacyModel } from './privacy-model.ts';
import { type Tokens, tokenize } from './tokenize.ts';

// Bound once: tsx runs each module as CommonJS, where every use of an imported name is a getter call.
const { classAt, classBefore, COMMON_UNITS, LETTER_OR_DIGIT } = chars;

export function assertTextSize(text: string): void {
  if (text.length > MAX_TEXT_LENGTH) {
    throw new AppError('payload_too_large', `Teksten er for lang (højst ${MAX_TEXT_LENGTH.toLocaleString('da-DK')} tegn). Del den op.`, {
      maxLength: MAX_TEXT_LENGTH,
      length: text.length,
    });
  }
}

/**
 * The stretches of text already taken, kept sorted and apart: a check is a binary search over them, and nothing is
 * allocated in proportion to the text (a byte per character was a large share of a long text's allocations).
 */
export class Coverage {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  /** The first taken stretch that ends after `at`. */
  private firstEndingAfter(at: number): number {
    let lo = 0;
    let hi = this.ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.ends[mid]! > at) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  isFree(e: { start: number; end: number }): boolean {
    if (e.end <= e.start) return true;
    const k = this.firstEndingAfter(e.start);
    return k === this.ends.length || this.starts[k]! >= e.end;
  }

  take(e: { start: number; end: number }): void {
    if (e.end <= e.start) return;
    // Merged with any stretch it touches, so the stretches stay apart.
    const k = this.firstEndingAfter(e.start - 1);
    let last = k;
    let start = e.start;
    let end = e.end;
    while (last < this.starts.length && this.starts[last]! <= end) {
      start = Math.min(start, this.starts[last]!);
      end = Math.max(end, this.ends[last]!);
      last++;
    }
    this.starts.splice(k, last - k, start);
    this.ends.splice(k, last - k, end);
  }
}

/**
 * Keeps the best of overlapping candidates. Identifiers found by their form (CPR, e-mail, address, ...) win over
 * a name found by the statistical recogniser: an e-mail address is one entity even if it holds a name.
 */
function resolve(candidates: DetectedEntity[]): DetectedEntity[] {
  const rank = (e: DetectedEntity) => (e.type === 'PERSON' ? 0 : 1);
  const ordered = candidates.sort((a, b) => rank(b) - rank(a) || b.score - a.score || b.end - b.start - (a.end - a.start));
  const coverage = new Coverage();
  const kept: DetectedEntity[] = [];
  for (const c of ordered) {
    if (!coverage.isFree(c)) continue;
    coverage.take(c);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Once a text names "Jens Hansen", a later bare "Hansen" or "Jens" is the same person even where the recogniser
 * did not mark it. Only capitalised, standalone occurrences count; words that are also ordinary words do not. A word
 * is carried over if it is on the name lists or is the surname of a full name, so one wrong "Aarhus Stadion" does
 * not mask every "Aarhus".
 */
function withRepeatedNames(text: string, tokens: Tokens, found: DetectedEntity[]): DetectedEntity[] {
  const model = privacyModel();
  const parts = new Set<string>();
  for (const e of found) {
    if (e.type !== 'PERSON') continue;
    const words = text.slice(e.start, e.end).split(/\s+/);
    words.forEach((part, k) => {
      const lower = part.toLowerCase();
      if (part.length < 3 || !/^\p{Lu}\p{Ll}/u.test(part) || model.commonWords.has(lower)) return;
      const surnamePosition = words.length > 1 && k === words.length - 1;
      if (surnamePosition || model.firstNames.has(lower) || model.surnames.has(lower)) parts.add(part);
    });
  }
  if (!parts.size) return found;
  const coverage = new Coverage();
  found.forEach((f) => coverage.take(f));
  const extra: DetectedEntity[] = [];
  for (const mention of standaloneMentions(text, tokens, [...parts])) if (coverage.isFree(mention)) extra.push(mention);
  return [...found, ...extra];
}

const GENITIVE_S = 115; // s

/**
 * Where the words stand on their own (no letter or digit either side; a genitive "s" may follow), left to right
 * without overlaps, the first listed word winning at a position: what one alternation pattern of them would match.
 * Such a place starts a token, or follows a hyphen, dot or mark inside one; only there are the words that begin
 * with its first character tried (searching the text once per word cost as much as recognising the names).
 */
function standaloneMentions(text: string, tokens: Tokens, words: string[]): DetectedEntity[] {
  const byFirstUnit = new Map<number, string[]>();
  const hasFirstUnit = new Uint8Array(COMMON_UNITS);
  for (const word of words) {
    const first = word.charCodeAt(0);
    const list = byFirstUnit.get(first);
    if (list) list.push(word);
    else byFirstUnit.set(first, [word]);
    if (first < COMMON_UNITS) hasFirstUnit[first] = 1;
  }
  const isWordChar = (i: number) => i < text.length && (classAt(text, i) & LETTER_OR_DIGIT) !== 0;
  const mentions: DetectedEntity[] = [];
  let free = 0;
  const tryAt = (at: number) => {
    const first = text.charCodeAt(at);
    if (at < free || (first < COMMON_UNITS && !hasFirstUnit[first])) return;
    const word = byFirstUnit.get(first)?.find((w) => {
      if (!text.startsWith(w, at)) return false;
      const end = at + w.length;
      return !isWordChar(end) || (text.charCodeAt(end) === GENITIVE_S && !isWordChar(end + 1));
    });
    if (!word) return;
    mentions.push({ type: 'PERSON', start: at, end: at + word.length, score: 0.8 });
    free = at + word.length;
  };
  // A token of letters and digits only can hold a listed word (itself letters only) just as a whole or in the
  // genitive: one lookup by its spelling, the first listed word winning, instead of trying each word at its start.
  const asWhole = new Map<string, string>();
  const lettersOnly = words.every((w) => /^\p{L}+$/u.test(w));
  if (lettersOnly) {
    for (const word of words) {
      if (!asWhole.has(word)) asWhole.set(word, word);
      if (!asWhole.has(word + 's')) asWhole.set(word + 's', word);
    }
  }
  const { forms, starts, ends } = tokens;
  for (let k = 0; k < forms.length; k++) {
    const form = forms[k]!;
    if (lettersOnly && !form.hasInnerBreak) {
      const first = form.word.charCodeAt(0);
      // Most tokens start with no listed word's first letter; a table says so without hashing the token.
      const word = first < COMMON_UNITS && !hasFirstUnit[first] ? undefined : asWhole.get(form.word);
      if (word) {
        mentions.push({ type: 'PERSON', start: starts[k]!, end: starts[k]! + word.length, score: 0.8 });
        free = starts[k]! + word.length;
      }
      continue;
    }
    tryAt(starts[k]!);
    if (!form.hasInnerBreak) continue;
    for (let at = starts[k]! + 1; at < ends[k]!; at++) if (!(classBefore(text, at) & LETTER_OR_DIGIT)) tryAt(at);
  }
  return mentions;
}

/** Every piece of Danish personal data in the text at or above the redaction threshold, in text order. */
export function detectPersonalData(text: string, options: { threshold?: number } = {}): DetectedEntity[] {
  assertTextSize(text);
  return text.trim() ? detectInTokens(text, tokenize(text), options.threshold ?? REDACTION_THRESHOLD) : [];
}

/** The personal data and the flags of one text, which read the same tokens: what a request needs before it is sent. */
export function analysePersonalData(text: string): { entities: DetectedEntity[]; flags: Flag[] } {
  assertTextSize(text);
  if (!text.trim()) return { entities: [], flags: [] };
  const tokens = tokenize(text);
  return { entities: detectInTokens(text, tokens, REDACTION_THRESHOLD), flags: detectFlags(text, tokens) };
}

function detectInTokens(text: string, tokens: Tokens, threshold: number): DetectedEntity[] {
  const model = privacyModel();
  const candidates = [
    ...detectCpr(text),
    ...detectEmail(text),
    ...detectIban(text),
    ...detectPhone(text),
    ...detectCvr(text),
    ...detectBankAccount(text),
    ...detectLicensePlate(text),
    ...detectAddress(text, model.postcodes),
    ...detectNames(text, tokens, model),
  ].filter((e) => e.score >= threshold);
  return resolve(withRepeatedNames(text, tokens, resolve(candidates)));
}
