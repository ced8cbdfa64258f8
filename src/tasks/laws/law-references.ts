import { danishRegex } from '../analysers/boundary.ts';
import { LAW_NAME_PATTERN, type LawKey, lawKeyOf } from './law-names.ts';

export interface LawReference {
  /** The words as written: "servicelovens § 41, stk. 2". */
  text: string;
  start: number;
  end: number;
  law: LawKey | null;
  /** The name as written when it is an act we do not know ("lov om social pension"). */
  lawName: string | null;
  section: string;
  subsection: string | null;
  item: string | null;
}

// One or more sections: "52", "52 a", "§§ 83, 84 og 86".
const SECTIONS = String.raw`(\d+(?:\s?[a-z])?(?![\p{L}\d])(?:\s*(?:,|og|eller)\s*\d+(?:\s?[a-z])?(?![\p{L}\d]))*)`;
const TAIL = String.raw`(?:,?\s*stk\.\s*(\d+))?(?:,?\s*nr\.\s*(\d+))?`;
const KNOWN = `(${LAW_NAME_PATTERN})`;
// An act we do not know ends where the sentence goes on: punctuation or a common verb or conjunction.
const OTHER_LAW = String.raw`(lov\s+om\s+(?:[\p{Ll}-]+\s+){0,4}?[\p{Ll}-]+(?=[,.;)]|\s+(?:får|er|har|kan|skal|og|som|til|ikke|du|vi|hvis|fordi|at|blev)(?![\p{L}])|$)|\p{L}+loven|(?:kommunens\s+)?\p{L}*(?:regulativ|vedtægt)(?:et|en)?)`;

// Three word orders cover how Danish letters cite: "servicelovens § 41, stk. 2", "lov om social service § 112"
// and "§ 52, stk. 3, i serviceloven". A bare "§ 24" is resolved against the act named nearest before it.
const LAW_FIRST = danishRegex(String.raw`\b${KNOWN}\s+§§?\s*${SECTIONS}${TAIL}`, 'gi');
const SECTION_FIRST = danishRegex(String.raw`§§?\s*${SECTIONS}${TAIL},?\s+(?:i|efter|jf\.)\s+(?:den\s+)?(?:${KNOWN}\b|${OTHER_LAW})`, 'gi');
const OTHER_LAW_FIRST = danishRegex(String.raw`\b(\p{L}+lovens?|\p{L}+(?:regulativ|vedtægt)(?:ets|ens))\s+§§?\s*${SECTIONS}${TAIL}`, 'gi');
const BARE = danishRegex(String.raw`§§?\s*${SECTIONS}${TAIL}`, 'gi');
const LAW_MENTION = danishRegex(String.raw`\b${KNOWN}\b`, 'gi');

const splitSections = (list: string): string[] =>
  list
    .split(/\s*(?:,|og|eller)\s*/)
    .map((s) => s.replace(/\s+/g, '').toLowerCase())
    .filter(Boolean);

export function findLawReferences(text: string): LawReference[] {
  const refs: LawReference[] = [];
  const spans: [number, number][] = [];
  const taken = (start: number, end: number) => spans.some(([s, e]) => start < e && end > s);
  const add = (m: RegExpMatchArray, law: LawKey | null, lawName: string | null, sections: string, subsection?: string, item?: string) => {
    const start = m.index!;
    const end = start + m[0].length;
    if (taken(start, end)) return;
    spans.push([start, end]);
    const list = splitSections(sections);
    // A subsection or item belongs to the last section of a list ("§§ 83 og 84, stk. 2").
    list.forEach((section, i) => {
      const last = i === list.length - 1;
      refs.push({ text: m[0].trim(), start, end, law, lawName, section, subsection: last ? (subsection ?? null) : null, item: last ? (item ?? null) : null });
    });
  };

  for (const m of text.matchAll(LAW_FIRST)) add(m, lawKeyOf(m[1]!), null, m[2]!, m[3], m[4]);
  for (const m of text.matchAll(SECTION_FIRST)) {
    const known = m[4] ? lawKeyOf(m[4]) : null;
    add(m, known, known ? null : (m[5]?.replace(/\s+/g, ' ') ?? null), m[1]!, m[2], m[3]);
  }
  for (const m of text.matchAll(OTHER_LAW_FIRST)) add(m, null, m[1]!, m[2]!, m[3], m[4]);
  const mentions = [...text.matchAll(LAW_MENTION)].map((m) => ({ at: m.index, law: lawKeyOf(m[1]!) }));
  for (const m of text.matchAll(BARE)) {
    const nearest = mentions.filter((x) => x.at < m.index).at(-1)?.law ?? null;
    add(m, nearest, null, m[1]!, m[2], m[3]);
  }
  return refs.sort((a, b) => a.start - b.start);
}
