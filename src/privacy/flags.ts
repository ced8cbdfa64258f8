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

// One pass over the text finds every signal word; only the (few) hits are then sorted into categories.
const ANY_SIGNAL = new RegExp(`(?<![\\p{L}\\p{N}])${compile(FLAGS.flatMap((f) => SIGNALS[f]))}(?![\\p{L}\\p{N}])`, 'gu');
const BY_FLAG = FLAGS.map((f) => [f, new RegExp(`^(?:${compile(SIGNALS[f])})$`, 'iu')] as const);
// "7-årig", "15 år gammel": an age under 18 is a child.
const CHILD_AGE = /(?<![\p{N}])(1[0-7]|[1-9])[- ]?(?:årig|år gammel|års alderen)/giu;

export function detectFlags(text: string): Flag[] {
  const found = new Set<Flag>();
  // Lower-casing once is much faster than a case-insensitive pattern over a long alternation.
  const lower = text.toLowerCase();
  for (const m of lower.matchAll(ANY_SIGNAL)) {
    for (const [flag, pattern] of BY_FLAG) if (!found.has(flag) && pattern.test(m[0])) found.add(flag);
    if (found.size === FLAGS.length) break;
  }
  CHILD_AGE.lastIndex = 0;
  if (CHILD_AGE.test(lower)) found.add('children');
  return FLAGS.filter((f) => found.has(f));
}
