export interface Token {
  text: string;
  start: number;
  end: number;
}

// Words keep inner hyphens and apostrophes ("Hans-Christian", "O'Brien"); initials keep their dots ("H.C.", "S.");
// numbers keep their separators; anything else is one character.
const TOKEN = /(?:\p{Lu}\.)+(?!\p{L})|[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*|\S/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return tokens;
}
