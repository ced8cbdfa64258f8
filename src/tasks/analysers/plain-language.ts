import { danishRegex } from './boundary.ts';
import { type LixResult, lix } from './lix.ts';
import { sentenceSpans } from './sentences.ts';
import { words } from './words.ts';

export const AUDIENCES = ['borger', 'letlæst', 'barn', 'fagperson', 'engelsk'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** The LIX each audience should reach; English has no Danish LIX target. */
export const LIX_TARGET: Record<Audience, number | null> = { borger: 40, letlæst: 30, barn: 25, fagperson: 50, engelsk: null };
export const LONG_SENTENCE_WORDS = 25;

/**
 * Klarsprog substitutions: officialese on the left, the everyday word on the right. Written for municipal
 * letters; phrases come before single words so "i henhold til" is replaced as a whole.
 */
export const KLARSPROG: [string, string][] = [
  ['i henhold til', 'efter'],
  ['i medfør af', 'efter'],
  ['med henblik på at', 'for at'],
  ['med henblik på', 'for'],
  ['på nuværende tidspunkt', 'nu'],
  ['i forbindelse med', 'ved'],
  ['er berettiget til', 'har ret til'],
  ['er ikke berettiget til', 'har ikke ret til'],
  ['anmode om', 'bede om'],
  ['anmoder om', 'beder om'],
  ['såfremt', 'hvis'],
  ['endvidere', 'også'],
  ['ligeledes', 'også'],
  ['tillige', 'også'],
  ['ydermere', 'desuden'],
  ['idet', 'fordi'],
  ['hvorvidt', 'om'],
  ['vedrørende', 'om'],
  ['desangående', 'om det'],
  ['førend', 'før'],
  ['fremsende', 'sende'],
  ['fremsendes', 'sendes'],
  ['fremsendt', 'sendt'],
  ['fremsender', 'sender'],
  ['erholde', 'få'],
  ['forefindes', 'findes'],
  ['fornøden', 'nødvendig'],
  ['fornødne', 'nødvendige'],
  ['iværksætte', 'sætte i gang'],
  ['iværksat', 'sat i gang'],
  ['undertegnede', 'jeg'],
  ['nærværende', 'denne'],
  ['pågældende', 'den'],
  ['medio', 'midt i'],
  ['ultimo', 'sidst i'],
  ['primo', 'først i'],
  ['anmodning', 'ønske'],
  ['således', 'sådan'],
  ['påregne', 'regne med'],
  ['ansøgte', 'det du søgte om'],
  ['foranlediget af', 'på grund af'],
  ['eftersom', 'fordi'],
];

const SUBSTITUTIONS = KLARSPROG.map(([from, to]) => ({
  from,
  to,
  pattern: danishRegex(String.raw`\b${from.replaceAll(' ', String.raw`\s+`)}\b`, 'gi'),
}));

// Modal + s-passive ("kan bevilges"), the blive-passive ("blev behandlet") and an s-passive with its agent
// ("træffes af kommunen"). Letters to citizens read better when the municipality is the subject.
const PASSIVE = danishRegex(
  String.raw`\b(?:(?:skal|kan|vil|må|bør|skulle|kunne)\s+(?:ikke\s+)?\p{L}{3,}es|(?:blev|bliver|er\s+blevet|var\s+blevet|blive)\s+(?:\p{L}+\s+)?\p{L}{3,}(?:et|t|ede)|\p{L}{3,}es\s+af\s+(?:kommunen|os|forvaltningen|\p{L}+en))\b`,
  'gi',
);

export interface PlainLanguageReport {
  lix: LixResult;
  longSentences: { text: string; words: number }[];
  passive: { match: string; sentence: string }[];
  substitutions: { from: string; to: string; found: string; sentence: string }[];
}

export function plainLanguageReport(text: string): PlainLanguageReport {
  const spans = sentenceSpans(text);
  const longSentences = spans.map((s) => ({ text: s.text, words: words(s.text).length })).filter((s) => s.words > LONG_SENTENCE_WORDS);
  const passive = spans.flatMap((s) => [...s.text.matchAll(PASSIVE)].map((m) => ({ match: m[0], sentence: s.text })));
  const substitutions = spans.flatMap((s) =>
    SUBSTITUTIONS.flatMap(({ from, to, pattern }) => [...s.text.matchAll(pattern)].map((m) => ({ from, to, found: m[0], sentence: s.text }))),
  );
  return { lix: lix(text), longSentences, passive, substitutions };
}

// "Også" cannot open a Danish main clause the way "Endvidere" does; "Desuden" can.
const keepCase = (found: string, replacement: string) => {
  if (!/^\p{Lu}/u.test(found)) return replacement;
  const opener = replacement === 'også' ? 'desuden' : replacement;
  return opener.charAt(0).toUpperCase() + opener.slice(1);
};

/** Replaces officialese with everyday words, keeping a capital letter where the original had one. */
export function applyKlarsprog(text: string): string {
  let out = text;
  for (const { to, pattern } of SUBSTITUTIONS) out = out.replace(pattern, (found) => keepCase(found, to));
  return out;
}

// Where a long sentence can be split without changing its meaning: a semicolon, or a comma before a main-clause
// conjunction when both halves are whole clauses of some length.
const SPLIT_POINTS = /;\s+|,\s+(?=(?:men|og derfor|så|derfor)\s(?!at\s|hvis\s|når\s))/g;
const MIN_PART_WORDS = 6;

/** Splits long sentences at safe points; the second part starts with a capital letter. */
export function splitLongSentences(text: string, maxWords = LONG_SENTENCE_WORDS): string {
  let out = '';
  let cursor = 0;
  for (const span of sentenceSpans(text)) {
    out += text.slice(cursor, span.start);
    cursor = span.end;
    if (words(span.text).length <= maxWords) {
      out += span.text;
      continue;
    }
    let rest = span.text;
    let rebuilt = '';
    for (const m of [...span.text.matchAll(SPLIT_POINTS)].reverse()) {
      const before = rest.slice(0, m.index);
      const after = rest.slice(m.index + m[0].length);
      if (words(before).length < MIN_PART_WORDS || words(after).length < MIN_PART_WORDS) continue;
      const afterNoConj = after.replace(/^(?:og derfor|så|også)\s+/, (c) => (c.startsWith('og derfor') ? 'derfor ' : c.startsWith('også') ? 'desuden ' : ''));
      rebuilt = `. ${afterNoConj.charAt(0).toUpperCase()}${afterNoConj.slice(1)}${rebuilt}`;
      rest = before.replace(/[,;]\s*$/, '');
    }
    out += rest + rebuilt;
  }
  return out + text.slice(cursor);
}
