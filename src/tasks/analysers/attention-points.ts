import { danishRegex } from './boundary.ts';
import { sentenceSpans } from './sentences.ts';

export const ATTENTION_KINDS = ['deadline', 'date', 'amount', 'obligation', 'prohibition', 'condition', 'legal_reference', 'decision', 'party'] as const;
export type AttentionKind = (typeof ATTENTION_KINDS)[number];

export interface AttentionPoint {
  kind: AttentionKind;
  /** The words that triggered the point. */
  match: string;
  /** The whole sentence, so the reader sees the point in context. */
  sentence: string;
  sentenceIndex: number;
  start: number;
  end: number;
}

const MONTH = '(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)';
const DATE_SOURCE = String.raw`\b(?:\d{1,2}\.\s?${MONTH}(?:\s\d{4})?|\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})\b|${MONTH}\s\d{4}|uge\s\d{1,2})`;
const PERIOD = String.raw`\d+\s(?:uger|uge|dage|dag|hverdage|måneder|måned|år)`;

const PATTERNS: { kind: AttentionKind; pattern: RegExp }[] = [
  {
    kind: 'deadline',
    pattern: danishRegex(
      String.raw`\b(?:(?:klage|hørings|ansøgnings|svar|tids)?frist(?:en)?|senest|inden\s(?:for|den)|inden(?=\s\d)|skal\s(?:være\s)?(?:modtaget|indsendt|indgivet)|snarest|hurtigst\smuligt)\b(?:\s(?:er|på|til|for|den|d\.|om))*(?:\s?(?:${DATE_SOURCE}|${PERIOD}))?`,
      'gi',
    ),
  },
  { kind: 'date', pattern: danishRegex(DATE_SOURCE, 'gi') },
  {
    kind: 'amount',
    pattern: danishRegex(
      String.raw`(?:\b\d{1,3}(?:\.\d{3})+(?:,\d+)?|\b\d+(?:,\d+)?)\s?(?:mio\.|mia\.|mill\.|millioner|milliarder|tusind)?\s?(?:kr\.?|kroner|DKK|euro|EUR|€)|(?:kr\.|DKK)\s?\d[\d.,]*|\b\d+(?:,\d+)?\s?(?:pct\.|procent|%)`,
      'gi',
    ),
  },
  {
    kind: 'prohibition',
    pattern: danishRegex(String.raw`\b(?:må\s(?:\p{L}+\s){0,2}?(?:ikke|aldrig)|er\s(?:ikke\stilladt|forbudt)|forbudt?\smod|ikke\stilladt)\b`, 'gi'),
  },
  {
    kind: 'obligation',
    pattern: danishRegex(
      String.raw`\b(?:skal|skulle|er\s(?:forpligtet|forpligtede|pligtig)\still?|har\spligt\still?|pålægges|påbydes|påbud|forpligter|forpligtelse[nr]?|er\snødt\still?)\b`,
      'gi',
    ),
  },
  {
    kind: 'condition',
    pattern: danishRegex(String.raw`\b(?:hvis|såfremt|forudsat\sat|på\sbetingelse\saf|under\sforudsætning\saf|betinget\saf|medmindre|i\stilfælde\saf|forudsætter)\b`, 'gi'),
  },
  {
    kind: 'legal_reference',
    pattern: danishRegex(
      String.raw`(?:\b\p{L}+lovens\s|\blov\som\s[\p{L} ]{3,40}?\s)?§§?\s?\d+\s?[a-z]?\b(?:,\s?stk\.\s?\d+)?(?:,\s?nr\.\s?\d+)?(?:\s(?:i|efter)\s(?:\p{L}+loven|lov\som\s[\p{L} ]{3,40}))?|\b(?:lov|bekendtgørelse|cirkulære)\snr\.\s?\d+`,
      'gi',
    ),
  },
  {
    kind: 'decision',
    pattern: danishRegex(
      String.raw`\b(?:det\sindstilles|indstillingen\s(?:blev\s)?(?:tiltrådt|godkendt|vedtaget)|beslutning(?:en)?|besluttede?|besluttet|vedtog|vedtaget|godkendt|godkendte|godkendes|tiltrådt|tiltrådte|tiltræder|bevilget|bevilges|bevilge|afslag|afvist|afvises|imødekommet|anbefaler|anbefales)\b`,
      'gi',
    ),
  },
  {
    kind: 'party',
    pattern: danishRegex(
      String.raw`\b(?:Byrådet|Kommunalbestyrelsen|Magistraten|Borgmesteren|Rådmanden|\p{Lu}[\p{Ll}-]+udvalget|Ankestyrelsen|Datatilsynet|Folketingsombudsmanden|Ombudsmanden|Styrelsen\sfor\s\p{L}+|\p{Lu}\p{Ll}+styrelsen|\p{Lu}\p{Ll}+ministeriet|Region\s\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\sKommune|Teknik\sog\sMiljø|Borgerservice|Jobcentret|ansøgeren|klageren|partsrepræsentanten|værgen)\b`,
      'g',
    ),
  },
];

/**
 * Finds what a caseworker must not overlook: deadlines and dates, amounts, obligations and prohibitions,
 * conditions, legal references, decisions and the parties named. Every point keeps its sentence so nothing
 * is quoted out of context; overlapping matches of the same kind within a sentence are reported once.
 */
export function attentionPoints(text: string): AttentionPoint[] {
  const points: AttentionPoint[] = [];
  sentenceSpans(text).forEach((span, sentenceIndex) => {
    for (const { kind, pattern } of PATTERNS) {
      const seen: [number, number][] = [];
      for (const m of span.text.matchAll(pattern)) {
        const start = span.start + m.index;
        const end = start + m[0].trimEnd().length;
        if (seen.some(([s, e]) => start < e && end > s)) continue;
        // "skal" inside a prohibition ("må ikke") is reported as the prohibition only.
        if (kind === 'obligation' && points.some((p) => p.kind === 'prohibition' && p.sentenceIndex === sentenceIndex && start < p.end && end > p.start)) continue;
        seen.push([start, end]);
        points.push({ kind, match: m[0].trim(), sentence: span.text, sentenceIndex, start, end });
      }
    }
  });
  return points.sort((a, b) => a.start - b.start || ATTENTION_KINDS.indexOf(a.kind) - ATTENTION_KINDS.indexOf(b.kind));
}
