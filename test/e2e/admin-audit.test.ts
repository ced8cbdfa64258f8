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

test('the AI coordinator creates a forvaltning, a user and an API key in Admin', { skip: skip ?? false }, async () => {
  const admin = await e2e.server.createUser({ roles: ['ai-koordinator'] });
  const page = await e2e.newPage();
  await e2e.login(page, admin);
  await page.getByRole('link', { name: 'Admin' }).click();
  await page.getByRole('heading', { level: 1, name: 'Admin' }).waitFor();
  await page.getByRole('table', { name: '' }).first().waitFor();
  assert.deepEqual(await seriousViolations(page), []);

  await page.getByRole('link', { name: 'Forvaltninger' }).click();
  await page.getByLabel('Id').fill('beskaeftigelse');
  await page.getByLabel('Navn', { exact: true }).fill('Beskæftigelsesforvaltningen');
  await page.getByRole('button', { name: 'Opret forvaltning' }).click();
  await page.getByText('Beskæftigelsesforvaltningen er oprettet.').waitFor();
  assert.deepEqual(await seriousViolations(page), []);

  await page.getByRole('link', { name: 'Brugere' }).click();
  await page.getByLabel('Brugernavn').fill('Ugyldigt Navn');
  await page.getByLabel('Navn', { exact: true }).fill('Karen Sagsbehandler');
  await page.getByRole('button', { name: 'Opret bruger' }).click();
  await page.getByText('Brugernavnet må kun indeholde små bogstaver').first().waitFor();
  await page.getByLabel('Brugernavn').fill('karen.s');
  await page.getByLabel('Forvaltning').selectOption('beskaeftigelse');
  await page.getByRole('button', { name: 'Opret bruger' }).click();
  await page.getByText('Karen Sagsbehandler er oprettet.').waitFor();
  await page.getByRole('cell', { name: 'karen.s' }).waitFor();

  await page.getByRole('button', { name: 'Ret Karen Sagsbehandler' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Leder').check();
  assert.deepEqual(await seriousViolations(page), []);
  await dialog.getByRole('button', { name: 'Gem ændringer' }).click();
  await page.getByText('Karen Sagsbehandler er opdateret.').waitFor();
  // The list reloads after the notice; wait for it rather than reading it at once.
  await page.getByRole('row', { name: /karen\.s.*Medarbejder, Leder/ }).waitFor();

  await page.getByRole('link', { name: 'API-nøgler' }).click();
  await page.getByLabel('Navn', { exact: true }).fill('Sagssystem');
  await page.getByRole('button', { name: 'Opret nøgle' }).click();
  await page.getByText('Nøglen "Sagssystem" er oprettet').waitFor();
  assert.deepEqual(await seriousViolations(page), []);
  await page.context().close();
});

test('a DPO filters the audit trail, sees the chain intact and must justify opening an event', { skip: skip ?? false }, async () => {
  const dpo = await e2e.server.createUser({ roles: ['dpo'] });
  const page = await e2e.newPage();
  await e2e.login(page, dpo);
  await page.getByRole('link', { name: 'Revision' }).click();
  await page.getByText('Kæden er intakt').waitFor();
  assert.deepEqual(await seriousViolations(page), []);

  await page.getByLabel('Handling').fill('session.login');
  await page.getByRole('button', { name: 'Filtrér' }).click();
  await page.getByRole('button', { name: 'Nulstil' }).waitFor();
  // The unfiltered rows stay on screen until the filtered answer arrives; wait for that answer.
  await page.waitForFunction(() => {
    const shown = [...document.querySelectorAll('tbody tr')];
    return shown.length > 0 && shown.every((row) => row.textContent?.includes('session.login'));
  });
  const rows = page.locator('tbody tr');
  for (const text of await rows.allInnerTexts()) assert.match(text, /session\.login/);

  await rows.first().getByRole('button', { name: /Åbn detaljer/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  const open = dialog.getByRole('button', { name: 'Åbn detaljer' });
  assert.equal(await open.isDisabled(), true, 'cannot open without a justification');
  await dialog.getByLabel('Begrundelse').fill('Intern kontrol af log-ind efter henvendelse.');
  await open.click();
  await dialog.getByText('Din åbning af hændelsen er selv registreret').waitFor();
  assert.deepEqual(await seriousViolations(page), []);
  await page.keyboard.press('Escape');

  const opened = await e2e.server.request('GET', '/api/audit/events?action=audit.event_opened');
  assert.equal(opened.body.length, 1);
  await page.context().close();
});
