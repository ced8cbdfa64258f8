import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { createApp, type App } from '../app.ts';
import { cliOperator, parseConfig } from '../kernel/index.ts';
import { createTestDatabase, type TestDatabase } from '../../test/support/test-database.ts';
import { recordAuditEvent, verifyAuditChain } from './index.ts';

let database: TestDatabase;
let app: App;

before(async () => {
  database = await createTestDatabase();
  app = await createApp(parseConfig({ KAI_DATA_DIR: database.dataDir, KAI_DATABASE_URL: database.databaseUrl }));
});
after(async () => {
  await app.close();
  await database.drop();
});

/** The trigger keeps the table append-only; a tamper test has to switch it off on purpose. */
async function tamper(statement: ReturnType<typeof sql>) {
  await app.db.transaction().execute(async (trx) => {
    await sql`alter table audit_events disable trigger audit_events_no_change`.execute(trx);
    await statement.execute(trx);
    await sql`alter table audit_events enable trigger audit_events_no_change`.execute(trx);
  });
}

async function freshChain(n: number) {
  await tamper(sql`delete from audit_events`);
  await app.db.deleteFrom('audit_checkpoints').execute();
  for (let i = 0; i < n; i++) {
    await recordAuditEvent(app.db, cliOperator, { action: 'test.event', targetType: 'test', targetId: String(i), details: { i } });
  }
}

test('an untouched chain verifies', async () => {
  await freshChain(20);
  assert.deepEqual(await verifyAuditChain(app.db), { ok: true, events: 20, firstBadEvent: null });
});

test('updates and deletes are refused by the database', async () => {
  await freshChain(3);
  await assert.rejects(sql`update audit_events set action = 'x' where seq = 2`.execute(app.db), /append-only/);
  await assert.rejects(sql`delete from audit_events where seq = 2`.execute(app.db), /append-only/);
});

test('an edited row breaks the chain at that row', async () => {
  await freshChain(10);
  await tamper(sql`update audit_events set details = '{"i": 99}'::jsonb where seq = 6`);
  assert.deepEqual(await verifyAuditChain(app.db), { ok: false, events: 10, firstBadEvent: 6 });
});

test('a deleted row breaks the chain at that row', async () => {
  await freshChain(10);
  await tamper(sql`delete from audit_events where seq = 4`);
  assert.deepEqual(await verifyAuditChain(app.db), { ok: false, events: 9, firstBadEvent: 4 });
});

test('swapping two rows breaks the chain at the first of them', async () => {
  await freshChain(10);
  await tamper(sql`update audit_events set seq = -1 where seq = 3`);
  await tamper(sql`update audit_events set seq = 3 where seq = 7`);
  await tamper(sql`update audit_events set seq = 7 where seq = -1`);
  const r = await verifyAuditChain(app.db);
  assert.equal(r.ok, false);
  assert.equal(r.firstBadEvent, 3);
});

test('concurrent writers in one process still form one chain', async () => {
  await freshChain(0);
  await Promise.all(Array.from({ length: 200 }, (_, i) => recordAuditEvent(app.db, cliOperator, { action: 'test.parallel', details: { i } })));
  assert.deepEqual(await verifyAuditChain(app.db), { ok: true, events: 200, firstBadEvent: null });
});

test('details refuse free text longer than an id', async () => {
  await assert.rejects(recordAuditEvent(app.db, cliOperator, { action: 'test', details: { note: 'x'.repeat(500) } }));
});

test('retention deletes old events and the chain still verifies from its checkpoint', async () => {
  const { fixedClock } = await import('../kernel/index.ts');
  const { pruneAuditEvents } = await import('./index.ts');
  await freshChain(0);
  const clock = fixedClock(new Date('2025-01-01T00:00:00Z'));
  for (let i = 0; i < 5; i++) await recordAuditEvent(app.db, cliOperator, { action: 'test.old', details: { i } }, clock);
  clock.advance(400 * 86_400_000);
  for (let i = 0; i < 3; i++) await recordAuditEvent(app.db, cliOperator, { action: 'test.new', details: { i } }, clock);

  await assert.rejects(pruneAuditEvents(app.db, cliOperator, 30, clock), /mindst 183 dage/);
  const result = await pruneAuditEvents(app.db, cliOperator, 365, clock);
  assert.deepEqual(result, { deleted: 5, uptoSeq: 5 });
  assert.deepEqual(await verifyAuditChain(app.db), { ok: true, events: 4, firstBadEvent: null });

  // A forged checkpoint (say, to hide deleted events) is not confirmed by any event in the chain.
  await app.db.insertInto('audit_checkpoints').values({ upto_seq: 6, upto_hash: 'f'.repeat(64) }).execute();
  assert.equal((await verifyAuditChain(app.db)).ok, false);
  await app.db.deleteFrom('audit_checkpoints').execute();
});
