import * as chars from './char-class.ts';
import { boosted, CONTEXT, hasContext, terms, wordAfter, wordsBefore } from './context.ts';
import type { DetectedEntity } from './entity.ts';
import { matchesNotAfter } from './matches-not-after.ts';

// Bound once: tsx runs each module as CommonJS, where every use of an imported name is a getter call.
const { classAt, classBefore, LETTER, LETTER_OR_DIGIT, SPACE: WHITE, UPPER, widthAt } = chars;
const SPACE_UNIT = 32;
const COMMA = 44;

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

// A street: up to three name words and a street word, its number, floor and door. Tried (sticky) only at the few
// word starts just before a street word that a number follows (see streetStarts).
const STREET = new RegExp(
  `(?=\\p{Lu})(?<![\\p{L}\\p{N}])((?:(?:${NAME_WORD}) ){0,3}(?:(?=(?<last>\\p{Lu}[\\p{L}-]*))\\k<last>(?<=\\p{L}(?:${COMPOUND_SUFFIX}))|${STREET_WORD}))[ ,]+(${HOUSE})(?![\\p{N}]|[.,]\\p{N})(${FLOOR_DOOR})`,
  'uy',
);
// How any street ends, right before its number.
const STREET_END = new RegExp(`(?:${COMPOUND_SUFFIX}|${STREET_WORD})$`);
// Citizens write lower case; then the street word must be unambiguous and an address word must come before it.
const LOWER_STREET = new RegExp(
  `(?=\\p{Ll})(?<![\\p{L}\\p{N}])((?=(?<word>\\p{Ll}{4,}))\\k<word>(?<=\\p{Ll}{3}(?:vej|vejen|gade|gaden|allé|alle|stræde|boulevard|vænget))) (${HOUSE})(?![\\p{N}]|[.,]\\p{N})(${FLOOR_DOOR})`,
  'uy',
);
const LOWER_STREET_END = /(?:vej|vejen|gade|gaden|allé|alle|stræde|boulevard|vænget)$/;
// How far back from a number a street word may begin: the longest of them ("promenade", "boulevard").
const LONGEST_STREET_END = Math.max(...`${COMPOUND_SUFFIX}|${STREET_WORD}`.split('|').map((w) => w.length));
// A house number: one to three digits right after a word. The street patterns start only from one.
const HOUSE_NUMBER = /(?=\d)(?<=[\p{L}.][ ,]{1,2})\d{1,3}(?![\p{N}])/gu;
// Not after a letter, a digit or "-/.," (see matchesNotAfter).
const POSTCODE = /(\d{4}) +(?=\p{L})/gu;

/**
 * Where a street ending at `streetEnd` may start, leftmost first: a capital that starts a word, in the street's own
 * word or the up to three words before it that single spaces join to it (the pattern's leading name words).
 */
function streetStarts(text: string, streetEnd: number): number[] {
  let lo = streetEnd;
  for (let words = 0; words < 4 && lo > 0; words++) {
    if (words > 0) {
      if (text.charCodeAt(lo - 1) !== SPACE_UNIT || lo < 2) break;
      lo--;
    }
    while (lo > 0 && !(classBefore(text, lo) & WHITE)) lo--;
  }
  const starts: number[] = [];
  for (let i = lo; i < streetEnd; i += widthAt(text, i)) {
    if (classAt(text, i) & UPPER && !(classBefore(text, i) & LETTER_OR_DIGIT)) starts.push(i);
  }
  return starts;
}

/** Where a lower-case street word ending at `streetEnd` starts: its letters back to the first non-letter. */
function lowerStreetStarts(text: string, streetEnd: number): number[] {
  let i = streetEnd;
  while (i > 0 && classBefore(text, i) & LETTER) i--;
  return [i];
}

/**
 * Streets with their numbers, left to right without overlaps, as the pattern would find them scanning the text:
 * where a street word ends right before a house number, the leftmost start from which the pattern matches. The
 * pattern's own scan, which tests its opening lookarounds at every character, cost more than all else here.
 */
function* streetMatches(text: string, numbers: readonly number[], pattern: RegExp, streetEnds: RegExp, starts: typeof streetStarts): Generator<RegExpExecArray> {
  let free = 0;
  for (const number of numbers) {
    let streetEnd = number;
    while (streetEnd > 0 && (text.charCodeAt(streetEnd - 1) === SPACE_UNIT || text.charCodeAt(streetEnd - 1) === COMMA)) streetEnd--;
    if (!streetEnds.test(text.slice(Math.max(0, streetEnd - LONGEST_STREET_END), streetEnd))) continue;
    for (const at of starts(text, streetEnd)) {
      if (at < free) continue;
      pattern.lastIndex = at;
      const m = pattern.exec(text);
      if (!m || at + m[0].length <= streetEnd) continue;
      free = at + m[0].length;
      yield m;
      break;
    }
  }
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
  for (const m of matchesNotAfter(POSTCODE, text, true, '-/.,')) {
    const townLength = townAt(text, m.index + m[0].length, postcodes, m[1]!);
    if (townLength) postal.set(m.index, m.index + m[0].length + townLength);
  }

  const consumed = new Set<number>();
  const seen = new Set<number>();
  const numbers = Array.from(text.matchAll(HOUSE_NUMBER), (m) => m.index);
  const streets = (pattern: RegExp, streetEnds: RegExp, starts: typeof streetStarts, base: number, needsContext: boolean) => {
    for (const m of streetMatches(text, numbers, pattern, streetEnds, starts)) {
      const at = m.index;
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
  };
  streets(STREET, STREET_END, streetStarts, 0.6, false);
  streets(LOWER_STREET, LOWER_STREET_END, lowerStreetStarts, 0.5, true);

  for (const [start, end] of postal) {
    if (consumed.has(start)) continue;
    found.push({ type: 'ADDRESS', start, end, score: boosted(0.55, wordsBefore(text, start), CONTEXT.ADDRESS) });
  }
  return found;
}
