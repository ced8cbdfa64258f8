import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { AppError } from '../../kernel/index.ts';
import { chunkSections } from '../chunk-sections.ts';
import { citationTerms } from '../citation-terms.ts';
import { minimalPdf } from '../testing/minimal-pdf.ts';
import { MAX_DOCUMENT_BYTES, parseDocument } from './parse-document.ts';

const LAWS = fileURLToPath(new URL('../../../../shared/data/laws/', import.meta.url));

const LAW = `# Bekendtgørelse af forvaltningsloven

- Kilde: https://example.invalid

## Kapitel 5

### § 19

§ 19. Er en part ikke bekendt med oplysninger, må der ikke træffes afgørelse, før parten er gjort bekendt med oplysningerne, jf. stk. 2. Stk. 2. Bestemmelsen i stk. 1 gælder ikke, hvis det er uforeneligt med hensynet til sagens hurtige afgørelse. Stk. 3. Vedkommende minister kan fastsætte regler.

### § 9a

§ 9 a. En anmodning om aktindsigt skal angive den sag, hvis dokumenter parten ønsker.

### § 21-25

§§ 21-25. (Ophævet)
`;

async function expectReason(promise: Promise<unknown>, code: string, pattern: RegExp) {
  await assert.rejects(promise, (err: unknown) => {
    assert.ok(err instanceof AppError, `expected AppError, got ${(err as Error)?.name}`);
    assert.equal(err.code, code);
    assert.match(err.message, pattern);
    return true;
  });
}

test('a law text is split per § and stk., each with a citable locator', async () => {
  const doc = await parseDocument(Buffer.from(LAW), 'forvaltningsloven.md');
  assert.equal(doc.title, 'Forvaltningsloven');
  assert.deepEqual(
    doc.sections.map((s) => s.locator),
    ['Forvaltningsloven § 19, stk. 1', 'Forvaltningsloven § 19, stk. 2', 'Forvaltningsloven § 19, stk. 3', 'Forvaltningsloven § 9 a'],
  );
  // "jf. stk. 2" inside a sentence is a reference, not the start of stk. 2.
  assert.match(doc.sections[0]!.text, /jf\. stk\. 2\.$/);
  assert.match(doc.sections[1]!.text, /^Stk\. 2\. Bestemmelsen/);
  assert.equal(doc.sections[0]!.heading, 'Kapitel 5 § 19, stk. 1');
  assert.ok(!doc.sections.some((s) => s.text.includes('Kilde')), 'metadata lines are not law text');
});

test('the real law texts get short citation names and one chunk per stk.', { skip: !existsSync(LAWS) && 'shared/data/laws mangler' }, async () => {
  const expected: Record<string, string> = {
    'forvaltningsloven.md': 'Forvaltningsloven § 19, stk. 2',
    'serviceloven.md': 'Serviceloven § 85',
    'databeskyttelsesloven.md': 'Databeskyttelsesloven § 11, stk. 2',
    'offentlighedsloven.md': 'Offentlighedsloven § 7, stk. 1',
    'barnets-lov.md': 'Barnets lov § 1, stk. 2',
  };
  for (const [file, locator] of Object.entries(expected)) {
    const doc = await parseDocument(readFileSync(LAWS + file), file);
    const chunks = chunkSections(doc.sections);
    assert.ok(chunks.some((c) => c.locator === locator), `${file}: ${locator}`);
    assert.ok(chunks.every((c) => c.text.length > 0 && !/\(Ophævet\)$/.test(c.text)));
  }
});

test('Markdown sections follow the headings; long sections are cut but keep their locator', async () => {
  const long = Array.from({ length: 60 }, (_, i) => `Sætning nummer ${i} handler om databeskyttelse og sikkerhed i kommunen.`).join(' ');
  const md = `# Vejledning\n\nIndledende tekst.\n\n## Databeskyttelse\n\n### CPR-numre\n\nCPR-numre sendes **kun** med [sikker post](https://example.invalid).\n\n## Lang\n\n${long}\n`;
  const doc = await parseDocument(Buffer.from(md), 'vejledning.md');
  assert.equal(doc.title, 'Vejledning');
  const chunks = chunkSections(doc.sections);
  assert.deepEqual(chunks.slice(0, 2).map((c) => c.locator), ['indledning', 'Databeskyttelse › CPR-numre']);
  assert.equal(chunks[1]!.text, 'CPR-numre sendes kun med sikker post.');
  const lang = chunks.filter((c) => c.locator === 'Lang');
  assert.ok(lang.length >= 2, 'a section of 600 words is split');
  assert.equal(lang.map((c) => c.text).join(' '), long);
  const blob = chunkSections([{ heading: '', locator: 'side 1', page: 1, text: 'x'.repeat(10_000) }]);
  assert.deepEqual(blob.map((c) => c.text.length), [4000, 4000, 2000], 'text without spaces is cut by length');
});

test('a guideline with one § heading among others stays a guideline', async () => {
  const doc = await parseDocument(Buffer.from('# Vejledning\n\n## Indledning\n\nOm partshøring.\n\n## § 19 i praksis\n\nHøringsfristen er 14 dage.\n\n## Kontakt\n\nRing til jura.\n'), 'v.md');
  assert.deepEqual(doc.sections.map((s) => s.locator), ['Indledning', '§ 19 i praksis', 'Kontakt']);
});

test('HTML: headings drive the sections, scripts and markup are dropped, entities decoded', async () => {
  const html = `<html><head><title>Om klager</title><script>alert("x")</script></head><body><nav>Menu</nav>
    <h1>Klager</h1><p>Du kan klage inden for 4 uger &amp; f&aring;r svar.</p><h2>Frister</h2><ul><li>Første</li><li>Anden</li></ul></body></html>`;
  const doc = await parseDocument(Buffer.from(html), 'klager.html');
  assert.equal(doc.title, 'Klager');
  assert.deepEqual(doc.sections.map((s) => [s.locator, s.text]), [
    ['indledning', 'Du kan klage inden for 4 uger & får svar.'],
    ['Frister', 'Første\n\nAnden'],
  ]);
});

test('plain text: paragraphs are packed and cited by number', async () => {
  const doc = await parseDocument(Buffer.from('Første afsnit.\n\nAndet afsnit.\r\n\r\nTredje.'), 'noter.txt');
  assert.equal(doc.title, 'noter');
  assert.deepEqual(doc.sections.map((s) => s.locator), ['afsnit 1-3']);
});

test('PDF: one section per page with its page number, title from the metadata', async () => {
  const pdf = minimalPdf([['Partshøring før afgørelse.'], ['Klagefristen er fire uger.', 'Æble, øl og ål (§ 25).']], { title: 'Sagsbehandling' });
  const doc = await parseDocument(pdf, 'sag.pdf');
  assert.equal(doc.title, 'Sagsbehandling');
  assert.equal(doc.pages, 2);
  assert.deepEqual(doc.sections.map((s) => [s.locator, s.page]), [['side 1', 1], ['side 2', 2]]);
  assert.match(doc.sections[1]!.text, /Æble, øl og ål \(§ 25\)\./);
});

test('DOCX: Word headings become locators', async () => {
  const docx = await Packer.toBuffer(
    new Document({
      sections: [{ children: [
        new Paragraph({ text: 'Personalehåndbog', heading: HeadingLevel.TITLE }),
        new Paragraph({ text: 'Ferie', heading: HeadingLevel.HEADING_1 }),
        new Paragraph({ text: 'Ferie aftales med nærmeste leder.', alignment: AlignmentType.LEFT }),
        new Paragraph({ text: 'Sygdom', heading: HeadingLevel.HEADING_1 }),
        new Paragraph({ text: 'Sygemelding sker før klokken 9.' }),
      ] }],
    }),
  );
  const doc = await parseDocument(Buffer.from(docx), 'haandbog.docx');
  const byLocator = Object.fromEntries(doc.sections.map((s) => [s.locator, s.text]));
  assert.equal(byLocator['Ferie'], 'Ferie aftales med nærmeste leder.');
  assert.equal(byLocator['Sygdom'], 'Sygemelding sker før klokken 9.');
});

test('malformed, empty, oversized and unsupported files are refused with a clear reason', async () => {
  await expectReason(parseDocument(Buffer.from('%PDF-1.4 dette er ikke en pdf'), 'x.pdf'), 'validation_failed', /kunne ikke læses som PDF/);
  await expectReason(parseDocument(Buffer.from('hej'), 'x.pdf'), 'validation_failed', /PDF/);
  await expectReason(parseDocument(Buffer.from('PK\x03\x04 ikke en zip'), 'x.docx'), 'validation_failed', /DOCX/);
  await expectReason(parseDocument(Buffer.from('tekst'), 'x.docx'), 'validation_failed', /DOCX/);
  await expectReason(parseDocument(Buffer.from([0xff, 0xfe, 0x00, 0x41]), 'x.txt'), 'validation_failed', /UTF-8/);
  await expectReason(parseDocument(Buffer.from('a\u0000b'), 'x.md'), 'validation_failed', /binær/);
  await expectReason(parseDocument(Buffer.alloc(0), 'x.txt'), 'validation_failed', /tom/);
  await expectReason(parseDocument(Buffer.from('\n\n   \n'), 'x.txt'), 'validation_failed', /ingen tekst/);
  await expectReason(parseDocument(Buffer.alloc(MAX_DOCUMENT_BYTES + 1, 0x61), 'x.txt'), 'payload_too_large', /for stor/);
  await expectReason(parseDocument(Buffer.from('x'), 'x.exe'), 'unsupported_media_type', /\.exe understøttes ikke/);
  await expectReason(parseDocument(minimalPdf([[]]), 'blank.pdf'), 'validation_failed', /scannet/);
});

test('citation words name the paragraph and stk. in locators and queries alike', () => {
  assert.equal(citationTerms('Forvaltningsloven § 19, stk. 2'), 'paragraf19 paragraf19stk2');
  assert.equal(citationTerms('hvad siger § 9 a og §19 stk 3?'), 'paragraf9a paragraf19 paragraf19stk3');
  assert.equal(citationTerms('side 3'), '');
});
