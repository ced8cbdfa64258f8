import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { fixedClock } from '../kernel/index.ts';
import { startTestServer, type TestServer } from '../../test/support/test-server.ts';
import { createPseudonymSession, loadPseudonymMapping, storePseudonymMapping } from './index.ts';

const clock = fixedClock(new Date('2026-03-02T09:00:00Z'));
let server: TestServer;
before(async () => {
  server = await startTestServer({ clock });
});
after(async () => {
  await server?.close();
});

const CITIZEN = 'Hej, jeg hedder Karen Sørensen, CPR 010190-1234, tlf. 20 12 34 56, og bor på Vestergade 12, 8000 Aarhus C. Jeg er sygemeldt.';
const SECRETS = ['Karen', 'Sørensen', '010190-1234', '20 12 34 56', 'Vestergade'];

test('POST /api/privacy/pseudonymise answers the redact JSON, needs a login and leaves no personal data in logs or audit', async () => {
  const user = await server.createUser({ roles: ['medarbejder'] });
  const res = await server.request('POST', '/api/privacy/pseudonymise', { token: user.token, body: { text: CITIZEN } });
  assert.equal(res.status, 200);
  assert.deepEqual(Object.keys(res.body).sort(), ['entities', 'flags', 'text']);
  assert.ok(res.body.flags.includes('art9.health'));
  for (const s of SECRETS) assert.ok(!res.body.text.includes(s), s);
  for (const e of res.body.entities) assert.deepEqual(Object.keys(e).sort(), ['end', 'placeholder', 'score', 'start', 'type']);

  assert.equal((await server.request('POST', '/api/privacy/pseudonymise', { token: null, body: { text: CITIZEN } })).status, 401);

  const events = await server.app.db.selectFrom('audit_events').select(['action', 'details']).where('action', '=', 'privacy.pseudonymised').execute();
  assert.equal(events.length, 1);
  assert.equal(events[0]!.details.found_CPR, 1);
  const trail = JSON.stringify(events) + server.logs.join('\n');
  for (const s of SECRETS) assert.ok(!trail.includes(s), `${s} leaked`);
});

test('bad input gets a clear answer and never takes the server down', async () => {
  const big = await server.request('POST', '/api/privacy/pseudonymise', { body: { text: 'å'.repeat(5 * 1024 * 1024) } });
  assert.equal(big.status, 413);
  assert.equal(big.body.error.code, 'payload_too_large');

  const invalidUtf8 = Buffer.concat([Buffer.from('{"text":"Jens '), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from(' 010190-1234"}')]);
  const bad = await server.request('POST', '/api/privacy/pseudonymise', { rawBody: invalidUtf8, headers: { 'content-type': 'application/json' } });
  assert.ok(bad.status === 200 || bad.status === 400, `status ${bad.status}`);
  if (bad.status === 200) assert.ok(!bad.body.text.includes('010190-1234'));

  for (const text of ['', '😀 Jens Hansen 😀 010190-1234', 'Привет 你好 مرحبا Søren Kierkegaard', '[PERSON_1'.repeat(1000)]) {
    const r = await server.request('POST', '/api/privacy/pseudonymise', { body: { text } });
    assert.equal(r.status, 200, text.slice(0, 20));
  }
  assert.equal((await server.request('POST', '/api/privacy/pseudonymise', { body: { text: 'x', extra: 1 } })).status, 400);
  assert.equal((await server.request('GET', '/health', { token: null })).status, 200);
});

test('the stored mapping is encrypted, restores the conversation, and is gone after expiry', async () => {
  const { db, masterSecret } = server.app;
  const session = createPseudonymSession();
  const { text } = session.pseudonymise(CITIZEN);
  const id = await storePseudonymMapping(db, masterSecret, session, { clock });

  const rows = await sql<Record<string, unknown>>`select * from privacy_pseudonym_mappings`.execute(db);
  const stored = JSON.stringify(rows.rows);
  for (const s of [...SECRETS, 'PERSON', 'forms']) assert.ok(!stored.includes(s), `${s} in clear text`);

  const restored = createPseudonymSession(await loadPseudonymMapping(db, masterSecret, id, { clock }));
  assert.equal(restored.restore(text), CITIZEN);

  await assert.rejects(loadPseudonymMapping(db, Buffer.from('en anden hemmelighed med længde'), id, { clock }), { code: 'not_found' });
  await assert.rejects(loadPseudonymMapping(db, masterSecret, 'ikke-et-id', { clock }), { code: 'not_found' });

  clock.advance(24 * 60 * 60 * 1000);
  await assert.rejects(loadPseudonymMapping(db, masterSecret, id, { clock }), { code: 'not_found' });
  const left = await db.selectFrom('privacy_pseudonym_mappings').select('id').where('id', '=', id).execute();
  assert.equal(left.length, 0, 'expired mapping purged');

  const short = await storePseudonymMapping(db, masterSecret, session, { clock, ttlMs: 1000 });
  clock.advance(1000);
  await assert.rejects(loadPseudonymMapping(db, masterSecret, short, { clock }), { code: 'not_found' });
});
