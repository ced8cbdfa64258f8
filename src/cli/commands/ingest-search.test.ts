import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { startServerProcess } from '../../../test/support/server-process.ts';
import { createTestDatabase } from '../../../test/support/test-database.ts';
import { minimalPdf } from '../../knowledge/testing/minimal-pdf.ts';

const BIN = fileURLToPath(new URL('../../../bin/kommune-ai.js', import.meta.url));
const run = promisify(execFile);

test('kommune-ai ingest and search --json on a folder, as DESIGN.md specifies', async () => {
  const database = await createTestDatabase();
  const docs = mkdtempSync(join(tmpdir(), 'kai-ingest-'));
  try {
    mkdirSync(join(docs, 'vejledninger'));
    writeFileSync(join(docs, 'vejledninger', 'affald.md'), '# Affald\n\n## Storskrald\n\nStorskrald hentes første mandag i måneden.\n');
    writeFileSync(join(docs, 'sne.pdf'), minimalPdf([['Forside'], ['Snerydning af cykelstier sker før klokken 6.']]));
    writeFileSync(join(docs, 'noter.xlsx'), 'ikke understøttet');
    writeFileSync(join(docs, 'ødelagt.pdf'), '%PDF-1.4 ødelagt');
    const env = { ...process.env, KAI_DATA_DIR: database.dataDir, KAI_DATABASE_URL: database.databaseUrl ?? '', KAI_URL: '' };
    const first = JSON.parse((await run(process.execPath, [BIN, 'ingest', docs, '--json'], { env })).stdout);
    assert.equal(first.documents, 2);
    assert.ok(first.chunks >= 3);
    assert.deepEqual(first.skipped.map((s: { path: string }) => s.path.split('/').pop()).sort(), ['noter.xlsx', 'ødelagt.pdf']);
    assert.ok(first.skipped.every((s: { reason: string }) => s.reason.length > 5));

    const again = JSON.parse((await run(process.execPath, [BIN, 'ingest', docs, '--json'], { env })).stdout);
    assert.equal(again.documents, 0, 'unchanged files are not ingested twice');
    assert.ok(again.skipped.some((s: { reason: string }) => /uændret/.test(s.reason)));

    const hits = JSON.parse((await run(process.execPath, [BIN, 'search', 'snerydning cykelstier', '--k', '2', '--json'], { env })).stdout);
    assert.equal(hits[0].locator, 'side 2');
    for (const key of ['documentId', 'title', 'locator', 'score', 'text']) assert.ok(key in hits[0], key);
  } finally {
    rmSync(docs, { recursive: true, force: true });
    await database.drop();
  }
});

test('while the server holds the embedded database, ingest uploads through it: files larger than the JSON body limit too', async () => {
  const database = await createTestDatabase();
  const docs = mkdtempSync(join(tmpdir(), 'kai-ingest-'));
  const env = { ...process.env, KAI_DATA_DIR: database.dataDir, KAI_DATABASE_URL: '', KAI_URL: '', KAI_BODY_LIMIT_BYTES: '65536' };
  const server = await startServerProcess(env);
  try {
    const paragraph = 'Vintertjenesten rydder cykelstier og fortove efter en fast prioritering i hele kommunen. ';
    writeFileSync(join(docs, 'vintertjeneste.md'), `# Vintertjeneste\n\n${paragraph.repeat(2000)}\n\n## Saltning\n\nSaltning af skolevejene sker før klokken 7.\n`);
    const result = JSON.parse((await run(process.execPath, [BIN, 'ingest', docs, '--json'], { env })).stdout);
    assert.deepEqual(result.skipped, []);
    assert.equal(result.documents, 1);
    const hits = JSON.parse((await run(process.execPath, [BIN, 'search', 'saltning skolevejene', '--json'], { env })).stdout);
    assert.match(hits[0].locator, /Saltning/);
  } finally {
    await server.stop();
    rmSync(docs, { recursive: true, force: true });
    await database.drop();
  }
});
