/**
 * Context words, the way Presidio uses them: a word among the few before a candidate raises its score, and a
 * word right next to it can veto it. Words are compared lower-cased with dots, slashes and hyphens removed, so
 * "CPR-nr.", "cpr.nr" and "cprnr" are one word. A term ending in `*` matches as a prefix, others exactly.
 */
import * as chars from './char-class.ts';

// Bound once: tsx runs each module as CommonJS, where every use of an imported name is a getter call.
const { classAt, classBefore, COMMON_CLASSES, COMMON_UNITS, LETTER_OR_DIGIT } = chars;

const WINDOW_WORDS = 5;
const WINDOW_CHARS = 80;

export const CONTEXT_BOOST = 0.35;
export const CONTEXT_FLOOR = 0.4;

const MARKS = /[.\-/]/g;
/** A context word as compared: lower case, without dots, hyphens and slashes ("CPR-nr." → "cprnr"). */
export function normaliseWord(w: string): string {
  const lower = w.toLowerCase();
  // Most words hold none of the marks; looking costs less than a replace that finds nothing.
  for (let k = 0; k < lower.length; k++) {
    const c = lower.charCodeAt(k);
    if (c === 46 || c === 45 || c === 47) return lower.replace(MARKS, '');
  }
  return lower;
}

const DOT = 46;
const HYPHEN = 45;
const SLASH = 47;
const isLetterOrDigitAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return ((c < COMMON_UNITS ? COMMON_CLASSES[c]! : classAt(text, i)) & LETTER_OR_DIGIT) !== 0;
};
/**
 * Code units taken by the context-word character that ends just before `i` (a letter, a digit, or ".", "-" and "/"
 * inside a word: "CPR-nr.", "j.nr"); 0 if it is none.
 */
function wordCharBefore(text: string, i: number): number {
  const c = text.charCodeAt(i - 1);
  if (c === DOT || c === HYPHEN || c === SLASH) return 1;
  if (c < COMMON_UNITS) return COMMON_CLASSES[c]! & LETTER_OR_DIGIT ? 1 : 0;
  if (!(classBefore(text, i) & LETTER_OR_DIGIT)) return 0;
  return c >= 0xdc00 && c <= 0xdfff && i >= 2 ? 2 : 1;
}

/**
 * The last `count` words in the 80 characters before `start`, normalised. A word is a run of letters, digits and
 * ".-/" from its first letter or digit; a word cut by the window's edge does not count. Read backwards from
 * `start`, since only the last few words matter and this runs for every candidate identifier.
 */
export function wordsBefore(text: string, start: number, count = WINDOW_WORDS): string[] {
  const from = Math.max(0, start - WINDOW_CHARS);
  const words: string[] = [];
  let i = start;
  // One word more than asked for: if the scan reaches the window's edge, the leftmost word may be cut.
  while (i > from && words.length <= count) {
    while (i > from && !wordCharBefore(text, i)) i--;
    const end = i;
    for (let w = wordCharBefore(text, i); i > from && w; w = wordCharBefore(text, i)) i -= w;
    let first = i;
    while (first < end && !isLetterOrDigitAt(text, first)) first++;
    if (first < end) words.push(text.slice(first, end));
  }
  if (i <= from && from > 0 && words.length && words.length <= count) words.pop();
  const n = Math.min(count, words.length);
  const out = new Array<string>(n);
  for (let k = 0; k < n; k++) out[n - 1 - k] = normaliseWord(words[k]!);
  return out;
}

export function wordAfter(text: string, end: number): string {
  const m = /^[\s,:]*([\p{L}\p{N}][\p{L}\p{N}.\-/]*)/u.exec(text.slice(end, end + 40));
  return m ? normaliseWord(m[1]!) : '';
}

/** Context words compiled once: the exact words in a set, the `*` terms as prefixes. */
export class Terms {
  private readonly exact: ReadonlySet<string>;
  private readonly prefixes: readonly string[];
  constructor(terms: readonly string[]) {
    this.exact = new Set(terms.filter((t) => !t.endsWith('*')));
    this.prefixes = terms.filter((t) => t.endsWith('*')).map((t) => t.slice(0, -1));
  }
  matches(word: string): boolean {
    if (this.exact.has(word)) return true;
    for (const p of this.prefixes) if (word.startsWith(p)) return true;
    return false;
  }
}
export const terms = (...list: string[]): Terms => new Terms(list);

export const hasContext = (words: readonly string[], terms: Terms): boolean => words.some((w) => terms.matches(w));

export function boosted(score: number, words: readonly string[], terms: Terms): number {
  return hasContext(words, terms) ? Math.min(1, Math.max(CONTEXT_FLOOR, score + CONTEXT_BOOST)) : score;
}

export const CONTEXT = {
  CPR: terms('cpr*', 'personnummer*', 'personnr', 'persnr', 'pnr', 'fødselsdato*', 'født', 'f', 'fød', 'erstatningspersonnummer*', 'personnumre*'),
  PHONE: terms('tlf*', 'telefon*', 'mobil*', 'mob', 'ring*', 'sms', 'fastnet*', 'fax', 'kontakt*', 'træffes', 'phone', 'tel', 'nummer'),
  CVR: terms('cvr*', 'senr', 'se', 'moms*', 'virksomhed*', 'firma*', 'aps', 'as', 'is', 'enkeltmandsvirksomhed*', 'selskab*', 'pnummer', 'produktionsenhed*', 'vat'),
  BANK_ACCOUNT: terms('reg*', 'konto*', 'kto*', 'nemkonto*', 'bank*', 'pengeinstitut*', 'udbetal*', 'overfør*', 'indbetal*'),
  LICENSE_PLATE: terms('nummerplade*', 'regnr', 'registreringsnummer*', 'bil', 'bilen', 'køretøj*', 'motorkøretøj*', 'motorcykel*', 'varevogn*', 'parker*', 'vogn*'),
  ADDRESS: terms('bor', 'boede', 'bosat', 'bopæl*', 'adresse*', 'adr', 'folkeregisteradresse*', 'opholdsadresse*', 'flytte*', 'flyttet', 'fraflytte*', 'tilflytte*', 'co', 'postnr', 'hjemme*'),
};

/** Right before a number: it is a case, journal, order or invoice number or an amount, never personal data by itself. */
export const NOT_PERSONAL_BEFORE = terms(
  'sag*', 'jnr', 'journal*', 'ordre*', 'faktura*', 'bilag*', 'ref*', 'kr', 'dkk', 'kroner', 'beløb*', 'eur', 'euro', 'løbenr*',
  'varenr*', 'vare*', 'lov*', 'lbk', 'bek', 'afgørelse*', 'dok*', 'id', 'kl', 'klokken', 'kvittering*', 'ordrenr*', 'sagsnr*',
  'brev*', 'bestilling*', 'ticket', 'nota', 'postering*',
);
/** Right after a number. */
export const NOT_PERSONAL_AFTER = terms('kr', 'dkk', 'kroner', 'mio', 'mia', 'euro', 'eur', 'procent', 'pct', 'timer', 'dage', 'stk');

/** True when the word right before (skipping a generic "nr.") or right after marks the number as not personal. */
export function notPersonal(text: string, start: number, end: number): boolean {
  const before = wordsBefore(text, start, 2);
  const near = before.at(-1) === 'nr' || before.at(-1) === 'nummer' ? before.slice(-2) : before.slice(-1);
  return hasContext(near, NOT_PERSONAL_BEFORE) || NOT_PERSONAL_AFTER.matches(wordAfter(text, end));
}
