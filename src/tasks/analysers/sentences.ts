/**
 * Danish sentence splitting for case texts. Abbreviations ("stk.", "jf.", "bl.a.", "f.eks.") and ordinal
 * or numbered points ("1. januar", "§ 3.") do not end a sentence; a line break after a heading or a list
 * item does, because case texts are full of unpunctuated headings.
 */

// Lower-case forms, without their final period. Multi-part forms are matched with their inner periods.
const ABBREVIATIONS = new Set([
  'stk', 'nr', 'jf', 'bl.a', 'f.eks', 'pkt', 'ca', 'kr', 'mio', 'mia', 'mill', 'pct', 'evt', 'mht', 'vedr', 'inkl',
  'ekskl', 'bemærkn', 'm.v', 'm.m', 'o.l', 'osv', 'dvs', 'el', 'mv', 'jfr', 'tlf', 'att', 'ang', 'iflg', 'ifm', 'mhp',
  'pga', 'p.g.a', 'bl.andet', 'hhv', 'henh', 'kl', 'lbk', 'bek', 'vejl', 'cirk', 'kap', 'afsn', 'sml', 'dr', 'hr', 'fru',
  'prof', 'adm', 'dir', 'fmd', 'ndf', 'ovf', 'mdr', 'md', 'min', 'sek', 'ff', 'f', 'a', 's', 'ark', 'j.nr', 'jnr', 'sagsnr',
  'cpr.nr', 'cvr.nr', 'reg.nr', 'kto.nr', 'e.l', 'o.a', 'bl', 'f.ex', 'ex', 'eks', 'gl', 'tidl', 'dagsordenspkt', 'u.å',
]);

const MONTHS = /^(januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec)\b/i;

export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}

/** Whether the period at `dot` belongs to an abbreviation or a number rather than ending a sentence. */
function periodIsPartOfToken(text: string, dot: number): boolean {
  const before = text.slice(Math.max(0, dot - 20), dot);
  const token = /([\p{L}\d.]+)$/u.exec(before)?.[1] ?? '';
  const after = text.slice(dot + 1, dot + 40);
  const nextWord = /^\s*(\S+)/.exec(after)?.[1] ?? '';
  if (/^\d+$/.test(token)) {
    // "1. januar", "§ 3. Stk." and "den 2. september" are ordinals; "i 2025. Det" ends a sentence.
    if (MONTHS.test(nextWord)) return true;
    if (/^\d/.test(nextWord)) return true;
    return /^\p{Ll}/u.test(nextWord);
  }
  if (!token) return false;
  const bare = token.toLowerCase().replace(/^\.+/, '');
  if (ABBREVIATIONS.has(bare)) {
    // "… 282 mio. kr." at the end of a paragraph still ends it; an abbreviation before a capital usually
    // does not ("jf. Barnets Lov"), except the short ones that also end sentences as words ("a.", "s.").
    if (!nextWord) return false;
    return !/^(a|s|f|el|min)$/.test(bare) || /^\p{Ll}|^\d|^§/u.test(nextWord);
  }
  // Inner-period abbreviations not in the list ("m.fl.", "p.t."): letters separated by periods.
  if (/^(\p{L}{1,3}\.)+\p{L}{1,3}$/u.test(bare)) return /^\p{Ll}|^\d|^§/u.test(nextWord);
  return false;
}

export function sentenceSpans(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (/\p{L}|\d/u.test(trimmed)) spans.push({ text: trimmed, start: start + lead, end: start + lead + trimmed.length });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      // A blank line, or a line that ends without punctuation (heading, list item), closes the sentence.
      const prev = text.slice(start, i).trimEnd();
      const next = text.slice(i + 1).trimStart();
      if (text[i + 1] === '\n' || /^\s*\n/.test(text.slice(i + 1)) || (prev && !/[,;:\-–]$/.test(prev) && /^[\p{Lu}\d§•\-–*]/u.test(next))) {
        push(i);
      }
      continue;
    }
    if (ch === '!' || ch === '?') {
      let j = i + 1;
      while (j < text.length && /[!?.)"”’»]/.test(text[j]!)) j++;
      push(j);
      i = j - 1;
      continue;
    }
    if (ch === '.' && !periodIsPartOfToken(text, i)) {
      let j = i + 1;
      while (j < text.length && /[.)"”’»]/.test(text[j]!)) j++;
      if (j >= text.length || /\s/.test(text[j]!)) {
        push(j);
        i = j - 1;
      }
    }
  }
  push(text.length);
  return spans;
}

export const sentences = (text: string): string[] => sentenceSpans(text).map((s) => s.text);
