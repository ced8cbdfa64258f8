import * as chars from './char-class.ts';

// Bound once: tsx runs each module as CommonJS, where every use of an imported name is a getter call, and this
// loop runs once a character.
const { classAt, COMMON_CLASSES, COMMON_UNITS, LETTER, SPACE, UPPER, WORD_CHAR, widthAt } = chars;

/** A text's tokens as parallel arrays: one object per token would be most of the tokeniser's cost. */
export interface Tokens {
  words: string[];
  starts: number[];
  ends: number[];
  /** True where a line break stands between the token and the one before it. */
  lineStarts: boolean[];
}

const NEWLINE = 10;
const DOT = 46;
const isJoiner = (c: number) => c === 45 /* - */ || c === 39 /* ' */ || c === 0x2019; /* ’ */

/**
 * Words keep inner hyphens and apostrophes ("Hans-Christian", "O'Brien"); initials keep their dots ("H.C.", "S.");
 * numbers keep their separators; anything else is one character. One pass over the characters, the same tokens as
 * /(?:\p{Lu}\.)+(?!\p{L})|[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*|\S/gu would give.
 */
export function tokenize(text: string): Tokens {
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const lineStarts: boolean[] = [];
  const length = text.length;
  let lineBreak = false;
  let i = 0;
  while (i < length) {
    const c = text.charCodeAt(i);
    const cls = c < COMMON_UNITS ? COMMON_CLASSES[c]! : classAt(text, i);
    if (cls & SPACE) {
      if (text.charCodeAt(i) === NEWLINE) lineBreak = true;
      i++;
      continue;
    }
    let end = cls & UPPER ? initialsEnd(text, i) : -1;
    if (end < 0) end = cls & WORD_CHAR ? wordEnd(text, i) : i + widthAt(text, i);
    words.push(text.slice(i, end));
    lineStarts.push(lineBreak && starts.length > 0);
    starts.push(i);
    ends.push(end);
    lineBreak = false;
    i = end;
  }
  return { words, starts, ends, lineStarts };
}

/** The end of "H.C." starting at i, or -1: capitals each with a dot, not followed by a letter. */
function initialsEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length && classAt(text, j) & UPPER) {
    const w = widthAt(text, j);
    if (text.charCodeAt(j + w) !== DOT) break;
    j += w + 1;
  }
  if (j === i || (j < text.length && classAt(text, j) & LETTER)) return -1;
  return j;
}

/** The end of a word starting at i, with inner hyphens and apostrophes. */
function wordEnd(text: string, i: number): number {
  let j = runEnd(text, i);
  while (j + 1 < text.length && isJoiner(text.charCodeAt(j)) && classAt(text, j + 1) & WORD_CHAR) j = runEnd(text, j + 1);
  return j;
}

function runEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (c < COMMON_UNITS) {
      if (!(COMMON_CLASSES[c]! & WORD_CHAR)) break;
      j++;
    } else if (classAt(text, j) & WORD_CHAR) j += widthAt(text, j);
    else break;
  }
  return j;
}
