import { ENTITY_TYPES } from './entity.ts';

const TYPE_PATTERN = ENTITY_TYPES.map((t) => t.replace('_', '[ _-]?')).join('|');

/**
 * A placeholder as a model may give it back: "[PERSON_1]", "[Person_1]", "[person 1]", "<PERSON_1>", "{PERSON_1}",
 * doubled as a template would ("[[PERSON_1]]", "{{PERSON_1}}"), or a bare "PERSON_1" (also with a genitive "s").
 * Without brackets the underscore is required, so ordinary text ("person 1") is left alone.
 */
export const PLACEHOLDER_IN_OUTPUT = new RegExp(
  `[\\[<{]{1,2}\\s*(${TYPE_PATTERN})[ _-]?(\\d+)\\s*[\\]>}]{1,2}|(?<![\\p{L}\\p{N}_])(${TYPE_PATTERN.replaceAll('[ _-]?', '_')})_(\\d+)(?=s?(?![\\p{L}\\p{N}_]))`,
  'giu',
);

const SPACE = 32;
const OPENING = /[[<{]/;
/** Every way a placeholder may come back holds one of these; text without any needs no pattern run over it. */
export const MAY_HOLD_PLACEHOLDER = /[[<{_]/;

export const canonicalPlaceholder = (type: string, n: string | number): string =>
  `[${type.toUpperCase().replace(/[ -]/g, '_').replace(/^BANKACCOUNT$/, 'BANK_ACCOUNT').replace(/^LICENSEPLATE$/, 'LICENSE_PLATE')}_${Number(n)}]`;

/**
 * The longest tail of `text` that could still grow into a placeholder; the stream restorer holds it back until
 * the next chunk decides. At most 24 characters, so a stray "[" never stalls the stream.
 */
export function pendingPlaceholderLength(text: string): number {
  // Most pieces of a stream end in a space or punctuation with no bracket near: nothing to hold back.
  const last = text.charCodeAt(text.length - 1);
  if (last === SPACE && !OPENING.test(text.slice(-24))) return 0;
  const tail = text.slice(-24);
  // Only two places can start an unfinished placeholder: the last opening bracket, or the trailing word
  // (a placeholder without brackets has no spaces in it).
  let bracket = Math.max(tail.lastIndexOf('['), tail.lastIndexOf('<'), tail.lastIndexOf('{'));
  // A doubled opening ("[[PERSON_1]]") is held back whole, so the stream restores it as the whole text would.
  if (bracket > 0 && '[<{'.includes(tail[bracket - 1]!)) bracket--;
  const word = /[\p{L}\p{N}_]+$/u.exec(tail);
  const wordStart = word && (word.index > 0 || text.length === tail.length || !/[\p{L}\p{N}_]/u.test(text[text.length - tail.length - 1]!)) ? word.index : -1;
  for (const start of [bracket, wordStart].filter((i) => i >= 0).sort((a, b) => a - b)) {
    if (couldBecomePlaceholder(tail.slice(start))) return tail.length - start;
  }
  return 0;
}

function couldBecomePlaceholder(fragment: string): boolean {
  const opening = /^[[<{]{0,2}/.exec(fragment)![0].length;
  const body = fragment.slice(opening).replace(/^\s+/, '').toUpperCase().replace(/[ -]/g, '_');
  for (const type of ENTITY_TYPES) {
    if (type.startsWith(body) || type.replace('_', '').startsWith(body)) return true;
    for (const spelled of [type, type.replace('_', '')]) {
      if (!body.startsWith(spelled)) continue;
      // A number may still get more digits or a genitive "s"; spaces and a closing bracket, if expected, may follow.
      if (/^_?\d*(?:S|_*[\]>}]?)$/.test(body.slice(spelled.length))) return true;
    }
  }
  return false;
}
