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

test('the AI coordinator sees the seeded use cases in the risk matrix, the phase pipeline and the register, and registers a new one', { skip: skip ?? false }, async () => {
  const coordinator = await e2e.server.createUser({ roles: ['ai-koordinator'] });
  const useCases = (await e2e.server.request('GET', '/api/policy/use-cases')).body as { name: string; phase: string }[];
  const active = useCases.filter((u) => u.phase !== 'retired');
  const page = await e2e.newPage();
  await e2e.login(page, coordinator);
  await page.getByRole('link', { name: 'Styring' }).click();
  const matrix = page.getByRole('table', { name: /Risikomatrix/ });
  await matrix.waitFor();
  const counts = (await matrix.locator('.matrix-count').allInnerTexts()).map(Number);
  assert.equal(counts.reduce((a, b) => a + b, 0) + (await page.locator('.alert-error li').count()), active.length, 'every active use case is in a cell or listed as T0');
  const pipeline = page.locator('.pipeline');
  for (const phase of ['Idé', 'Pilot', 'Drift', 'Skalering']) assert.match(await pipeline.innerText(), new RegExp(phase));
  assert.deepEqual(await seriousViolations(page), []);

  await page.getByRole('link', { name: 'Register', exact: true }).click();
  const register = page.getByRole('region', { name: 'Registeret over anvendelser' });
  await register.waitFor();
  assert.equal(await register.locator('tbody tr').count(), useCases.length);
  await register.locator('summary').first().click();
  assert.deepEqual(await seriousViolations(page), []);

  await page.getByRole('link', { name: 'Ny anvendelse' }).click();
  await page.getByLabel('Navn', { exact: true }).fill('Visitation til hjemmepleje');
  await page.getByLabel('Område').selectOption('health_care_nursing');
  await page.getByLabel('Rolle i afgørelser').selectOption('decision_support');
  await page.getByLabel('Borgerrettet').check();
  await page.getByLabel('Følsomme oplysninger (art. 9)').check();
  assert.deepEqual(await seriousViolations(page), []);
  await page.getByRole('button', { name: 'Registrér anvendelse' }).click();
  const created = page.getByText('Visitation til hjemmepleje er registreret');
  await created.waitFor();
  assert.match(await page.locator('.alert-success').innerText(), /Risikoniveau: T4/);
  await page.context().close();
});

test('the AI coordinator fills in what a pilot lacks, sees it become ready and moves it to production', { skip: skip ?? false }, async () => {
  const useCases = (await e2e.server.request('GET', '/api/policy/use-cases')).body as { id: string; name: string; phase: string; nextPhase: { missing: { field: string | null }[] } | null }[];
  const pilot = useCases.find((u) => u.phase === 'pilot' && u.nextPhase?.missing.length && u.nextPhase.missing.every((m) => m.field?.startsWith('businessCase.')));
  assert.ok(pilot, 'the seed has a pilot that lacks only its business case');
  const coordinator = await e2e.server.createUser({ roles: ['ai-koordinator'] });
  const page = await e2e.newPage();
  await e2e.login(page, coordinator);
  await page.goto('/styring');
  const card = page.locator('.pipeline-card', { hasText: pilot.name });
  await card.getByText(/krav mangler før drift/).waitFor();
  assert.equal(await card.getByRole('button', { name: /Flyt til drift/ }).isDisabled(), true);

  await card.getByRole('button', { name: `Ret ${pilot.name}` }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(/Gevinsten er dokumenteret \(mangler før drift\)/).check();
  await dialog.getByLabel(/Driftsomkostningerne er medregnet/).check();
  assert.deepEqual(await seriousViolations(page), []);
  await dialog.getByRole('button', { name: 'Gem anvendelsen' }).click();
  await page.getByText(`${pilot.name} er gemt.`).waitFor();

  await card.getByText(/Klar/).waitFor();
  await card.getByRole('button', { name: /Flyt til drift/ }).click();
  const production = page.locator('.pipeline-phase', { has: page.getByRole('heading', { name: /^Drift/ }) });
  await production.locator('.pipeline-name', { hasText: pilot.name }).waitFor();
  const after = (await e2e.server.request('GET', `/api/policy/use-cases/${pilot.id}`)).body as { phase: string };
  assert.equal(after.phase, 'production');
  await page.context().close();
});

test('a revisor reads Styring but cannot register or move use cases', { skip: skip ?? false }, async () => {
  const revisor = await e2e.server.createUser({ roles: ['revisor'] });
  const page = await e2e.newPage();
  await e2e.login(page, revisor);
  await page.getByRole('link', { name: 'Styring' }).click();
  await page.getByRole('table', { name: /Risikomatrix/ }).waitFor();
  assert.equal(await page.getByRole('link', { name: 'Ny anvendelse' }).count(), 0);
  assert.equal(await page.getByRole('button', { name: /^Flyt til/ }).count(), 0);
  assert.equal(await page.getByRole('link', { name: 'Offentligt register', exact: true }).getAttribute('href'), '/register');
  await page.context().close();
});

test('Admin shows models and budgets; a budget set there appears as a bar on Forbrug', { skip: skip ?? false }, async () => {
  await e2e.server.createForvaltning('teknik-miljoe', 'Teknik og Miljø');
  const coordinator = await e2e.server.createUser({ roles: ['ai-koordinator'] });
  const page = await e2e.newPage();
  await e2e.login(page, coordinator);
  await page.goto('/admin?fane=modeller');
  await page.getByRole('heading', { name: 'Sprogmodeller' }).waitFor();
  await page.getByRole('heading', { name: 'Tilføj model' }).waitFor();
  assert.deepEqual(await seriousViolations(page), []);

  await page.getByRole('link', { name: 'Budgetter' }).click();
  await page.getByRole('heading', { name: 'Sæt budget' }).waitFor();
  await page.getByLabel('Forvaltning').selectOption('teknik-miljoe');
  await page.getByLabel('Månedligt budget (kr.)').fill('2500');
  await page.getByRole('button', { name: 'Gem budget' }).click();
  await page.getByText('Budgettet for Teknik og Miljø er gemt.').waitFor();
  await page.getByRole('meter', { name: 'Budget for Teknik og Miljø' }).waitFor();
  assert.deepEqual(await seriousViolations(page), []);

  await page.getByRole('link', { name: 'Forbrug' }).click();
  const meter = page.getByRole('meter', { name: 'Budget for Teknik og Miljø' });
  await meter.waitFor();
  assert.match((await meter.getAttribute('aria-valuetext')) ?? '', /af 2\.500,00\s*kr\./);
  assert.deepEqual(await seriousViolations(page), []);
  await page.context().close();
});
