import * as chars from './char-class.ts';
import { boosted, CONTEXT, hasContext, terms, wordAfter, wordsBefore } from './context.ts';
import type { DetectedEntity } from './entity.ts';

// Bound once: tsx runs each module as CommonJS, where every use of an imported name is a getter call.
const { classAt, classBefore, LETTER_OR_DIGIT, UPPER, widthAt } = chars;

// Street names are compounds ending in a street word ("Vestergade", "Strandvejen", "Rosenvænget"), or end in a
// separate street word ("Nørre Allé", "H.C. Andersens Boulevard").
const COMPOUND_SUFFIX =
  'vej|vejen|gade|gaden|allé|alle|alléen|stræde|strædet|plads|pladsen|torv|torvet|vænge|vænget|park|parken|sti|stien|bakke|bakken|' +
  'toft|toften|løkke|løkken|have|haven|mark|marken|eng|engen|lund|lunden|boulevard|kaj|kajen|bro|broen|vang|vangen|høj|højen|dal|dalen|' +
  'holm|holmen|skov|skoven|hegn|hegnet|kær|kæret|ager|agre|bjerg|bjerget|strand|stranden|gyde|gyden|krog|krogen|ring|ringen|brink|' +
  'kilde|kilden|mose|mosen|dige|diget|tofte|huse|gård|gården|passage|promenade|sving|svinget|hus|port|porten|kvarter|tværvej';
const STREET_WORD = 'Allé|Alle|Boulevard|Plads|Torv|Vej|Gade|Stræde|Vænge|Park|Kaj|Bro|Promenade|Passage';
const NAME_WORD = "(?:\\p{Lu}\\.){1,3}|\\p{Lu}[\\p{L}'’-]*\\.?";
const HOUSE = '\\d{1,3}(?: ?[A-Za-z](?![\\p{L}]))?';
// A floor is "st", "kl", "k2" or a number with a dot or "sal" ("2.", "2 sal"); a bare number after a comma is a postcode.
const FLOOR_DOOR =
  '(?:,? ?(?:st\\.?|kl\\.?|k\\d{1,2}\\.?|\\d{1,2}\\.|\\d{1,2}(?= ?sal))(?: ?sal)?(?:,? ?(?:th|tv|mf|t\\.h|t\\.v|m\\.f|\\d{1,4}(?![\\p{N}])))?\\.?(?![\\p{L}\\p{N}]))?';

// Every street starts with a capital that starts a word; it is tried (sticky) only there, see nextStreet.
const STREET = new RegExp(
  `(?=\\p{Lu})(?<![\\p{L}\\p{N}])((?:(?:${NAME_WORD}) ){0,3}(?:(?=(?<last>\\p{Lu}[\\p{L}-]*))\\k<last>(?<=\\p{L}(?:${COMPOUND_SUFFIX}))|${STREET_WORD}))[ ,]+(${HOUSE})(?![\\p{N}]|[.,]\\p{N})(${FLOOR_DOOR})`,
  'uy',
);
// Any street ends in one of these right before its number; a window without one is not searched for a street.
const STREET_BEFORE_NUMBER = new RegExp(`(?:${COMPOUND_SUFFIX}|${STREET_WORD})[ ,]+\\d`);
// Citizens write lower case; then the street word must be unambiguous and an address word must come before it.
const LOWER_STREET = new RegExp(
  `(?=\\p{Ll})(?<![\\p{L}\\p{N}])((?=(?<word>\\p{Ll}{4,}))\\k<word>(?<=\\p{Ll}{3}(?:vej|vejen|gade|gaden|allé|alle|stræde|boulevard|vænget))) (${HOUSE})(?![\\p{N}]|[.,]\\p{N})(${FLOOR_DOOR})`,
  'gu',
);
// Any lower-case street holds one of these; a window without one is not searched for it.
const LOWER_STREET_WORD = /vej|gade|allé|alle|stræde|boulevard|vænget/;
const POSTCODE = /(?<![\p{L}\p{N}\-/.,])(\d{4}) +(?=\p{L})/gu;
// A house number: one to three digits right after a word. Street patterns only run in the text just before one.
const HOUSE_NUMBER = /(?=\d)(?<=[\p{L}.][ ,]{1,2})\d{1,3}(?![\p{N}])/gu;

/**
 * The next street in a window from `at`. The engine's own scan tests the pattern's opening lookarounds at every
 * character, which cost more than all else in address detection; here a table says where a capital starts a word.
 */
function nextStreet(window: string, at: number): RegExpExecArray | null {
  for (let i = at; i < window.length; i += widthAt(window, i)) {
    if (!(classAt(window, i) & UPPER) || classBefore(window, i) & LETTER_OR_DIGIT) continue;
    STREET.lastIndex = i;
    const m = STREET.exec(window);
    if (m) return m;
  }
  return null;
}

function nextLowerStreet(window: string, at: number): RegExpExecArray | null {
  LOWER_STREET.lastIndex = at;
  return LOWER_STREET.exec(window);
}

/** Stretches of text that could hold a street and its number, merged where they overlap, starting at a word boundary. */
function streetWindows(text: string): [number, number][] {
  const windows: [number, number][] = [];
  for (const m of text.matchAll(HOUSE_NUMBER)) {
    let from = Math.max(0, m.index - 70);
    while (from > 0 && from > m.index - 90 && !/\s/.test(text[from - 1]!)) from--;
    const to = Math.min(text.length, m.index + 30);
    const last = windows.at(-1);
    if (last && from <= last[1]) last[1] = to;
    else windows.push([from, to]);
  }
  return windows;
}

// A number after a street-like word that counts something ("Bakken 3 gange", "Lund 45 år") is no house number.
const NOT_HOUSE_NUMBER_AFTER = terms('år', 'årig', 'gange', 'kr', 'dkk', 'procent', 'pct', 'timer', 'dage', 'minutter', 'stk', 'mio', 'mia', 'meter', 'km');
const NOT_STREET_BEFORE = ['kapitel', 'stk', 'nr', 'punkt', 'bilag', 'side', 'lov', 'afsnit'];
// Capitalised at the start of a sentence, never the first word of a street name.
const LEADING_NON_STREET = new Set(['i', 'på', 'til', 'fra', 'jeg', 'vi', 'de', 'den', 'det', 'han', 'hun', 'og', 'men', 'ved', 'hos', 'adresse', 'bor', 'mod', 'om', 'en', 'et', 'har', 'er', 'efter', 'under', 'over', 'af', 'med', 'nu', 'hej', 'kære']);

function leadingNonStreetLength(street: string): number {
  let cut = 0;
  for (const word of street.split(' ').slice(0, -1)) {
    if (!LEADING_NON_STREET.has(word.toLowerCase())) break;
    cut += word.length + 1;
  }
  return cut;
}

/**
 * How a town may be written after its postcode: as listed ("Aarhus C"), without the district letters ("Aarhus"),
 * and København as "Kbh." or "Kbh" (with or without its district), as citizens and case files write it.
 */
function townSpellings(town: string): string[] {
  const spellings = [town];
  const withoutDistrict = town.replace(/ (?:[A-ZÆØÅ]{1,2})$/u, '');
  if (withoutDistrict !== town) spellings.push(withoutDistrict);
  for (const t of [...spellings]) if (t.startsWith('København')) spellings.push(t.replace('København', 'Kbh.'), t.replace('København', 'Kbh'));
  return spellings;
}
const spellingsOf = new Map<string, string[]>();

/** The length of the town written after a postcode, if it is the postcode's own town (longest spelling first). */
function townAt(text: string, at: number, postcodes: ReadonlyMap<string, string>, code: string): number {
  const town = postcodes.get(code) ?? postcodes.get(String(Number(code)));
  if (!town) return 0;
  let spellings = spellingsOf.get(town);
  if (!spellings) spellingsOf.set(town, (spellings = townSpellings(town)));
  for (const spelling of spellings) {
    const written = text.slice(at, at + spelling.length);
    if (written.toLowerCase() !== spelling.toLowerCase()) continue;
    if (!/^[\p{L}\p{N}]/u.test(text.slice(at + spelling.length, at + spelling.length + 1))) return spelling.length;
  }
  return 0;
}

/**
 * Street, house number, floor and door, postcode and town (DAR's address grammar). A street with a number is
 * likely an address; a known postcode followed by its own town is near-certain; both together are certain.
 */
export function detectAddress(text: string, postcodes: ReadonlyMap<string, string>): DetectedEntity[] {
  const found: DetectedEntity[] = [];
  const postal = new Map<number, number>();
  for (const m of text.matchAll(POSTCODE)) {
    const townLength = townAt(text, m.index + m[0].length, postcodes, m[1]!);
    if (townLength) postal.set(m.index, m.index + m[0].length + townLength);
  }

  const consumed = new Set<number>();
  const windows = streetWindows(text);
  const seen = new Set<number>();
  const streets = (next: typeof nextStreet, base: number, needsContext: boolean, mustHold?: RegExp) => {
    for (const [from, to] of windows) {
      const window = text.slice(from, to);
      if (mustHold && !mustHold.test(window)) continue;
      for (let m = next(window, 0); m; m = next(window, m.index + m[0].length)) {
        const at = from + m.index;
        if (seen.has(at)) continue;
        seen.add(at);
        const start = at + leadingNonStreetLength(m[1]!);
        let end = at + m[0].length;
        const context = wordsBefore(text, start);
        if (needsContext && !hasContext(context, CONTEXT.ADDRESS)) continue;
        if (NOT_HOUSE_NUMBER_AFTER.matches(wordAfter(text, end))) continue;
        if (NOT_STREET_BEFORE.includes(context.at(-1) ?? '') || /§\s*$/.test(text.slice(Math.max(0, start - 3), start))) continue;
        // A door number and a postcode look alike ("1. sal, 8230 Åbyhøj"): a known postcode with its own town wins.
        const door = /(\d{4})\.?$/.exec(m[0]);
        if (door && postal.has(at + door.index)) {
          const separator = /,? ?$/.exec(text.slice(at + door.index - 2, at + door.index))![0].length;
          end = at + door.index - separator;
        }
        let score = base;
        const after = /^,? *(?:\n *)?/.exec(text.slice(end, end + 8))![0].length;
        const postalEnd = postal.get(end + after);
        if (postalEnd !== undefined) {
          consumed.add(end + after);
          end = postalEnd;
          score = 0.95;
        }
        found.push({ type: 'ADDRESS', start, end, score: boosted(score, context, CONTEXT.ADDRESS) });
      }
    }
  };
  streets(nextStreet, 0.6, false, STREET_BEFORE_NUMBER);
  streets(nextLowerStreet, 0.5, true, LOWER_STREET_WORD);

  for (const [start, end] of postal) {
    if (consumed.has(start)) continue;
    found.push({ type: 'ADDRESS', start, end, score: boosted(0.55, wordsBefore(text, start), CONTEXT.ADDRESS) });
  }
  return found;
}
