import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CHILD_CASE_OLD_LAW, GOOD_REFUSAL, HEARING_LETTER, WEAK_REFUSAL } from '../fixtures/decision-letters.ts';
import { lawLibraryFromJsonl } from '../laws/law-library.ts';
import { sharedData } from '../shared-data.ts';
import { CHECKLIST_IDS, decisionChecklist } from './decision-checklist.ts';

const statuses = async (text: string, opts = {}) => Object.fromEntries((await decisionChecklist(text, opts)).map((c) => [c.id, c.status]));

test('every check id of governance.md §4 is answered, in order, with the sentence it rests on', async () => {
  const checks = await decisionChecklist(GOOD_REFUSAL);
  assert.deepEqual(checks.map((c) => c.id), [...CHECKLIST_IDS]);
  const d3 = checks.find((c) => c.id === 'D3')!;
  assert.ok(d3.evidence?.some((e) => e.includes('Ankestyrelsen')));
});

test('a complete refusal passes the blocking checks', async () => {
  const s = await statuses(GOOD_REFUSAL);
  for (const id of ['D0', 'D1', 'D2', 'D2a', 'D2b', 'D2c', 'D3', 'D3a', 'D5', 'D6', 'D8', 'D10']) assert.equal(s[id], 'OK', id);
  assert.equal(s.D9, 'N/A');
});

test('a weak refusal is flagged where it is weak', async () => {
  const s = await statuses(WEAK_REFUSAL);
  assert.equal(s.D0, 'OK');
  assert.equal(s.D2, 'WEAK');
  assert.equal(s.D2a, 'MISSING', 'names the law but no §');
  assert.equal(s.D2c, 'WEAK', 'reasoning without a single concrete fact');
  assert.equal(s.D3, 'WEAK', 'mentions klage but no body, how or deadline');
  assert.equal(s.D3a, 'MISSING');
  assert.equal(s.D8, 'WEAK', 'signed by a unit only');
});

test('a hearing letter is not an afgørelse: D0 and D2–D6 are N/A', async () => {
  const s = await statuses(HEARING_LETTER);
  for (const id of ['D0', 'D1', 'D2', 'D2a', 'D2b', 'D2c', 'D3', 'D3a', 'D4', 'D5', 'D6']) assert.equal(s[id], 'N/A', id);
  assert.equal(s.D8, 'OK');
});

test('a system-made decision is a hard D8 flag; a T4 use case needs the AI notice (D9)', async () => {
  const automated = GOOD_REFUSAL.replace('Du får afslag', 'Systemet har vurderet din sag. Du får afslag');
  assert.equal((await statuses(automated)).D8, 'MISSING');
  assert.equal((await statuses(GOOD_REFUSAL, { tier: 'T4' })).D9, 'MISSING');
});

const laws = sharedData('laws/provisions.jsonl');
test('with the law texts, D11 flags a provision that moved to barnets lov', { skip: !laws.present && 'mangler ../shared/data/laws' }, async () => {
  const library = await lawLibraryFromJsonl(laws.path);
  const checks = await decisionChecklist(CHILD_CASE_OLD_LAW, { laws: library });
  const d11 = checks.find((c) => c.id === 'D11')!;
  assert.equal(d11.status, 'WEAK');
  assert.match(d11.message, /barnets lov/);
  assert.equal((await statuses(GOOD_REFUSAL, { laws: library })).D11, 'OK');
});

test('a partial grant without partshøring over the doctor\'s statement misses D5', async () => {
  const letter = `Afgørelse om hjemmehjælp

Vi har truffet afgørelse om, at du får bevilget rengøring hver 14. dag fra den 1. maj 2026, men du får afslag på indkøbshjælp efter servicelovens § 83, stk. 1, nr. 2.

Begrundelse
Vi har lagt vægt på oplysninger fra din læge om, at du selv kan handle ind. Derfor vurderer vi, at du ikke har behov for indkøbshjælp.

Du kan klage til Ankestyrelsen. Send klagen til os inden 4 uger fra den dag, du har modtaget afgørelsen.

Med venlig hilsen
Anne Holm
Visitator, Visitationen
Dato: 20. april 2026`;
  const s = await statuses(letter);
  assert.equal(s.D0, 'OK');
  assert.equal(s.D5, 'MISSING');
  assert.equal(s.D3, 'OK');
});
