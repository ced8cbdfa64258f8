import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startFakeUpstream, type FakeUpstream } from '../../src/models/index.ts';
import { browserUnavailable, type E2E, seriousViolations, startE2E } from './browser.ts';

const skip = browserUnavailable();
let e2e: E2E;
let upstream: FakeUpstream;

before(async () => {
  if (skip) return;
  upstream = await startFakeUpstream({ chunkDelayMs: 150 });
  e2e = await startE2E({ env: { KAI_OPENAI_BASE_URL: upstream.url, KAI_OPENAI_MODEL: 'kommunens-model', KAI_OPENAI_HOSTING: 'self_hosted' } });
});
after(async () => {
  await e2e?.close();
  await upstream?.close();
});

test('with a language model the answer streams in under the model’s name, and the model never sees the personal data', { skip: skip ?? false }, async () => {
  upstream.respondWith(() =>
    'Borgeren [PERSON_1] søger om tilskud til briller. Kvitteringen skal sendes senest den 1. december 2026. Beløbet er 1.800 kr. Kommunen vender tilbage, når dokumentationen er modtaget.',
  );
  const employee = await e2e.server.createUser();
  const page = await e2e.newPage();
  await e2e.login(page, employee);
  await page.getByRole('link', { name: 'Opsummér hovedpointer' }).click();
  await page.getByLabel('Din tekst').fill(
    'Vi har modtaget en henvendelse fra Jens Hansen, CPR 010180-1234. Han søger om tilskud til briller. Han skal sende kvitteringen senest den 1. december 2026. Beløbet udgør 1.800 kr. Kommunen vender tilbage, når dokumentationen er modtaget.',
  );
  await page.getByLabel(/Sprogmodel – teksten pseudonymiseres/).check();
  await page.getByRole('button', { name: 'Forhåndsvis' }).click();
  await page.getByRole('button', { name: 'Kør opgaven' }).click();
  await page.locator('.streaming').waitFor();

  const result = page.getByRole('article', { name: 'Resultat' });
  await result.waitFor();
  assert.match(await result.locator('.engine').innerText(), /^Sprogmodel: /);
  assert.match(await result.innerText(), /Jens Hansen søger om tilskud/, 'the placeholder is restored in the answer shown');
  assert.deepEqual(await seriousViolations(page), []);

  const sent = JSON.stringify(upstream.chatRequests().map((r) => r.body));
  assert.ok(!sent.includes('010180-1234') && !sent.includes('Jens Hansen'), 'neither the CPR number nor the name left the platform');
  await page.context().close();
});
