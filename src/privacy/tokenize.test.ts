import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokenize } from './tokenize.ts';

// The tokeniser's contract (tokenize.ts): the tokens of this pattern, with their offsets.
const PATTERN = /(?:\p{Lu}\.)+(?!\p{L})|[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*|\S/gu;

test('tokens are those of the documented pattern, with offsets, however dense the text', () => {
  const texts = [
    'H.C. Andersen bor på Nørregade 7, 2. th., 5000 Odense C. Ring 21 43 65 87!',
    "O'Brien og Hans-Christian; jnr. 2024-008294 (§ 41) – 😀 emoji, mixed Ελληνικά и кириллица.",
    // Denser than prose: the token arrays must grow past their first size.
    'a,b,c,d,e,f,g,h',
    '!?'.repeat(5000),
    '',
  ];
  for (const text of texts) {
    const tokens = tokenize(text);
    const expected = [...text.matchAll(PATTERN)];
    assert.deepEqual(tokens.forms.map((f) => f.word), expected.map((m) => m[0]));
    assert.deepEqual([...tokens.starts], expected.map((m) => m.index));
    assert.deepEqual([...tokens.ends], expected.map((m) => m.index + m[0].length));
    assert.equal(tokens.lineStarts.length, expected.length);
  }
});
