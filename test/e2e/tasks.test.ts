import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { bootstrapActor } from '../../src/access/index.ts';
import { getUseCase, updateUseCase } from '../../src/policy/index.ts';
import { browserUnavailable, type E2E, seriousViolations, startE2E } from './browser.ts';

const skip = browserUnavailable();
let e2e: E2E;

before(async () => {
  if (!skip) e2e = await startE2E();
});
after(async () => {
  await e2e?.close();
});

// Invented people and numbers; the CPR number has a valid date but belongs to no one we know of.
const CASE_NOTE = `Vi har modtaget en henvendelse fra Jens Hansen, CPR 010180-1234, Nørrebrogade 12, 2200 København N.
Han kan kontaktes på tlf. 22 33 44 55 eller jens.hansen@example.dk.
Henvendelsen handler om tilskud til briller. Han skal sende kvitteringen senest den 1. december 2026.
Beløbet udgør 1.800 kr. Kommunen vender tilbage, når dokumentationen er modtaget.`;

test('an employee previews what is pseudonymised, runs a task, sees the result with its engine and checks, and records minutes saved that a leder then sees on Forbrug', { skip: skip ?? false }, async () => {
  const forvaltning = await e2e.server.createForvaltning('borgerservice', 'Borgerservice');
  const employee = await e2e.server.createUser({ forvaltningId: forvaltning });
  const page = await e2e.newPage();
  await e2e.login(page, employee);
  await page.getByRole('heading', { level: 1, name: 'Opgaver' }).waitFor();
  assert.deepEqual(await seriousViolations(page), []);

  await page.getByRole('link', { name: 'Fremhæv opmærksomhedspunkter' }).click();
  await page.getByRole('heading', { name: 'Fremhæv opmærksomhedspunkter' }).waitFor();
  await page.getByLabel('Din tekst').fill(CASE_NOTE);
  await page.getByRole('button', { name: 'Forhåndsvis' }).click();

  const preview = page.getByRole('region', { name: 'Din tekst med markerede personoplysninger' });
  await preview.waitFor();
  const marked = await preview.locator('mark').allInnerTexts();
  assert.ok(marked.some((m) => m.includes('010180-1234') && m.includes('[CPR_1]')), `CPR is marked with its placeholder: ${marked.join(' | ')}`);
  assert.ok(marked.some((m) => m.includes('Jens Hansen')), 'the name is marked');
  assert.ok(marked.some((m) => m.includes('22 33 44 55')), 'the phone number is marked');
  assert.match(await page.locator('.privacy-preview').innerText(), /personoplysninger erstattes med pladsholdere/);
  assert.deepEqual(await seriousViolations(page), []);

  await page.getByRole('button', { name: 'Kør opgaven' }).click();
  const result = page.getByRole('article', { name: 'Resultat' });
  await result.waitFor();
  assert.match(await result.locator('.engine').innerText(), /Lokal analyse – ingen sprogmodel/);
  const resultText = await result.innerText();
  assert.match(resultText, /1\. december 2026/, 'the deadline is among the attention points');
  assert.match(resultText, /Kontrol/);
  assert.deepEqual(await seriousViolations(page), []);

  await result.getByLabel('Sparede minutter').fill('17');
  await result.getByRole('button', { name: 'Registrér' }).click();
  await result.getByText('Tak. 17 minutter er registreret.').waitFor();
  await page.context().close();

  const leder = await e2e.server.createUser({ roles: ['leder'], forvaltningId: forvaltning });
  const lederPage = await e2e.newPage();
  await e2e.login(lederPage, leder);
  await lederPage.getByRole('link', { name: 'Forbrug' }).click();
  await lederPage.getByRole('heading', { level: 1, name: 'Forbrug' }).waitFor();
  const stats = lederPage.getByRole('list', { name: 'Nøgletal for perioden' });
  await stats.waitFor();
  assert.match(await stats.innerText(), /17 min\./);
  await lederPage.getByText('Vis tallene').first().click();
  assert.deepEqual(await seriousViolations(lederPage), []);
  await lederPage.context().close();
});

test('the task screen works on a phone and with the keyboard alone', { skip: skip ?? false }, async () => {
  const employee = await e2e.server.createUser();
  const page = await e2e.newPage('phone');
  await e2e.login(page, employee);
  await page.getByRole('heading', { level: 1, name: 'Opgaver' }).waitFor();
  const textarea = page.getByLabel('Din tekst');
  await textarea.focus();
  await page.keyboard.type('Mødet handler om budgettet for 2027. Vi skal beslutte rammen senest 15. januar.');
  await page.getByRole('button', { name: 'Forhåndsvis' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Kør opgaven' }).waitFor();
  await page.getByRole('button', { name: 'Kør opgaven' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('article', { name: 'Resultat' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), true, 'no sideways scrolling');
  assert.deepEqual(await seriousViolations(page), []);
  await page.context().close();
});

test('asking the platform to decide a citizen’s case shows a BLOCK with the rule, its legal source and what to do instead, and nothing can be sent', { skip: skip ?? false }, async () => {
  const employee = await e2e.server.createUser();
  const page = await e2e.newPage();
  await e2e.login(page, employee);
  await page.getByRole('heading', { level: 1, name: 'Opgaver' }).waitFor();
  await page.getByLabel('Din tekst').fill('Afgør automatisk, om borgeren skal have kontanthjælp, og send afgørelsen uden at en sagsbehandler ser den.');
  await page.getByRole('button', { name: 'Forhåndsvis' }).click();

  const verdict = page.locator('.verdict');
  await verdict.waitFor();
  const text = await verdict.innerText();
  assert.match(text, /Politik: Blokeret/);
  assert.match(text, /R02/);
  assert.match(text, /Kilde: GDPR art\. 22/);
  assert.match(text, /Gør i stedet: /);
  assert.match(text, /Intet er sendt til en sprogmodel/);
  assert.equal(await page.getByRole('button', { name: 'Kør opgaven' }).isDisabled(), true);
  assert.deepEqual(await seriousViolations(page), []);
  await page.context().close();
});

test('a letter about a child is blocked under the general use case and runs under one approved for children’s data, chosen on the screen', { skip: skip ?? false }, async () => {
  // The ai-koordinator has approved the hjælpemidler letters for children's data (the seed does not).
  const db = e2e.server.app.db;
  const letters = await getUseCase(db, 'afgoerelsesbreve-hjaelpemidler');
  await updateUseCase(db, bootstrapActor, letters.id, {
    dataCategories: [...letters.dataCategories, 'child'],
    // What a T4 entry in the public register must document besides the seed's fields.
    processingRegisterRef: 'Fortegnelsen, Social- og Sundhedsforvaltningen, behandling 14',
    consultation: 'Forældreorganisationer og sagsbehandlere er hørt i piloten.',
  });

  const employee = await e2e.server.createUser();
  const page = await e2e.newPage();
  await e2e.login(page, employee);
  await page.getByRole('link', { name: 'Tjek god sagsbehandlingsskik' }).click();
  await page.getByLabel('Din tekst').fill(
    'Kære Mette Hansen\n\nDu har søgt om et hjælpemiddel til din søn. Vi har besluttet at give afslag, fordi behovet er midlertidigt, jf. serviceloven § 112, stk. 1.',
  );
  const choice = page.getByLabel('Anvendelse');
  assert.equal(await choice.inputValue(), 'generel-intern-assistance');
  await page.getByRole('button', { name: 'Forhåndsvis' }).click();
  const verdict = page.locator('.verdict');
  await verdict.waitFor();
  assert.match(await verdict.innerText(), /Politik: Blokeret[\s\S]*R19/);

  await choice.selectOption(letters.id);
  await page.getByRole('button', { name: 'Forhåndsvis' }).click();
  await page.getByRole('button', { name: 'Kør opgaven' }).waitFor();
  assert.doesNotMatch(await page.locator('.verdict').innerText(), /Blokeret/);
  await page.getByRole('button', { name: 'Kør opgaven' }).click();
  await page.getByText('Lokal analyse', { exact: false }).first().waitFor();
  assert.deepEqual(await seriousViolations(page), []);
  await page.context().close();
});

test('text is read from a Word document and from a PDF in the browser before anything is sent', { skip: skip ?? false }, async () => {
  const { Document, Packer, Paragraph } = await import('docx');
  const docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Notat om skolebusser.'), new Paragraph('Kørslen ændres fra 1. august.')] }] }));
  const employee = await e2e.server.createUser();
  const page = await e2e.newPage();
  const pdfPage = await page.context().newPage();
  await pdfPage.setContent('<p>Referat fra mødet om vintertjeneste. Saltning starter klokken fire.</p>');
  const pdf = await pdfPage.pdf();
  await pdfPage.close();

  await e2e.login(page, employee);
  await page.getByRole('heading', { level: 1, name: 'Opgaver' }).waitFor();
  await page.getByLabel('Hent tekst fra fil').setInputFiles({ name: 'notat.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: docx });
  await page.getByText('Teksten fra notat.docx er indsat.').waitFor();
  assert.match(await page.getByLabel('Din tekst').inputValue(), /Kørslen ændres fra 1\. august/);

  await page.getByLabel('Hent tekst fra fil').setInputFiles({ name: 'referat.pdf', mimeType: 'application/pdf', buffer: pdf });
  await page.getByText('Teksten fra referat.pdf er indsat.').waitFor();
  assert.match(await page.getByLabel('Din tekst').inputValue(), /Saltning starter klokken fire/);
  await page.context().close();
});
