import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sharedData } from '../shared-data.ts';
import { checkLawReferences } from './check-law-references.ts';
import { lawLibraryFromJsonl } from './law-library.ts';
import { findLawReferences } from './law-references.ts';

test('references are found in the word orders Danish letters use', () => {
  const refs = findLawReferences(
    'Efter § 52, stk. 3, nr. 7, i serviceloven og servicelovens § 41, stk. 2, samt lov om social service § 112 og §§ 83 og 84 i serviceloven. Se forvaltningslovens § 19, jf. § 24. Efter § 5 i lov om social pension får du intet.',
  );
  const summary = refs.map((r) => [r.law ?? r.lawName, r.section, r.subsection, r.item]);
  assert.deepEqual(summary, [
    ['serviceloven', '52', '3', '7'],
    ['serviceloven', '41', '2', null],
    ['serviceloven', '112', null, null],
    ['serviceloven', '83', null, null],
    ['serviceloven', '84', null, null],
    ['forvaltningsloven', '19', null, null],
    ['forvaltningsloven', '24', null, null],
    ['lov om social pension', '5', null, null],
  ]);
});

const laws = sharedData('laws/provisions.jsonl');
test('references are checked against the current acts', { skip: !laws.present && 'mangler ../shared/data/laws' }, async () => {
  const library = await lawLibraryFromJsonl(laws.path);
  const text = 'Efter § 52, stk. 3, i serviceloven og servicelovens § 60 og § 112, stk. 1, i serviceloven og § 123 b i serviceloven og § 500 i serviceloven og forvaltningslovens § 24, stk. 9, og § 5 i lov om social pension.';
  const checked = await checkLawReferences(text, library);
  assert.deepEqual(checked.map((c) => [c.reference.section, c.status]), [
    ['52', 'moved'],
    ['60', 'moved'],
    ['112', 'current'],
    ['123b', 'repealed'],
    ['500', 'not_found'],
    ['24', 'not_found'],
    ['5', 'unknown_law'],
  ]);
  const moved = checked[0]!;
  assert.match(moved.message, /§ 32 i barnets lov/);
  assert.match(moved.current!.excerpt, /^§ 32\. Når det må anses/);
  assert.equal(checked[1]!.current, null, 'a children\'s provision with no known new home says so');
  assert.match(checked[2]!.current!.excerpt, /hjælpemidler/);
});

test('every moved provision points at a provision that exists in the new act', { skip: !laws.present && 'mangler ../shared/data/laws' }, async () => {
  const { MOVED_PROVISIONS } = await import('./moved-provisions.ts');
  const library = await lawLibraryFromJsonl(laws.path);
  for (const m of MOVED_PROVISIONS) {
    const target = await library.provision(m.to.law, m.to.section);
    assert.ok(target && !target.repealed, `${m.to.law} § ${m.to.section}`);
    const old = await library.provision(m.from.law, m.from.section);
    assert.ok(!old || old.repealed, `serviceloven § ${m.from.section} is still in force`);
  }
});

test('a § without stk. is flagged when the provision has several', { skip: !laws.present && 'mangler ../shared/data/laws' }, async () => {
  const library = await lawLibraryFromJsonl(laws.path);
  const [ref] = await checkLawReferences('jf. forvaltningslovens § 19', library);
  assert.equal(ref!.status, 'current');
  assert.equal(ref!.missingSubsection, true);
  const [single] = await checkLawReferences('jf. forvaltningslovens § 22', library);
  assert.equal(single!.missingSubsection, false);
});
