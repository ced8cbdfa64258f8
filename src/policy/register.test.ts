import assert from 'node:assert/strict';
import { test } from 'node:test';
import { registerEntry } from './register.ts';
import { renderRegisterPage } from './register-page.ts';
import { TransparencyRegister } from './register-schema.ts';
import { seedUseCase } from './seed-use-cases.ts';
import { STRATEGY } from './strategy.ts';

const stored = (id: string) => ({ ...seedUseCase(id), version: 1, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', publishedAt: '2026-01-01T00:00:00.000Z' });
const register = (entries: ReturnType<typeof registerEntry>[]) => TransparencyRegister.parse({
  schemaVersion: '1.0',
  organisation: STRATEGY.organisation,
  generatedAt: '2026-02-01T00:00:00.000Z',
  policy: { title: STRATEGY.title, adoptedAt: STRATEGY.adoptedAt, principles: STRATEGY.principles, optOuts: STRATEGY.optOuts },
  decisions: ['ALLOW', 'ALLOW_WITH_CONTROLS', 'BLOCK'],
  entries,
});

test('entries carry the Dutch and UK standard fields, with status and category from phase and tier', () => {
  const retired = registerEntry(stored('match-ledige-virksomheder'), 'Frederiksberg Kommune');
  assert.equal(retired.tier, 'T4');
  assert.equal(retired.standards.nlAlgoritmeregister.status, 'Buiten gebruik');
  assert.equal(retired.standards.nlAlgoritmeregister.publication_category, 'Hoog-risico AI-systeem');
  assert.equal(retired.standards.ukAtrs.phase, 'retired');
  const general = registerEntry(stored('generel-intern-assistance'), 'Frederiksberg Kommune');
  assert.match(general.standards.nlAlgoritmeregister.lawful_basis, /GDPR art\. 6, stk\. 1, litra e; art\. 9, stk\. 2, litra g/);
  assert.equal(general.standards.ukAtrs.required_training, 'Grundkursus i AI-kompetencer og rollebaseret træning');
  register([retired, general]);
});

test('the page escapes what coordinators typed', () => {
  const entry = registerEntry({ ...stored('booking-af-lokaler'), name: '<script>alert(1)</script>', summaryPublic: 'a & b "c"' }, 'Kommune <x>');
  const html = renderRegisterPage(register([entry]));
  assert.ok(!html.includes('<script>'));
  assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  assert.match(html, /a &amp; b &quot;c&quot;/);
});
