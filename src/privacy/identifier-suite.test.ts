import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectPersonalData } from './index.ts';
import { lookalikes, syntheticIdentifiers } from './synthetic-suite.ts';

test('a generated suite of valid Danish identifiers in many forms and contexts is found in full (recall 1.0)', () => {
  const missed: string[] = [];
  const cases = syntheticIdentifiers();
  for (const c of cases) {
    const at = c.text.indexOf(c.value);
    const hit = detectPersonalData(c.text).some((e) => e.type === c.type && e.start <= at && e.end >= at + c.value.length);
    if (!hit) missed.push(`${c.type}: ${c.text}`);
  }
  assert.deepEqual(missed, [], `${missed.length} of ${cases.length} missed`);
  assert.ok(cases.length > 300);
});

test('look-alikes (case and journal numbers, amounts, dates, § references, order numbers) give no finding', () => {
  const found = lookalikes().flatMap((t) => detectPersonalData(t).map((e) => `${e.type} "${t.slice(e.start, e.end)}" in: ${t}`));
  assert.deepEqual(found, []);
});
