import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createApp } from '../../src/app.ts';
import { recordAuditEvent, verifyAuditChain } from '../../src/audit/index.ts';
import { cliOperator, parseConfig } from '../../src/kernel/index.ts';
import { createTestDatabase } from '../support/test-database.ts';

// Two instances sharing one PostgreSQL is the multi-instance deployment; PGlite is one process's by design.
test('two server instances on one PostgreSQL write 500 events each into one valid chain', { skip: !process.env.KAI_DATABASE_URL && 'needs KAI_DATABASE_URL (PostgreSQL)' }, async () => {
  const database = await createTestDatabase();
  const config = parseConfig({ KAI_DATA_DIR: database.dataDir, KAI_DATABASE_URL: database.databaseUrl });
  const [a, b] = await Promise.all([createApp(config), createApp(config)]);
  try {
    const write = (app: typeof a, who: string) =>
      Promise.all(Array.from({ length: 500 }, (_, i) => recordAuditEvent(app.db, cliOperator, { action: 'test.instance', targetId: `${who}-${i}` })));
    await Promise.all([write(a, 'a'), write(b, 'b')]);
    assert.deepEqual(await verifyAuditChain(a.db), { ok: true, events: 1000, firstBadEvent: null });
  } finally {
    await a.close();
    await b.close();
    await database.drop();
  }
});
