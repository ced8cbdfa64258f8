import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lix } from './lix.ts';
import { applyKlarsprog, plainLanguageReport, splitLongSentences } from './plain-language.ts';

const OFFICIALESE = `Såfremt du ønsker at klage over afgørelsen, skal klagen fremsendes til kommunen inden 4 uger, idet klagen skal behandles af kommunen, før den eventuelt videresendes til Ankestyrelsen; endvidere skal du være opmærksom på, at klagefristen regnes fra den dag, hvor du har modtaget afgørelsen, men fristen kan forlænges i særlige tilfælde.`;

test('the report flags long sentences, passive voice and officialese', () => {
  const r = plainLanguageReport(OFFICIALESE);
  assert.equal(r.longSentences.length, 1);
  assert.ok(r.passive.some((p) => p.match === 'skal behandles'));
  assert.deepEqual(new Set(r.substitutions.map((s) => s.from)), new Set(['såfremt', 'fremsendes', 'idet', 'endvidere']));
});

test('klarsprog substitutions keep capitals and an opening "Endvidere" becomes "Desuden"', () => {
  assert.equal(applyKlarsprog('Såfremt du vil. Endvidere kan du ringe i henhold til aftalen.'), 'Hvis du vil. Desuden kan du ringe efter aftalen.');
  assert.equal(applyKlarsprog('Det er ikke en idet-konstruktion'), 'Det er ikke en idet-konstruktion');
});

test('splitting long sentences at safe points lowers LIX and keeps every word of substance', () => {
  const adapted = splitLongSentences(applyKlarsprog(OFFICIALESE));
  assert.ok(lix(adapted).lix < lix(OFFICIALESE).lix);
  assert.ok(lix(adapted).sentences > lix(OFFICIALESE).sentences);
  for (const fact of ['4 uger', 'Ankestyrelsen', 'modtaget afgørelsen']) assert.ok(adapted.includes(fact));
});
