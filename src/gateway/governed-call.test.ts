import { after, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'zod';
import { bootstrapActor } from '../access/index.ts';
import { listAuditEvents, verifyAuditChain } from '../audit/index.ts';
import { type Actor, AppError } from '../kernel/index.ts';
import { createModel, startFakeUpstream, type FakeUpstream, type NewModel } from '../models/index.ts';
import { startTestServer, type TestServer } from '../../test/support/test-server.ts';
import { configureGateway, flushGateway, governedCall, governedEmbed } from './index.ts';

const CPR = '010190-1235';
const LETTER = `Kære Mette Hansen (CPR ${CPR}), Vestergade 12, 8000 Aarhus C. Vi har modtaget din ansøgning om tilskud til briller.`;

let server: TestServer;
let primary: FakeUpstream;
let backup: FakeUpstream;
let employee: Actor;

const model = (id: string, upstream: FakeUpstream, extra: Partial<NewModel> = {}): NewModel => ({
  id,
  name: id,
  provider: 'openai_compatible',
  baseUrl: upstream.url,
  upstreamModel: `${id}-upstream`,
  hosting: 'self_hosted',
  priceInDkkPerMTok: 10,
  priceOutDkkPerMTok: 30,
  timeoutMs: 2000,
  maxAttempts: 2,
  ...extra,
});

before(async () => {
  server = await startTestServer();
  primary = await startFakeUpstream();
  backup = await startFakeUpstream();
  configureGateway(server.app, { backoff: { baseMs: 5, maxMs: 20 }, breaker: { failureThreshold: 2, cooldownMs: 60_000 }, cacheTtlMs: 0 });
  await createModel(server.app.db, server.app.masterSecret, bootstrapActor, model('primaer', primary, { fallbackOrder: 1 }));
  await createModel(server.app.db, server.app.masterSecret, bootstrapActor, model('reserve', backup, { fallbackOrder: 2 }));
  const user = await server.createUser({ forvaltningId: 'borgerservice' });
  employee = { kind: 'user', userId: user.id, username: user.username, roles: ['medarbejder'], forvaltningId: 'borgerservice', tokenId: null, useCaseId: null, courseCompleted: true };
});

after(async () => {
  await server.close();
  await primary.close();
  await backup.close();
});

beforeEach(() => {
  primary.reset();
  backup.reset();
  configureGateway(server.app, {});
});

test('personal data never reaches the model, and the answer comes back with it restored', async () => {
  const result = await governedCall(server.app, employee, { engine: 'llm', text: LETTER, taskId: 'summarise' });
  const sent = JSON.stringify(primary.chatRequests().map((r) => r.body));
  assert.ok(!sent.includes(CPR) && !sent.includes('1235'), 'CPR left the platform');
  assert.ok(!sent.includes('Mette') && !sent.includes('Hansen'), 'name left the platform');
  assert.ok(!sent.includes('Vestergade'), 'address left the platform');
  assert.match(sent, /\[CPR_1\]/);
  assert.ok(result.output.includes(CPR) && result.output.includes('Mette Hansen'), 'answer was not restored');
  assert.equal(result.model?.id, 'primaer');
  assert.ok(result.pseudonymisedEntities >= 3);
  assert.ok(result.usage.inputTokens > 0 && result.usage.costDkk > 0 && result.usage.energyWh > 0);
});

test('a streamed answer is restored piece by piece, placeholders split across chunks included', async () => {
  const pieces: string[] = [];
  const result = await governedCall(server.app, employee, { engine: 'llm', text: LETTER, onDelta: (p) => pieces.push(p) });
  assert.ok(pieces.length > 3);
  assert.equal(pieces.join(''), result.output);
  assert.ok(result.output.includes(CPR));
  assert.ok(!pieces.some((p) => /\[(CPR|PERSON|ADDRESS)_/.test(p)), 'a placeholder reached the caller');
  assert.ok(primary.chatRequests()[0]!.body.stream);
});

test('a 500 is retried; persistent failure falls back to the next approved model', async () => {
  primary.inject({ kind: 'status', status: 500 }, 1);
  const retried = await governedCall(server.app, employee, { engine: 'llm', text: 'Skriv en kort hilsen.' });
  assert.equal(retried.model?.id, 'primaer');
  assert.equal(primary.chatRequests().length, 2);

  primary.inject({ kind: 'status', status: 503 }, 2);
  const fellBack = await governedCall(server.app, employee, { engine: 'llm', text: 'Skriv en kort hilsen.' });
  assert.equal(fellBack.model?.id, 'reserve');
  assert.deepEqual(fellBack.fallbacks, ['primaer']);
});

test('429 with Retry-After, a connection reset and a broken stream before any output all recover', async () => {
  primary.inject({ kind: 'status', status: 429, retryAfterSeconds: 0 }, 1);
  assert.equal((await governedCall(server.app, employee, { engine: 'llm', text: 'Hej' })).model?.id, 'primaer');
  primary.inject({ kind: 'reset' }, 1);
  assert.equal((await governedCall(server.app, employee, { engine: 'llm', text: 'Hej' })).model?.id, 'primaer');
  primary.inject({ kind: 'broken_stream', afterChunks: 0 }, 1);
  const streamed = await governedCall(server.app, employee, { engine: 'llm', text: 'Hej igen', onDelta: () => {} });
  assert.equal(streamed.model?.id, 'primaer');
});

test('a stream broken after output reached the caller fails cleanly instead of starting over', async () => {
  primary.inject({ kind: 'broken_stream', afterChunks: 3 }, 1);
  const pieces: string[] = [];
  await assert.rejects(
    governedCall(server.app, employee, { engine: 'llm', text: 'Skriv noget langt om affaldssortering i kommunen.', onDelta: (p) => pieces.push(p) }),
    (err: unknown) => err instanceof AppError && err.code === 'upstream_failed',
  );
  assert.ok(pieces.length > 0);
  assert.equal(backup.chatRequests().length, 0);
});

test('the circuit breaker opens after repeated failures and skips the model without calling it', async () => {
  primary.inject({ kind: 'status', status: 500 }, 4);
  await governedCall(server.app, employee, { engine: 'llm', text: 'Hej' });
  await governedCall(server.app, employee, { engine: 'llm', text: 'Hej' });
  const before = primary.chatRequests().length;
  const third = await governedCall(server.app, employee, { engine: 'llm', text: 'Hej' });
  assert.equal(third.model?.id, 'reserve');
  assert.equal(primary.chatRequests().length, before, 'an open circuit still called the model');
});

test('a hanging upstream ends in a Danish timeout error within the deadline', async () => {
  await server.app.db.updateTable('models').set({ timeout_ms: 300, max_attempts: 1 }).execute();
  primary.setLatency(5_000);
  backup.setLatency(5_000);
  const t = Date.now();
  try {
    await assert.rejects(governedCall(server.app, employee, { engine: 'llm', text: 'Hej' }), (err: unknown) => {
      assert.ok(err instanceof AppError);
      assert.equal(err.code, 'upstream_failed');
      assert.match(err.message, /tidsgrænsen/);
      return true;
    });
    assert.ok(Date.now() - t < 1_500, 'the call outlived its timeouts');
  } finally {
    primary.setLatency(0);
    backup.setLatency(0);
    await server.app.db.updateTable('models').set({ timeout_ms: 2000, max_attempts: 2 }).execute();
  }
});

test('structured output is requested as a JSON schema and validated', async () => {
  const Schema = z.object({ resume: z.string(), punkter: z.array(z.string()) });
  const result = await governedCall(server.app, employee, { engine: 'llm', text: LETTER, output: { name: 'resume', schema: Schema } });
  const body = primary.chatRequests()[0]!.body;
  assert.equal(body.response_format.type, 'json_schema');
  const json = Schema.parse(result.json);
  assert.ok(json.resume.includes(CPR), 'structured output was not restored');
});

test('data above every model approval is refused and never sent', async () => {
  await server.app.db.updateTable('models').set({ hosting: 'third_country_processor', max_data_class: 'internal' }).execute();
  try {
    await assert.rejects(governedCall(server.app, employee, { engine: 'llm', text: LETTER }), (err: unknown) => err instanceof AppError && err.code === 'policy_blocked');
    assert.equal(primary.chatRequests().length + backup.chatRequests().length, 0);
    const ok = await governedCall(server.app, employee, { engine: 'llm', text: 'Skriv en invitation til personalemødet.' });
    assert.equal(ok.model?.id, 'primaer');
  } finally {
    await server.app.db.updateTable('models').set({ hosting: 'self_hosted', max_data_class: 'sensitive' }).execute();
  }
});

test('the local engine is governed and metered too, without any model', async () => {
  const result = await governedCall(server.app, employee, { engine: 'local', text: LETTER, taskId: 'summarise', run: (t) => t.length });
  assert.equal(result.output, LETTER.length);
  assert.equal(result.model, null);
  assert.equal(primary.chatRequests().length, 0);
});

test('every call is in the usage ledger and the audit trail, with no personal data in either', async () => {
  await governedCall(server.app, employee, { engine: 'llm', text: LETTER, taskId: 'summarise' });
  await flushGateway(server.app);
  const events = await listAuditEvents(server.app.db, { limit: 500 });
  const calls = events.filter((e) => e.action.startsWith('ai.call'));
  assert.ok(calls.length >= 10);
  assert.ok(calls.some((e) => e.action === 'ai.call_failed'));
  // One link per call, appended in batches: the gate's verdict rides on the call's own event.
  assert.ok(calls.every((e) => Array.isArray(e.details.rules) && typeof e.details.decision === 'string'));
  assert.ok(!events.some((e) => e.action === 'policy.evaluated'), 'the gate audited the call separately');
  assert.equal((await verifyAuditChain(server.app.db)).ok, true);
  const dump = JSON.stringify(events) + JSON.stringify(await server.app.db.selectFrom('usage_events').selectAll().execute());
  for (const secret of [CPR, 'Mette', 'Hansen', 'Vestergade']) assert.ok(!dump.includes(secret), `${secret} in ledger or audit`);
  const rows = await server.app.db.selectFrom('usage_events').selectAll().where('status', '=', 'ok').where('engine', '=', 'llm').execute();
  assert.ok(rows.every((r) => r.forvaltning_id === 'borgerservice' && r.model_id && Number(r.cost_dkk) > 0));
});

test('a staff member without the AI-literacy course is stopped before anything runs', async () => {
  await assert.rejects(
    governedCall(server.app, { ...employee, courseCompleted: false }, { engine: 'llm', text: 'Hej' }),
    (err: unknown) => err instanceof AppError && err.code === 'course_required',
  );
  assert.equal(primary.chatRequests().length, 0);
});

test('a BLOCK from the policy gate stops both engines before any work is done', async () => {
  const decision = 'Afgør om borgeren skal have afslag på sin ansøgning om boligstøtte.';
  await assert.rejects(governedCall(server.app, employee, { engine: 'llm', text: decision }), (err: unknown) => err instanceof AppError && err.code === 'policy_blocked');
  let ran = false;
  await assert.rejects(
    governedCall(server.app, employee, { engine: 'local', text: decision, run: () => (ran = true) }),
    (err: unknown) => err instanceof AppError && err.code === 'policy_blocked',
  );
  assert.equal(ran, false);
  assert.equal(primary.chatRequests().length + backup.chatRequests().length, 0);
});

test('embeddings go through the same gate: pseudonymised, approved model only, metered', async () => {
  await assert.rejects(governedEmbed(server.app, employee, { texts: ['Hej'] }), (err: unknown) => err instanceof AppError && err.code === 'not_configured');
  await createModel(server.app.db, server.app.masterSecret, bootstrapActor, model('vektor', primary, { kind: 'embedding' }));
  const r = await governedEmbed(server.app, employee, { texts: [LETTER, 'Åbningstider i borgerservice'] });
  assert.equal(r.vectors.length, 2);
  assert.equal(r.model.id, 'vektor');
  const sent = JSON.stringify(primary.received.filter((x) => x.path === '/v1/embeddings').map((x) => x.body));
  assert.ok(sent.includes('[CPR_1]') && !sent.includes(CPR) && !sent.includes('Mette'));
  await flushGateway(server.app);
  const row = await server.app.db.selectFrom('usage_events').select(['status', 'model_id', 'input_tokens']).where('id', '=', r.callId).executeTakeFirstOrThrow();
  assert.equal(row.model_id, 'vektor');
  assert.ok(row.input_tokens > 0);
});

test('with no model configured, a language-model call says so in Danish and the local engine still works', async () => {
  await server.app.db.updateTable('models').set({ enabled: false }).execute();
  try {
    await assert.rejects(governedCall(server.app, employee, { engine: 'llm', text: 'Hej' }), (err: unknown) => {
      assert.ok(err instanceof AppError);
      assert.equal(err.code, 'not_configured');
      assert.match(err.message, /ikke sat nogen sprogmodel op/);
      return true;
    });
    const local = await governedCall(server.app, employee, { engine: 'local', text: 'Hej', run: () => 'ok' });
    assert.equal(local.output, 'ok');
  } finally {
    await server.app.db.updateTable('models').set({ enabled: true }).execute();
  }
});
