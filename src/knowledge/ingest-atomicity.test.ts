import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createApp } from '../app.ts';
import { cliOperator, parseConfig } from '../kernel/index.ts';
import { createTestDatabase } from '../../test/support/test-database.ts';
import { ingestDocument, searchKnowledge } from './index.ts';

const CHILD = fileURLToPath(new URL('./testing/ingest-child.ts', import.meta.url));

test('a process killed in the middle of ingesting leaves no half document', async () => {
  const database = await createTestDatabase();
  try {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, database.dataDir, database.databaseUrl ?? ''], { stdio: ['ignore', 'pipe', 'inherit'] });
    const seen = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        // Chunks are being written inside the open transaction: kill it now, without any chance to clean up.
        if (/written \d+/.test(out) && !child.killed) child.kill('SIGKILL');
      });
      child.on('exit', () => resolve(out));
      child.on('error', reject);
    });
    assert.match(seen, /written 250/);
    assert.doesNotMatch(seen, /committed/);

    const app = await createApp(parseConfig({ KAI_DATA_DIR: database.dataDir, KAI_DATABASE_URL: database.databaseUrl }));
    try {
      const count = async (table: 'knowledge_documents' | 'knowledge_chunks' | 'knowledge_lexemes') =>
        Number((await app.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
      assert.equal(await count('knowledge_documents'), 0);
      assert.equal(await count('knowledge_chunks'), 0);
      assert.equal(await count('knowledge_lexemes'), 0);
      assert.equal((await searchKnowledge(app.db, cliOperator, { query: 'journalisering' })).length, 0);
      // The database is usable afterwards, and the same file ingests in full.
      const again = await ingestDocument(app.db, cliOperator, { fileName: 'lille.md', bytes: Buffer.from('# Lille\n\n## A\n\nJournalisering sker dagligt.\n') });
      assert.equal(again.status, 'ingested');
      assert.equal((await searchKnowledge(app.db, cliOperator, { query: 'journalisering' })).length, 1);
    } finally {
      await app.close();
    }
  } finally {
    await database.drop();
  }
});
