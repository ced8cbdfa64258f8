import { ENTITY_TYPES } from './entity.ts';

const TYPE_PATTERN = ENTITY_TYPES.map((t) => t.replace('_', '[ _-]?')).join('|');

/**
 * A placeholder as a model may give it back: "[PERSON_1]", "[Person_1]", "[person 1]", "<PERSON_1>" or a bare
 * "PERSON_1". Without brackets the underscore is required, so ordinary text ("person 1") is left alone.
 */
export const PLACEHOLDER_IN_OUTPUT = new RegExp(
  `[\\[<]\\s*(${TYPE_PATTERN})[ _-]?(\\d+)\\s*[\\]>]|(?<![\\p{L}\\p{N}_])(${TYPE_PATTERN.replaceAll('[ _-]?', '_')})_(\\d+)(?![\\p{L}\\p{N}_])`,
  'giu',
);

export const canonicalPlaceholder = (type: string, n: string | number): string =>
  `[${type.toUpperCase().replace(/[ -]/g, '_').replace(/^BANKACCOUNT$/, 'BANK_ACCOUNT').replace(/^LICENSEPLATE$/, 'LICENSE_PLATE')}_${Number(n)}]`;

/**
 * The longest tail of `text` that could still grow into a placeholder; the stream restorer holds it back until
 * the next chunk decides. At most 24 characters, so a stray "[" never stalls the stream.
 */
export function pendingPlaceholderLength(text: string): number {
  const tail = text.slice(-24);
  // Only two places can start an unfinished placeholder: the last opening bracket, or the trailing word
  // (a placeholder without brackets has no spaces in it).
  const bracket = Math.max(tail.lastIndexOf('['), tail.lastIndexOf('<'));
  const word = /[\p{L}\p{N}_]+$/u.exec(tail);
  const wordStart = word && (word.index > 0 || text.length === tail.length || !/[\p{L}\p{N}_]/u.test(text[text.length - tail.length - 1]!)) ? word.index : -1;
  for (const start of [bracket, wordStart].filter((i) => i >= 0).sort((a, b) => a - b)) {
    if (couldBecomePlaceholder(tail.slice(start))) return tail.length - start;
  }
  return 0;
}

function couldBecomePlaceholder(fragment: string): boolean {
  const bracketed = fragment[0] === '[' || fragment[0] === '<';
  const body = (bracketed ? fragment.slice(1) : fragment).replace(/^\s+/, '').toUpperCase().replace(/[ -]/g, '_');
  for (const type of ENTITY_TYPES) {
    if (type.startsWith(body) || type.replace('_', '').startsWith(body)) return true;
    for (const spelled of [type, type.replace('_', '')]) {
      if (!body.startsWith(spelled)) continue;
      // A number may still get more digits; a closing bracket, if expected, has not come yet.
      if (/^_?\d*\s*$/.test(body.slice(spelled.length))) return true;
    }
  }
  return false;
}
