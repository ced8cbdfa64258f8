import { boundedMemo } from './bounded-memo.ts';
import * as chars from './char-class.ts';
import type { Tokens } from './tokenize.ts';

// Bound once: tsx runs each module as CommonJS, where every use of an imported name is a getter call.
const { classAt, classBefore, COMMON_CLASSES, COMMON_UNITS, LETTER_OR_DIGIT, widthAt } = chars;

/**
 * Signals that a text touches GDPR Art. 9 special categories, Art. 10 criminal offences, children or social
 * circumstances (confidential under Danish administrative practice). A flag is about the text, not about a
 * word to mask: policy and the model catalogue use them to require a stricter model or block a request.
 *
 * The ids are stable; policy rules refer to them.
 */
export const FLAGS = [
  'art9.health',
  'art9.ethnic_origin',
  'art9.political_opinion',
  'art9.religion',
  'art9.trade_union',
  'art9.genetic_biometric',
  'art9.sex_life',
  'art10.criminal',
  'children',
  'social',
] as const;
export type Flag = (typeof FLAGS)[number];

// Stems end in `*` (matched as word prefixes); other entries must be the whole word. Words that are mostly
// ordinary in case work ("behandling", "tro", "dom", "oprindelse") are left out on purpose: a flag that fires on
// every letter is a flag nobody reads.
const SIGNALS: Record<Flag, string[]> = {
  'art9.health': [
    'helbred*', 'diagnos*', 'sygdom*', 'syg', 'syge', 'sygemeld*', 'sygedagpenge*', 'sygeplej*', 'læge*', 'speciallæge*', 'hospital*',
    'indlagt', 'indlæggelse*', 'psykiatri*', 'psykisk*', 'psykolog*', 'depression*', 'deprimeret', 'angst*', 'stress*', 'adhd', 'autis*',
    'skizofren*', 'bipolar*', 'demens*', 'dement', 'kræft*', 'cancer*', 'diabet*', 'epilep*', 'handicap*', 'funktionsnedsættelse*',
    'medicin*', 'genoptræning*', 'misbrug*', 'alkohol*', 'stofmisbrug*', 'rusmiddel*', 'afvænning*', 'abort*', 'gravid*', 'hiv',
    'selvmord*', 'selvskade*', 'arbejdsskade*', 'førtidspension*', 'fleksjob*', 'ressourceforløb*', 'jobafklaring*', 'hjemmepleje*',
    'plejehjem*', 'operation', 'operationen', 'opereret', 'sclerose', 'blodprop*', 'hjerneskade*', 'sindslid*', 'terapi*', 'lægeerklæring*',
    // Conditions, care and aids that citizens name in their own words.
    'sygehus*', 'hospice*', 'hjemmesygeplej*', 'hjemmehjælp*', 'tandlæge*', 'fysioterapi*', 'ergoterapi*', 'astma*', 'allergi*',
    'gigt*', 'migræne*', 'smerte*', 'kronisk*', 'blodtryk*', 'sukkersyg*', 'hjertesyg*', 'hjerteanfald*', 'apopleksi*', 'parkinson*',
    'alzheimer*', 'spiseforstyrrelse*', 'anoreksi*', 'ptsd', 'ordblind*', 'høreapparat*', 'kørestol*', 'rollator*', 'lammelse*',
  ],
  'art9.ethnic_origin': ['etnisk*', 'etnicitet*', 'race', 'racen', 'hudfarve*', 'herkomst*', 'indvandrer*', 'efterkommer*', 'flygtning*', 'asyl*'],
  'art9.political_opinion': ['politisk*', 'partimedlem*', 'partiforening*', 'folketingskandidat*', 'byrådskandidat*', 'stemte', 'vælgerforening*'],
  'art9.religion': [
    'religion*', 'religiøs*', 'troende', 'muslim*', 'kristen', 'kristne', 'jøde', 'jøder', 'jødisk*', 'hindu*', 'buddhis*', 'ateist*',
    'moské*', 'folkekirke*', 'trossamfund*', 'ramadan', 'tørklæde*', 'konvertit*', 'konverteret', 'jehovas', 'islam*', 'synagoge*',
  ],
  'art9.trade_union': ['fagforening*', 'fagforbund*', 'tillidsrepræsentant*', 'tillidsmand*', 'foa', 'bupl', 'dlf', 'djøf', '3f', 'hk', 'a-kasse*'],
  'art9.genetic_biometric': ['genetisk*', 'gentest*', 'dna', 'arvelig*', 'fingeraftryk*', 'ansigtsgenkendelse*', 'biometri*'],
  'art9.sex_life': [
    'seksuel*', 'seksualitet*', 'homoseksuel*', 'biseksuel*', 'lesbisk*', 'bøsse*', 'transkønnet*', 'kønsskifte*', 'kønsidentitet*',
    'lgbt*', 'sexliv*', 'prostitution*', 'prostitueret*', 'voldtægt*', 'voldtaget',
  ],
  'art10.criminal': [
    'strafbar*', 'straffe*', 'straffet', 'straffesag*', 'dømt', 'domfæld*', 'dømte', 'sigtet', 'sigtelse*', 'tiltalt', 'tiltale*',
    'anholdt', 'anholdelse*', 'varetægt*', 'fængsel*', 'fængslet', 'fængsling*', 'bødestraf*', 'politianmeld*', 'kriminal*',
    'straffeattest*', 'prøveløsladt', 'prøveløsladelse*', 'tilhold', 'samfundstjeneste*', 'ungdomskriminalitet*', 'vold', 'voldelig*',
    'tyveri*', 'narkotika*', 'indbrud*', 'røveri*', 'overfald*',
  ],
  children: [
    'barn', 'barnet', 'barnets', 'børn', 'børnene', 'børnenes', 'børns', 'mindreårig*', 'spædbarn*', 'nyfødt*', 'plejebarn*', 'plejebørn*',
    'vuggestue*', 'børnehave*', 'dagpleje*', 'skoleelev*', 'elev', 'eleven', 'elevens', 'teenager*', 'søn', 'sønnen', 'datter', 'datteren',
    'børnesag*', 'ungesag*', 'skolebarn*', 'fritidshjem*', 'sfo', 'fritidsklub*', 'plejefamilie*',
  ],
  social: [
    'kontanthjælp*', 'uddannelseshjælp*', 'integrationsydelse*', 'gæld*', 'inkasso*', 'udsættelse*', 'anbring*', 'anbragt*',
    'underretning*', 'tvangsfjern*', 'forældremyndighed*', 'samvær*', 'skilsmisse*', 'krisecenter*', 'hjemløs*', 'misbrugsbehandling*',
    'boligstøtte*', 'enkeltydelse*', 'aktivitetstilbud*', 'forsørgelse*', 'socialrådgiver*', 'socialforvaltning*', 'serviceloven*',
    'botilbud*', 'bostøtte*', 'familiebehandling*', 'netværksmøde*', 'børnefaglig*', 'handleplan*',
    'arbejdsløs*', 'ledighedsydelse*', 'restance*', 'tvangsauktion*', 'fogedret*',
  ],
};

interface TrieNode {
  next: Map<string, TrieNode>;
  exact: boolean;
  stem: boolean;
}

const escapeChar = (c: string) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The signal words as one pattern with shared prefixes factored out ("syg(?:dom…|e|…)"): the regex engine then
 * tries a handful of branches at each word instead of hundreds.
 */
function compile(entries: string[]): string {
  const root: TrieNode = { next: new Map(), exact: false, stem: false };
  for (const entry of entries) {
    const stem = entry.endsWith('*');
    let node = root;
    for (const c of stem ? entry.slice(0, -1) : entry) {
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { next: new Map(), exact: false, stem: false }));
      node = child;
    }
    if (stem) node.stem = true;
    else node.exact = true;
  }
  const emit = (node: TrieNode): string => {
    if (node.stem) return '[\\p{L}\\p{N}-]*';
    const branches = [...node.next].map(([c, child]) => escapeChar(c) + emit(child));
    if (node.exact) branches.push('');
    return branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
  };
  return emit(root);
}

const SIGNAL_WORDS = FLAGS.flatMap((f) => SIGNALS[f]);
// Tried only where a word starts (the character before is no letter or digit) and its first four characters can
// begin a signal word: most words fail that table lookup (the common "for", "til" and "den" do; "fors", "till" and
// "dem" begin signal words), and the pattern runs on the few that pass. The table is a filter, one bit per slot:
// entries may share a slot.
const SIGNAL_AT = new RegExp(`(?<![\\p{L}\\p{N}])${compile(SIGNAL_WORDS)}(?![\\p{L}\\p{N}])`, 'uy');
const startIndex = (a: number, b: number, c: number, d: number) => ((a & 0x3f) << 15) | ((b & 0x1f) << 10) | ((c & 0x1f) << 5) | (d & 0x1f);
const SIGNAL_STARTS = new Uint32Array((1 << 21) / 32);
const mayStartSignal = (a: number, b: number, c: number, d: number) => {
  const slot = startIndex(a, b, c, d);
  return (SIGNAL_STARTS[slot >>> 5]! & (1 << (slot & 31))) !== 0;
};
for (const word of SIGNAL_WORDS) {
  // Past a short word ("hk", "syg") or a stem's end any character may follow.
  const fixed = word.replace('*', '').slice(0, 4);
  const choices = [0, 1, 2, 3].map((k) => (k < fixed.length ? [fixed.charCodeAt(k)] : Array.from({ length: 32 }, (_, any) => any)));
  for (const a of choices[0]!) {
    for (const b of choices[1]!) {
      for (const c of choices[2]!) {
        for (const d of choices[3]!) {
          const slot = startIndex(a, b, c, d);
          SIGNAL_STARTS[slot >>> 5]! |= 1 << (slot & 31);
        }
      }
    }
  }
}
// Which flags a matched word raises, by string comparison: testing each new word against ten case-insensitive
// Unicode patterns, one per flag, took milliseconds (in the profile, about 4 ms a word).
const BY_FLAG = FLAGS.map((flag) => {
  const entries = SIGNALS[flag];
  return {
    flag,
    exact: new Set(entries.filter((e) => !e.endsWith('*'))),
    stems: entries.filter((e) => e.endsWith('*')).map((e) => e.slice(0, -1)),
  };
});
/**
 * The flags a signal word raises, one bit per flag in FLAGS order. `word` is lower case and all letters, digits and
 * hyphens (the scan matched it), so comparing whole words and prefixes is the case-insensitive match meant, once
 * "ſ" (long s), the one lower-case letter that case-folds to a letter of the signal words, is folded. Signal words
 * recur ("politisk", "børn"), so each is worked out once.
 */
const flagsOf = boundedMemo((word) => {
  const folded = word.replaceAll('ſ', 's');
  let bits = 0;
  BY_FLAG.forEach(({ exact, stems }, k) => {
    if (exact.has(folded) || stems.some((s) => folded.startsWith(s))) bits |= 1 << k;
  });
  return bits;
}, 10_000);

/**
 * The flags the signal words in a lower-cased text raise. Signal words are whole words or word beginnings
 * ("sygemeldt" for "sygemeld*"), matched from left to right without overlapping.
 */
function scan(lower: string): number {
  const length = lower.length;
  let bits = 0;
  let afterWordChar = false;
  let i = 0;
  while (i < length) {
    const c = lower.charCodeAt(i);
    const wordChar = ((c < COMMON_UNITS ? COMMON_CLASSES[c]! : classAt(lower, i)) & LETTER_OR_DIGIT) !== 0;
    if (wordChar && !afterWordChar && mayStartSignal(c, lower.charCodeAt(i + 1), lower.charCodeAt(i + 2), lower.charCodeAt(i + 3))) {
      SIGNAL_AT.lastIndex = i;
      const m = SIGNAL_AT.exec(lower);
      if (m) {
        bits |= flagsOf(m[0]);
        i += m[0].length;
        afterWordChar = (classBefore(lower, i) & LETTER_OR_DIGIT) !== 0;
        continue;
      }
    }
    afterWordChar = wordChar;
    i += c < COMMON_UNITS ? 1 : widthAt(lower, i);
  }
  return bits;
}

const CHILDREN = 1 << FLAGS.indexOf('children');
// "7-årig", "15 år gammel": an age under 18 is a child.
const CHILD_AGE = /(?<![\p{N}])(1[0-7]|[1-9])[- ]?(?:årig|år gammel|års alderen)/iuy;

/**
 * Whether the text gives a child's age. Every such phrase holds "år" one to three characters after its start, so the
 * pattern is tried only there rather than run over the whole text.
 */
function mentionsChildAge(text: string): boolean {
  const aar = /år/giu;
  for (let m = aar.exec(text); m; m = aar.exec(text)) {
    for (let start = m.index - 1; start >= Math.max(0, m.index - 3); start--) {
      CHILD_AGE.lastIndex = start;
      if (CHILD_AGE.test(text)) return true;
    }
  }
  return false;
}

/**
 * The flags a text raises. With the name recogniser's tokens at hand, word by word (a signal word never spans two
 * tokens, and each distinct word is scanned once); without them, one scan of the lower-cased text, which costs less
 * than cutting it into tokens first. Both find the same flags.
 */
export function detectFlags(text: string, tokens?: Tokens): Flag[] {
  let bits = 0;
  if (tokens) {
    // Each distinct word is scanned once and keeps its flags; no signal word is a single character.
    for (const form of tokens.forms) bits |= form.flagBits ??= form.lower.length > 1 ? scan(form.lower) : 0;
  } else {
    bits = scan(text.toLowerCase());
  }
  if (!(bits & CHILDREN) && mentionsChildAge(text)) bits |= CHILDREN;
  return FLAGS.filter((_, k) => bits & (1 << k));
}
