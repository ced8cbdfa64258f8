import type { DetectedEntity } from './entity.ts';
import { spansOf } from './ner-corpus.ts';
import { tagTokens } from './ner-tagger.ts';
import type { WordForm } from './ner-features.ts';
import type { PrivacyModel } from './privacy-model.ts';
import type { Tokens } from './tokenize.ts';

// A name does not end in a street word: "Vester Allé" and "Vesterbro Torv" are places.
const STREET_END = /^(?:\p{L}*(?:vej|gade|allé|alle|stræde|torv|plads)|Boulevard|Park|Kaj|Vænge)$/iu;
// A sign-off or greeting names the sender's unit as often as a person: "Med venlig hilsen\nSocialforvaltningen".
const UNIT_END = /(?:forvaltning|afdeling|kommune|center|centret|sekretariat|styrelse|ministerium|ministeriet|direktorat|enhed|team|kontor|udvalg|råd|skole|institution|myndighed|tilsyn|service|ankestyrelse)(?:en|et|n|s)?$/iu;
// Longer runs of capitalised words are titles, headings or organisations, not one person's name.
const MAX_NAME_TOKENS = 8;
// Words a name follows: greetings, sign-offs, titles and roles, "hedder" and an e-mail header's "skrev".
const NAME_CUES = new Set([
  'hej', 'kære', 'mvh', 'hilsen', 'vh', 'dear', 'hi', 'hr', 'fru', 'frk', 'hedder', 'skrev', 'kaldet', 'att',
  'borgeren', 'ansøgeren', 'klienten', 'barnet', 'eleven', 'patienten', 'værge', 'værgen', 'bisidder', 'partsrepræsentant',
  'rådmand', 'borgmester', 'viceborgmester', 'byrådsmedlem', 'formand', 'formanden', 'næstformand', 'næstformanden',
  'direktør', 'direktøren', 'sagsbehandler', 'sagsbehandleren', 'socialrådgiver', 'socialrådgiveren', 'kontaktperson',
  'advokat', 'advokaten', 'læge', 'lægen', 'lærer', 'læreren', 'pædagog', 'pædagogen', 'konsulent', 'skoleleder', 'afdelingsleder',
]);
// Titles the recogniser sometimes takes into the name they precede.
const TITLES = new Set([
  'kronprins', 'kronprinsesse', 'prins', 'prinsesse', 'dronning', 'dronningen', 'kong', 'kongen', 'dr', 'professor',
  'minister', 'ministeren', 'statsminister',
]);
// A family word after a possessive names a person next, in citizens' e-mails often in lower case ("min søn per",
// "vores datter aisha"). Both words are needed: after a bare family word an ordinary word follows as often ("søn af").
const POSSESSIVES = new Set(['min', 'mit', 'mine', 'din', 'dit', 'hans', 'hendes', 'vores', 'jeres', 'deres', 'sin', 'sit']);
const FAMILY = new Set([
  'søn', 'datter', 'barn', 'mor', 'far', 'moder', 'fader', 'bror', 'broder', 'søster', 'mand', 'kone', 'hustru', 'ægtefælle',
  'kæreste', 'samlever', 'barnebarn', 'nevø', 'niece', 'onkel', 'tante', 'fætter', 'kusine', 'svigermor', 'svigerfar',
  'svigersøn', 'svigerdatter', 'stedsøn', 'steddatter', 'plejesøn', 'plejedatter', 'mormor', 'morfar', 'farmor', 'farfar',
  'nabo', 'veninde', 'ven',
]);

// What a word is to the cue rules, kept on its spelling facts: a name cue, a family word, a possessive.
const CUE = 1;
const FAMILY_WORD = 2;
const POSSESSIVE = 4;
/** Capitalised, then lower case, ending in "s" ("Kelds", "Willumsens"): it may be a name in the genitive. */
const GENITIVE_SHAPE = 8;
const AT_SIGN = 16;
const cuesOf = (form: WordForm): number =>
  (form.nameCues ??=
    (NAME_CUES.has(form.lower) ? CUE : 0) |
    (FAMILY.has(form.lower) ? FAMILY_WORD : 0) |
    (POSSESSIVES.has(form.lower) ? POSSESSIVE : 0) |
    (form.word.length >= 4 && /^\p{Lu}\p{Ll}+s$/u.test(form.word) ? GENITIVE_SHAPE : 0) |
    (form.word === '@' ? AT_SIGN : 0));

/** The recogniser's PER spans as PERSON entities. A confident decision (a wide margin) gives a higher score. */
export function detectNames(text: string, tokens: Tokens, model: PrivacyModel): DetectedEntity[] {
  const { forms, starts, ends, lineStarts, sentenceStarts, style } = tokens;
  const n = forms.length;
  if (!n) return [];
  const { tags, margins } = tagTokens(model, { forms, starts: sentenceStarts, style });
  const word = (j: number) => forms[j]!.word;
  const lower = (j: number) => forms[j]!.lower;

  // Right after a greeting, "hedder" or an e-mail's "skrev", a word that is on the first-name list or is no ordinary
  // word starts a name however it is written ("hej mattson", "hedder goergh bush", "skrev KimHong").
  const isNameLike = (j: number) =>
    /^\p{L}[\p{L}'’-]+$/u.test(word(j)) && (isName(lower(j), model) || (!model.commonWords.has(lower(j)) && !UNIT_END.test(word(j))));
  // After "min søn" the evidence is weaker (an adjective may follow: "din far utålmodig"): the word must be on the
  // name lists, or capitalised and no ordinary word.
  const afterFamilyWord = (i: number) =>
    i >= 2 &&
    cuesOf(forms[i - 1]!) & FAMILY_WORD &&
    cuesOf(forms[i - 2]!) & POSSESSIVE &&
    isNameLike(i) &&
    (isName(lower(i), model) || /^\p{Lu}/u.test(word(i)));
  // Right after a cue word: a name starts here ("Hej Jens", "min søn per").
  const afterCue = (i: number, cues: number) => {
    if (!(cues & (CUE | FAMILY_WORD))) return;
    // Even a word the recogniser took for a place or an organisation: after such a cue a person is likelier.
    if (!((cues & CUE && isNameLike(i)) || afterFamilyWord(i)) || tags[i]!.endsWith('-PER')) return;
    tags[i] = 'B-PER';
    margins[i] = 2;
    for (let j = i + 1; j < Math.min(i + 3, n) && tags[j] !== 'I-PER' && !lineStarts[j] && isNameLike(j); j++) tags[j] = 'I-PER';
  };
  // A handle ("@sophieloehde") names its holder. A listed name in the genitive before a lower-case word is a person,
  // also where a capital is expected anyway ("Kelds oplæg", "Susannes tanker", "sagsbehandler Willumsens vurdering").
  const handles = new Set<number>();
  const handleOrGenitive = (i: number, cues: number) => {
    if (cues & AT_SIGN) {
      if (starts[i + 1] === ends[i] && /^[\p{L}\p{N}_]{2,}$/u.test(word(i + 1)) && (i === 0 || ends[i - 1]! < starts[i]!)) {
        tags[i + 1] = 'B-PER';
        margins[i + 1] = 2;
        handles.add(i + 1);
      }
      return;
    }
    if (!(cues & GENITIVE_SHAPE) || tags[i]!.endsWith('-PER') || !/^\p{Ll}/u.test(word(i + 1))) return;
    const form = forms[i]!;
    const stem = form.lower.slice(0, -1);
    if (model.commonWords.has(stem) || model.commonWords.has(form.lower)) return;
    // A listed surname may also be a place or a firm ("Hansens Is"); the recogniser's other tag then stands.
    if (model.firstNames.has(stem) || (tags[i] === 'O' && model.surnames.has(stem))) {
      tags[i] = 'B-PER';
      margins[i] = 1;
    }
  };
  // One pass for all three, reading each word's cues once: a cue acts on the word after it, and a handle or genitive
  // on its own place and the next, so by the time a place is read every rule that could change it has run.
  let previousCues = 0;
  for (let i = 0; i < n; i++) {
    const cues = cuesOf(forms[i]!);
    if (i > 0) afterCue(i, previousCues);
    if (i + 1 < n && cues & (AT_SIGN | GENITIVE_SHAPE)) handleOrGenitive(i, cues);
    previousCues = cues;
  }

  // Initials right before a name belong to it ("K. J. Philipsen"); a title or greeting at its start does not
  // ("Kronprins Frederik", "Hej Jens").
  for (const span of spansOf(tags, 'PER')) {
    for (let j = span.start - 1; j >= 0 && /^\p{Lu}\.$/u.test(word(j)) && tags[j] === 'O' && !lineStarts[j + 1]; j--) {
      tags[j] = 'B-PER';
      tags[j + 1] = 'I-PER';
      margins[j] = margins[span.start]!;
    }
    let start = span.start;
    while (start + 1 < span.end && (NAME_CUES.has(lower(start)) || TITLES.has(lower(start)))) tags[start++] = 'O';
    if (start > span.start) tags[start] = 'B-PER';
  }

  // A name does not continue across a line break (a signature's name and title are two lines).
  for (let i = 1; i < n; i++) {
    if (tags[i] !== 'O' && tags[i]!.startsWith('I-') && (lineStarts[i] || tags[i - 1] === 'O')) tags[i] = 'O';
  }

  return spansOf(tags, 'PER')
    // A lone letter ("J" of "J.nr.") is an abbreviation, not a name; nor is a run of capitalised words longer than any
    // name, nor one that ends in a street word.
    .filter((s) => s.end - s.start <= MAX_NAME_TOKENS && forms.slice(s.start, s.end).some((f) => /\p{L}{2}/u.test(f.word)) && !STREET_END.test(word(s.end - 1)))
    .map((s) => {
      let end = ends[s.end - 1]!;
      const last = lower(s.end - 1);
      // The Danish genitive stays outside the placeholder ("[PERSON_1]s sag"), so the name itself is what is mapped.
      if (/['’]$/.test(text.slice(end - 1, end))) end -= 1;
      else if (last.endsWith('s') && !isName(last, model) && isName(last.slice(0, -1), model)) end -= 1;
      const margin = margins.slice(s.start, s.end).reduce((a, b) => Math.min(a, b));
      const start = handles.has(s.start) ? starts[s.start]! - 1 : starts[s.start]!;
      return { type: 'PERSON' as const, start, end, score: 0.5 + 0.49 * (1 - Math.exp(-margin / 4)) };
    });
}

const isName = (lower: string, model: PrivacyModel) => model.firstNames.has(lower) || model.surnames.has(lower);
