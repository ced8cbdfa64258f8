/**
 * Context words, the way Presidio uses them: a word among the few before a candidate raises its score, and a
 * word right next to it can veto it. Words are compared lower-cased with dots, slashes and hyphens removed, so
 * "CPR-nr.", "cpr.nr" and "cprnr" are one word. A term ending in `*` matches as a prefix, others exactly.
 */
const WINDOW_WORDS = 5;
const WINDOW_CHARS = 80;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}.\-/]*/gu;

export const CONTEXT_BOOST = 0.35;
export const CONTEXT_FLOOR = 0.4;

export const normaliseWord = (w: string): string => w.toLowerCase().replace(/[.\-/]/g, '');

export function wordsBefore(text: string, start: number, count = WINDOW_WORDS): string[] {
  const from = Math.max(0, start - WINDOW_CHARS);
  const words = text.slice(from, start).match(WORD) ?? [];
  // The first word may be cut by the window edge.
  const usable = from > 0 ? words.slice(1) : words;
  return usable.slice(-count).map(normaliseWord);
}

export function wordAfter(text: string, end: number): string {
  const m = /^[\s,:]*([\p{L}\p{N}][\p{L}\p{N}.\-/]*)/u.exec(text.slice(end, end + 40));
  return m ? normaliseWord(m[1]!) : '';
}

export type Terms = readonly string[];

export function matchesTerm(word: string, terms: Terms): boolean {
  for (const t of terms) {
    if (t.endsWith('*') ? word.startsWith(t.slice(0, -1)) : word === t) return true;
  }
  return false;
}

export const hasContext = (words: readonly string[], terms: Terms): boolean => words.some((w) => matchesTerm(w, terms));

export function boosted(score: number, words: readonly string[], terms: Terms): number {
  return hasContext(words, terms) ? Math.min(1, Math.max(CONTEXT_FLOOR, score + CONTEXT_BOOST)) : score;
}

export const CONTEXT = {
  CPR: ['cpr*', 'personnummer*', 'personnr', 'persnr', 'pnr', 'fødselsdato*', 'født', 'f', 'fød', 'erstatningspersonnummer*', 'personnumre*'],
  PHONE: ['tlf*', 'telefon*', 'mobil*', 'mob', 'ring*', 'sms', 'fastnet*', 'fax', 'kontakt*', 'træffes', 'phone', 'tel', 'nummer'],
  CVR: ['cvr*', 'senr', 'se', 'moms*', 'virksomhed*', 'firma*', 'aps', 'as', 'is', 'enkeltmandsvirksomhed*', 'selskab*', 'pnummer', 'produktionsenhed*', 'vat'],
  BANK_ACCOUNT: ['reg*', 'konto*', 'kto*', 'nemkonto*', 'bank*', 'pengeinstitut*', 'udbetal*', 'overfør*', 'indbetal*'],
  LICENSE_PLATE: ['nummerplade*', 'regnr', 'registreringsnummer*', 'bil', 'bilen', 'køretøj*', 'motorkøretøj*', 'motorcykel*', 'varevogn*', 'parker*', 'vogn*'],
  ADDRESS: ['bor', 'boede', 'bosat', 'bopæl*', 'adresse*', 'adr', 'folkeregisteradresse*', 'opholdsadresse*', 'flytte*', 'flyttet', 'fraflytte*', 'tilflytte*', 'co', 'postnr', 'hjemme*'],
} as const;

/** Right before a number: it is a case, journal, order or invoice number or an amount, never personal data by itself. */
export const NOT_PERSONAL_BEFORE: Terms = [
  'sag*', 'jnr', 'journal*', 'ordre*', 'faktura*', 'bilag*', 'ref*', 'kr', 'dkk', 'kroner', 'beløb*', 'eur', 'euro', 'løbenr*',
  'varenr*', 'vare*', 'lov*', 'lbk', 'bek', 'afgørelse*', 'dok*', 'id', 'kl', 'klokken', 'kvittering*', 'ordrenr*', 'sagsnr*',
  'brev*', 'bestilling*', 'ticket', 'nota', 'postering*',
];
/** Right after a number. */
export const NOT_PERSONAL_AFTER: Terms = ['kr', 'dkk', 'kroner', 'mio', 'mia', 'euro', 'eur', 'procent', 'pct', 'timer', 'dage', 'stk'];

/** True when the word right before (skipping a generic "nr.") or right after marks the number as not personal. */
export function notPersonal(text: string, start: number, end: number): boolean {
  const before = wordsBefore(text, start, 2);
  const near = before.at(-1) === 'nr' || before.at(-1) === 'nummer' ? before.slice(-2) : before.slice(-1);
  return hasContext(near, NOT_PERSONAL_BEFORE) || matchesTerm(wordAfter(text, end), NOT_PERSONAL_AFTER);
}
