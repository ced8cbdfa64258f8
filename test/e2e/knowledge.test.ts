import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { browserUnavailable, type E2E, seriousViolations, startE2E } from './browser.ts';

const skip = browserUnavailable();
let e2e: E2E;

before(async () => {
  if (!skip) e2e = await startE2E();
});
after(async () => {
  await e2e?.close();
});

const GUIDE = `# Vejledning om partshøring

## Hvornår skal der partshøres

Før der træffes afgørelse, skal parten have lejlighed til at udtale sig om oplysninger, der er til ugunst for parten.
Partshøringen sker skriftligt, og fristen er normalt 14 dage.

## Undtagelser

Partshøring kan undlades, hvis sagen haster, eller hvis parten allerede kender oplysningerne.
`;

test('the AI coordinator uploads a document with a progress bar and finds it by search with a highlighted snippet and locator', { skip: skip ?? false }, async (t) => {
  if (!e2e.server.fastify.hasContentTypeParser('multipart/form-data')) {
    t.skip('@fastify/multipart is not registered in build-server.ts yet');
    return;
  }
  const coordinator = await e2e.server.createUser({ roles: ['ai-koordinator'] });
  const page = await e2e.newPage();
  await e2e.login(page, coordinator);
  await page.getByRole('link', { name: 'Vidensbank', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Vidensbank' }).waitFor();

  await page.getByLabel('Id').fill('jura-vejledninger');
  await page.getByLabel('Navn', { exact: true }).fill('Juridiske vejledninger');
  await page.getByRole('button', { name: 'Opret samling' }).click();
  await page.getByText('Samlingen Juridiske vejledninger er oprettet.').waitFor();
  assert.deepEqual(await seriousViolations(page), []);

  await page.getByLabel('Filer').setInputFiles({ name: 'partshoering.md', mimeType: 'text/markdown', buffer: Buffer.from(GUIDE) });
  await page.getByRole('button', { name: /^Overfør/ }).click();
  await page.getByText(/partshoering\.md: Tilføjet: \d+ passager/).waitFor();
  await page.getByRole('cell', { name: 'Vejledning om partshøring', exact: true }).waitFor();

  await page.getByLabel('Søgeord').fill('fristen for partshøring');
  await page.getByRole('button', { name: 'Søg', exact: true }).click();
  const hit = page.locator('.hit').first();
  await hit.waitFor();
  assert.match(await hit.innerText(), /Vejledning om partshøring/);
  assert.ok((await hit.locator('mark').count()) > 0, 'matched words are highlighted');
  assert.match(await hit.locator('.locator').innerText(), /\S/);
  assert.deepEqual(await seriousViolations(page), []);

  await hit.getByRole('button', { name: /Vis passagen/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText(/fristen er normalt 14 dage/).waitFor();
  assert.deepEqual(await seriousViolations(page), []);
  await page.keyboard.press('Escape');
  await page.context().close();
});

test('an employee searches the seeded knowledge bank, opens a cited passage, and sees no upload form', { skip: skip ?? false }, async () => {
  const employee = await e2e.server.createUser();
  const page = await e2e.newPage();
  await e2e.login(page, employee);
  await page.getByRole('link', { name: 'Vidensbank', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Vidensbank' }).waitFor();
  await page.getByRole('heading', { name: 'Samlinger' }).waitFor();
  assert.equal(await page.getByRole('heading', { name: 'Tilføj dokumenter' }).count(), 0);

  await page.getByLabel('Søgeord').fill('klagevejledning');
  await page.keyboard.press('Enter');
  const hit = page.locator('.hit').first();
  await hit.waitFor();
  assert.ok((await hit.locator('mark').count()) > 0, 'matched words are highlighted');
  await hit.getByRole('button', { name: /Vis passagen/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.locator('.passage').waitFor();
  assert.match(await dialog.locator('.passage').innerText(), /klage/i);
  assert.deepEqual(await seriousViolations(page), []);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  await page.context().close();
});

test('a collection limited to one forvaltning is invisible to employees elsewhere, and the coordinator can delete it', { skip: skip ?? false }, async () => {
  await e2e.server.createForvaltning('beskaeftigelse', 'Beskæftigelse');
  await e2e.server.createForvaltning('kultur', 'Kultur og Fritid');
  const coordinator = await e2e.server.createUser({ roles: ['ai-koordinator'] });
  const page = await e2e.newPage();
  await e2e.login(page, coordinator);
  await page.goto('/vidensbank');
  await page.getByLabel('Id').fill('jobcenter');
  await page.getByLabel('Navn', { exact: true }).fill('Jobcentrets vejledninger');
  await page.getByLabel('Kun bestemte forvaltninger').check();
  await page.getByLabel('Beskæftigelse').check();
  assert.deepEqual(await seriousViolations(page), []);
  await page.getByRole('button', { name: 'Opret samling' }).click();
  await page.getByText('Samlingen Jobcentrets vejledninger er oprettet.').waitFor();
  await page.getByRole('button', { name: /Jobcentrets vejledninger.*kun Beskæftigelse/ }).waitFor();

  const outsider = await e2e.server.createUser({ forvaltningId: 'kultur' });
  const other = await e2e.newPage();
  await e2e.login(other, outsider);
  await other.goto('/vidensbank');
  await other.locator('.collection').first().waitFor();
  assert.equal(await other.getByText('Jobcentrets vejledninger').count(), 0);
  await other.context().close();

  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: 'Slet samling Jobcentrets vejledninger' }).click();
  await page.locator('.collection-button', { hasText: 'Jobcentrets vejledninger' }).waitFor({ state: 'detached' });
  await page.context().close();
});
