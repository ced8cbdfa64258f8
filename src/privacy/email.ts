import type { DetectedEntity } from './entity.ts';

// Unicode letters in the local part matter for Danish addresses such as "søren@...".
const EMAIL_PATTERN = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}][\p{L}\p{N}._%+-]*@[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?)*\.\p{L}{2,}(?![\p{L}\p{N}])/gu;
const ADDRESS_CHAR = /[\p{L}\p{N}._%+-]/u;

/**
 * The whole address is one entity, names in the local part included, so name detection never splits it.
 * The pattern runs only on the stretch of address characters around each "@", which keeps long texts fast.
 */
export function detectEmail(text: string): DetectedEntity[] {
  const found: DetectedEntity[] = [];
  let searchFrom = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', Math.max(at + 1, searchFrom))) {
    let from = at;
    while (from > 0 && at - from < 64 && ADDRESS_CHAR.test(text[from - 1]!)) from--;
    let to = at + 1;
    while (to < text.length && to - at < 255 && ADDRESS_CHAR.test(text[to]!)) to++;
    EMAIL_PATTERN.lastIndex = 0;
    const m = EMAIL_PATTERN.exec(text.slice(from, to));
    if (!m) continue;
    found.push({ type: 'EMAIL', start: from + m.index, end: from + m.index + m[0].length, score: 0.95 });
    searchFrom = from + m.index + m[0].length;
  }
  return found;
}
