import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sentences } from './sentences.ts';

test('Danish abbreviations, ordinals and § numbers do not split sentences', () => {
  const text = 'Vi har den 1. april 2026 modtaget bl.a. lægens udtalelse, jf. § 19, stk. 2. Du får svar ca. 3. maj. Tak for det!';
  assert.deepEqual(sentences(text), ['Vi har den 1. april 2026 modtaget bl.a. lægens udtalelse, jf. § 19, stk. 2.', 'Du får svar ca. 3. maj.', 'Tak for det!']);
});

test('headings and list items on their own lines are sentences', () => {
  assert.deepEqual(sentences('Begrundelse\nVi har lagt vægt på lægens udtalelse.\n- punkt et\n- punkt to'), [
    'Begrundelse',
    'Vi har lagt vægt på lægens udtalelse.',
    '- punkt et',
    '- punkt to',
  ]);
});

test('a year at the end of a sentence ends it', () => {
  assert.deepEqual(sentences('Loven trådte i kraft i 2024. Den gælder nu.'), ['Loven trådte i kraft i 2024.', 'Den gælder nu.']);
});
