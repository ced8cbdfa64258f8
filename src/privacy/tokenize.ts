import * as chars from './char-class.ts';
import * as features from './ner-features.ts';
import type { WordForm } from './ner-features.ts';

// Bound once: tsx runs each module as CommonJS, where every use of an imported name is a getter call, and this
// loop runs once a character.
const { classAt, COMMON_CLASSES, COMMON_UNITS, LETTER, SPACE, UPPER, WORD_CHAR, widthAt } = chars;
const { formOf } = features;

/**
 * A text's tokens as parallel arrays (one object per token would be most of the tokeniser's cost), with what the
 * recogniser reads of them, gathered in the same pass. The flag scan reads the same tokens; neither changes them. The numbers are typed arrays written in place (growing plain arrays
 * token by token cost about as much as the scan itself).
 */
export interface Tokens {
  /** Each token's spelling facts, shared by its every occurrence. */
  forms: WordForm[];
  starts: Int32Array;
  ends: Int32Array;
  /** 1 where a line break stands between the token and the one before it. */
  lineStarts: Uint8Array;
  /** 1 where a capital letter is expected anyway: the first token, after a full stop, after a line break. */
  sentenceStarts: Uint8Array;
  /** 'L' for text written all in lower case, where capitals cannot tell names apart; 'N' otherwise. */
  style: 'L' | 'N';
}

const NEWLINE = 10;
const DOT = 46;
const isJoiner = (c: number) => c === 45 /* - */ || c === 39 /* ' */ || c === 0x2019; /* ’ */

// Most tokens of one code unit are punctuation; their forms are kept by code unit, so neither a substring nor a
// map lookup is needed for them.
const singleUnitForms: (WordForm | undefined)[] = Array.from({ length: COMMON_UNITS }, () => undefined);

/**
 * Words keep inner hyphens and apostrophes ("Hans-Christian", "O'Brien"); initials keep their dots ("H.C.", "S.");
 * numbers keep their separators; anything else is one character. One pass over the characters, the same tokens as
 * /(?:\p{Lu}\.)+(?!\p{L})|[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*|\S/gu would give.
 */
export function tokenize(text: string): Tokens {
  const length = text.length;
  // Prose has about one token in six characters; room for one in four, grown if a text is denser (at most one a
  // character). Arrays the length of the text were most of the memory a long text's detection allocated.
  let capacity = Math.min(length, 64 + (length >> 2));
  let starts = new Int32Array(capacity);
  let ends = new Int32Array(capacity);
  let lineStarts = new Uint8Array(capacity);
  let sentenceStarts = new Uint8Array(capacity);
  const forms = new Array<WordForm>(capacity);
  const grown = <T extends Int32Array | Uint8Array>(a: T, size: number): T => {
    const b = new (a.constructor as new (n: number) => T)(size);
    b.set(a);
    return b;
  };
  let n = 0;
  let lineBreak = false;
  let afterSentenceEnd = true;
  let capitals = false;
  let i = 0;
  while (i < length) {
    const c = text.charCodeAt(i);
    const cls = c < COMMON_UNITS ? COMMON_CLASSES[c]! : classAt(text, i);
    if (cls & SPACE) {
      if (c === NEWLINE) lineBreak = true;
      i++;
      continue;
    }
    // Initials need a dot right after the capital; testing for it first spares the call for most capitalised words.
    let end = cls & UPPER && (c >= COMMON_UNITS || text.charCodeAt(i + 1) === DOT) ? initialsEnd(text, i) : -1;
    if (end < 0) end = cls & WORD_CHAR ? wordEnd(text, i) : i + widthAt(text, i);
    let form: WordForm;
    if (end === i + 1 && c < COMMON_UNITS) form = singleUnitForms[c] ??= formOf(text[i]!);
    else form = formOf(text.slice(i, end));
    const lineStart = lineBreak && n > 0;
    if (n === capacity) {
      capacity = Math.min(length, 2 * capacity);
      starts = grown(starts, capacity);
      ends = grown(ends, capacity);
      lineStarts = grown(lineStarts, capacity);
      sentenceStarts = grown(sentenceStarts, capacity);
    }
    forms[n] = form;
    starts[n] = i;
    ends[n] = end;
    lineStarts[n] = lineStart ? 1 : 0;
    sentenceStarts[n] = afterSentenceEnd || lineStart ? 1 : 0;
    n++;
    afterSentenceEnd = form.endsSentence;
    capitals ||= form.hasCapital;
    lineBreak = false;
    i = end;
  }
  forms.length = n;
  return {
    forms,
    starts: starts.subarray(0, n),
    ends: ends.subarray(0, n),
    lineStarts: lineStarts.subarray(0, n),
    sentenceStarts: sentenceStarts.subarray(0, n),
    style: capitals ? 'N' : 'L',
  };
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
