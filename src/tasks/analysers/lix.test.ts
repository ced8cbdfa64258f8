import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedData } from '../shared-data.ts';
import { lix } from './lix.ts';

const speeches = sharedData('lix');

test('LIX lands within ±1 of the published value for every opening-of-parliament speech', { skip: !speeches.present && 'mangler ../shared/data/lix' }, () => {
  const rows = readFileSync(join(speeches.path, 'folketingets-aabning-lix-reference.csv'), 'utf8').trim().split(/\r?\n/).slice(1);
  assert.equal(rows.length, 80);
  const off: string[] = [];
  for (const row of rows) {
    const [file, , , , published] = row.split(',');
    const got = lix(readFileSync(join(speeches.path, file!), 'utf8')).lix;
    if (Math.abs(got - Number(published)) > 1) off.push(`${file}: ${got} (offentliggjort ${published})`);
  }
  assert.deepEqual(off, []);
});

test('LIX counts words, long words (more than six letters) and sentences', () => {
  const r = lix('Kommunen har modtaget din ansøgning. Vi behandler den hurtigst muligt!');
  // Long: Kommunen, modtaget, ansøgning, behandler, hurtigst.
  assert.deepEqual(r, { lix: Math.round(10 / 2 + (5 * 100) / 10), words: 10, sentences: 2, longWords: 5 });
});

test('legal abbreviations and section numbers do not end sentences', () => {
  const one = lix('Du får hjælp efter servicelovens § 112, stk. 1, nr. 2, jf. § 113.');
  assert.equal(one.sentences, 1);
  const dotted = lix('Vi har bl.a. lagt vægt på f.eks. lægens udtalelse.');
  // The published calculators count the final period of "bl.a." and "f.eks." (see lix.ts), never the inner ones.
  assert.equal(dotted.sentences, 3);
});

test('an unpunctuated heading is a sentence of its own; empty text scores zero', () => {
  assert.equal(lix('Afgørelse\nDu får afslag.').sentences, 2);
  assert.deepEqual(lix('  \n '), { lix: 0, words: 0, sentences: 0, longWords: 0 });
  assert.equal(lix('EU-borgere og Folketing’et').words, 3);
});
