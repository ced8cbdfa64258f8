/**
 * Unicode character classes as one table lookup per UTF-16 code unit. The tokeniser and the flag scan run over every
 * character of every text; a table read is many times cheaper than a `\p{…}` regex step. Code points outside the
 * BMP (surrogate pairs) are rare in case work and are classified by the patterns each time.
 */
export const WORD_CHAR = 1; // [\p{L}\p{M}\p{N}]: inside a token
export const LETTER = 2; // \p{L}
export const UPPER = 4; // \p{Lu}
export const SPACE = 8; // \s
export const LETTER_OR_DIGIT = 16; // [\p{L}\p{N}]: the word boundary of the flag patterns

const CLASSES: [number, RegExp][] = [
  [WORD_CHAR, /[\p{L}\p{M}\p{N}]/u],
  [LETTER, /\p{L}/u],
  [UPPER, /\p{Lu}/u],
  [SPACE, /\s/u],
  [LETTER_OR_DIGIT, /[\p{L}\p{N}]/u],
];

function classify(ch: string): number {
  let bits = 0;
  for (const [bit, pattern] of CLASSES) if (pattern.test(ch)) bits |= bit;
  return bits;
}

// Each BMP code unit is classified on first sight and remembered; KNOWN marks a filled entry.
const KNOWN = 0x80;
const BMP = new Uint8Array(0x10000);

function bmpClass(c: number): number {
  const b = BMP[c]!;
  return b ? b & ~KNOWN : (BMP[c] = classify(String.fromCharCode(c)) | KNOWN) & ~KNOWN;
}

// The first 2,048 code units (Latin, Greek, Cyrillic, Hebrew, Arabic …), classified up front for the scanners'
// fast path; the rest as they are met.
export const COMMON_UNITS = 0x800;
export const COMMON_CLASSES = Uint8Array.from({ length: COMMON_UNITS }, (_, c) => bmpClass(c));

/** The classes of the code point at `i` (a surrogate pair counts as one). */
export function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) return bmpClass(c);
  const low = text.charCodeAt(i + 1);
  return low >= 0xdc00 && low <= 0xdfff ? classify(text.slice(i, i + 2)) : 0;
}

/** Code units taken by the code point at `i`. */
export function widthAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) return 1;
  const low = text.charCodeAt(i + 1);
  return low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
}

/** The classes of the code point that ends just before `i` (a surrogate pair counts as one). */
export function classBefore(text: string, i: number): number {
  if (i <= 0) return 0;
  const c = text.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return classify(text.slice(i - 2, i));
  }
  return bmpClass(c);
}
