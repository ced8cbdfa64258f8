import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compileTerms, editDistance, fold, TermIndex, tokenise, wordMatches } from './text-match.ts';

test('fold spells out æ, ø and å and drops case and accents', () => {
  assert.equal(fold('Afgør Ålborg Æble Sortér'), 'afgoer aalborg aeble sorter');
});

test('edit distance counts a swap of neighbours as one edit and stops early', () => {
  assert.equal(editDistance('afgoer', 'afgor', 2), 1);
  assert.equal(editDistance('berettiget', 'beretitget', 2), 1);
  assert.ok(editDistance('printer', 'afgoerelse', 2) > 2);
});

test('words and stems forgive one typo in longer words, none in short ones', () => {
  assert.ok(wordMatches('afgor', 'afgoer'));
  assert.ok(wordMatches('beretiget', 'berettiget*'));
  assert.ok(wordMatches('ansoegerne', 'ansoeger*'));
  assert.ok(!wordMatches('tog', 'tag'), 'short words must match exactly');
  assert.ok(!wordMatches('borgerstyret', 'borgerscore*'), 'a stem forgives one edit, not two');
});

test('a word the lexicon knows is not read as a typo of another', () => {
  compileTerms(['medarbejderne', 'medarbejderen']);
  assert.ok(!wordMatches('medarbejderne', 'medarbejderen'));
});

test('terms are found within sentences, with clause positions for instructions', () => {
  const tokens = tokenise('Jeg har besluttet det. Kan du afgøre, om han er berettiget?');
  const ix = new TermIndex(tokens);
  const afgoer = compileTerms(['afgøre']);
  const [i] = ix.find(afgoer);
  assert.equal(tokens[i!]!.sentence, 1);
  assert.ok(ix.near(i!, compileTerms(['berettiget*']), 6));
  assert.ok(!ix.near(i!, compileTerms(['besluttet']), 6, true), 'another sentence does not count');
  assert.ok(ix.has(compileTerms(['er berettiget'])), 'multi-word terms');
});

test('the index finds typos, swapped letters and two edits in long words, as wordMatches decides', () => {
  const tokens = tokenise('Sagsbehnadleren bør vurdre om ansogningerne er beretitget; sagsbehanlderne svarer.');
  const ix = new TermIndex(tokens);
  assert.deepEqual(ix.find(compileTerms(['sagsbehandleren'])), [0, 7], 'one swap, and two edits in a long word');
  assert.ok(ix.has(compileTerms(['vurdere'])), 'a missing letter');
  assert.ok(ix.has(compileTerms(['ansøgning*'])), 'a stem without ø');
  assert.ok(ix.has(compileTerms(['berettiget*'])), 'a stem with swapped letters');
  assert.ok(!ix.has(compileTerms(['bør have'])), 'a short word needs its exact spelling');
});

test('sentences and clauses end at runs of marks', () => {
  const tokens = tokenise('Én, to. Tre!? (fire) “fem”');
  assert.deepEqual(tokens.map((t) => [t.word, t.capital, t.sentence, t.clause, t.inClause]), [
    ['en', true, 0, 0, 0], ['to', false, 0, 1, 0], ['tre', true, 1, 2, 0], ['fire', false, 2, 4, 0], ['fem', false, 2, 6, 0],
  ]);
});
