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

test('a wrong password shows the server’s Danish message and no session starts', { skip: skip ?? false }, async () => {
  const user = await e2e.server.createUser();
  const page = await e2e.newPage();
  await page.goto('/');
  await page.getByRole('heading', { level: 1, name: 'Log ind' }).waitFor();
  assert.equal(await page.title(), 'Log ind – kommune-ai');
  await page.getByLabel('Brugernavn').fill(user.username);
  await page.getByLabel('Adgangskode').fill('forkert-adgangskode');
  await page.getByRole('button', { name: 'Log ind' }).click();
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.innerText(), /adgangskode/i);
  assert.deepEqual(await seriousViolations(page), []);
  await page.context().close();
});

test('an employee who has not passed the course is sent to it, passes the quiz and sees it on Mig', { skip: skip ?? false }, async () => {
  const user = await e2e.server.createUser({ courseCompleted: false });
  const page = await e2e.newPage();
  await e2e.login(page, user);
  await page.getByText('Gennemfør kurset i AI-kompetencer').waitFor();

  await page.getByRole('link', { name: /Min side/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Mig' }).waitFor();
  await page.getByText('Ikke bestået').waitFor();
  assert.deepEqual(await seriousViolations(page), []);

  await page.getByRole('link', { name: 'Kursus' }).click();
  await page.getByRole('heading', { level: 1, name: 'Kursus' }).waitFor();
  await page.getByRole('group').first().waitFor();
  assert.deepEqual(await seriousViolations(page), []);
  const correct = [
    'Nej, en medarbejder træffer afgørelsen',
    'Det erstattes af en pladsholder',
    'Kun i kommunens godkendte platform',
    'Kontrollerer paragraffen mod loven',
    'Så kommunen kan dokumentere effekt før en pilot skaleres',
    'At opsummere et langt notat',
  ];
  for (const answer of correct) await page.getByLabel(answer).check();
  await page.getByRole('button', { name: 'Aflever svar' }).click();
  await page.getByText('Bestået: 6 af 6 rigtige').waitFor();

  await page.getByRole('link', { name: /Min side/ }).click();
  await page.getByText('Bestået', { exact: true }).waitFor();
  assert.equal(await page.getByText('Gennemfør kurset i AI-kompetencer').count(), 0);

  await page.getByLabel('Nuværende adgangskode').fill(user.password);
  await page.getByLabel('Ny adgangskode').fill('kort');
  await page.getByRole('button', { name: 'Skift adgangskode' }).click();
  await page.getByRole('alert').waitFor();
  await page.getByLabel('Ny adgangskode').fill('et-nyt-og-langt-kodeord-2026');
  await page.getByRole('button', { name: 'Skift adgangskode' }).click();
  await page.getByText('Adgangskoden er skiftet.').waitFor();
  assert.deepEqual(await seriousViolations(page), []);
  await page.context().close();
});

test('on a phone the main menu folds behind a button that opens with the keyboard', { skip: skip ?? false }, async () => {
  const user = await e2e.server.createUser({ roles: ['dpo'] });
  const page = await e2e.newPage('phone');
  await e2e.login(page, user);
  const toggle = page.getByRole('button', { name: 'Menu' });
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  assert.equal(await page.getByRole('link', { name: 'Revision' }).isVisible(), false);
  await toggle.focus();
  await page.keyboard.press('Enter');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  await page.getByRole('link', { name: 'Revision' }).click();
  await page.getByRole('heading', { level: 1, name: 'Revision' }).waitFor();
  assert.deepEqual(await seriousViolations(page), []);
  await page.context().close();
});
