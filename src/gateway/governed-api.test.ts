import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { TOKEN_ACTOR_TTL_MS, bootstrapActor, createApiToken } from '../access/index.ts';
import { createApp } from '../app.ts';
import { parseConfig } from '../kernel/index.ts';
import { startFakeUpstream, type FakeUpstream } from '../models/index.ts';
import { buildServer } from '../server/index.ts';
import { startTestServer, type TestServer, type TestUser } from '../../test/support/test-server.ts';
import { configureGateway, flushGateway } from './index.ts';

const CPR = '010190-1235';
const PROMPT = `Opsummér: Borgeren Jens Peter Madsen, CPR ${CPR}, bor på Nørregade 7, 5000 Odense C, og har søgt om boligstøtte.`;

let server: TestServer;
let upstream: FakeUpstream;
let employee: TestUser;
let leder: TestUser;

before(async () => {
  upstream = await startFakeUpstream();
  server = await startTestServer({ env: { KAI_OPENAI_BASE_URL: upstream.url, KAI_OPENAI_MODEL: 'Lokal-Model 1', KAI_OPENAI_HOSTING: 'self_hosted', KAI_OPENAI_API_KEY: 'sk-upstream-secret' } });
  configureGateway(server.app, { backoff: { baseMs: 5, maxMs: 20 }, cacheTtlMs: 0 });
  employee = await server.createUser({ forvaltningId: 'social' });
  leder = await server.createUser({ forvaltningId: 'social', roles: ['leder'] });
});

after(async () => {
  await server.close();
  await upstream.close();
});

const chat = (token: string, body: unknown) => server.request('POST', '/v1/chat/completions', { token, body });

test('the KAI_OPENAI_* model is seeded into the catalogue and listed in OpenAI format', async () => {
  const models = await server.request('GET', '/v1/models', { token: employee.token });
  assert.equal(models.status, 200);
  assert.equal(models.body.object, 'list');
  assert.deepEqual(models.body.data.map((m: any) => m.id), ['lokal-model-1']);
  const admin = await server.request('GET', '/api/admin/models');
  assert.equal(admin.body[0].hosting, 'self_hosted');
  assert.equal(admin.body[0].maxDataClass, 'sensitive');
  assert.equal(admin.body[0].hasApiKey, true);
  assert.ok(!admin.text.includes('sk-upstream-secret'), 'the upstream key was shown');
});

test('POST /v1/chat/completions answers in OpenAI format with personal data kept home and restored', async () => {
  const res = await chat(employee.token, { model: 'lokal-model-1', messages: [{ role: 'user', content: PROMPT }] });
  assert.equal(res.status, 200, res.text);
  assert.equal(res.body.object, 'chat.completion');
  assert.ok(res.body.choices[0].message.content.includes(CPR));
  assert.ok(res.body.choices[0].message.content.includes('Jens Peter Madsen'));
  assert.ok(res.body.usage.prompt_tokens > 0);
  assert.equal(res.body.kommune_ai.use_case_id.length > 0, true);
  const sent = JSON.stringify(upstream.chatRequests().at(-1)!.body);
  assert.ok(!sent.includes(CPR) && !sent.includes('Madsen') && !sent.includes('Nørregade'));
  assert.equal(upstream.chatRequests().at(-1)!.headers.authorization, 'Bearer sk-upstream-secret');
});

test('streaming answers are OpenAI server-sent events, restored, ending in [DONE]', async () => {
  const res = await fetch(`${server.url}/v1/chat/completions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${employee.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ messages: [{ role: 'user', content: PROMPT }], stream: true, stream_options: { include_usage: true } }),
  });
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type') ?? '', /text\/event-stream/);
  const text = await res.text();
  const events = text.split('\n\n').filter(Boolean).map((e) => e.replace(/^data: /, ''));
  assert.equal(events.at(-1), '[DONE]');
  const chunks = events.slice(0, -1).map((e) => JSON.parse(e));
  const content = chunks.map((c) => c.choices[0]?.delta?.content ?? '').join('');
  assert.ok(content.includes(CPR) && content.includes('Jens Peter Madsen'), content);
  assert.ok(!/\[(CPR|PERSON)_\d+\]/.test(content));
  assert.ok(chunks.some((c) => c.usage?.total_tokens > 0));
  assert.ok(chunks.some((c) => c.choices[0]?.finish_reason === 'stop'));
});

test('a request the policy blocks is answered 403 with the rule and what to do instead, and never reaches the model', async () => {
  const before = upstream.chatRequests().length;
  const res = await chat(employee.token, { messages: [{ role: 'user', content: 'Afgør om borgeren skal have afslag på sin ansøgning om boligstøtte.' }] });
  assert.equal(res.status, 403);
  assert.equal(res.body.error.code, 'policy_blocked');
  assert.ok(res.body.error.details.reasons.some((r: any) => r.rule === 'R02' && r.instead));
  assert.equal(upstream.chatRequests().length, before);
  await flushGateway(server.app);
  const blocked = await server.app.db.selectFrom('audit_events').select('details').where('action', '=', 'ai.call_blocked').execute();
  assert.ok(blocked.some((b) => (b.details as any).rules.includes('R02')));
});

test('errors are clean JSON in Danish: no model answers, bad requests, missing key', async () => {
  upstream.inject({ kind: 'status', status: 500 }, 10);
  const failed = await chat(employee.token, { messages: [{ role: 'user', content: 'Hej' }] });
  upstream.reset();
  assert.equal(failed.status, 502);
  assert.equal(failed.body.error.code, 'upstream_failed');
  assert.match(failed.body.error.message, /sprogmodel/);

  const tools = await chat(employee.token, { messages: [{ role: 'user', content: 'Hej' }], tools: [{ type: 'function' }] });
  assert.equal(tools.status, 400);
  const anonymous = await server.request('POST', '/v1/chat/completions', { token: null, body: { messages: [{ role: 'user', content: 'Hej' }] } });
  assert.equal(anonymous.status, 401);
  const unknown = await chat(employee.token, { model: 'findes-ikke', messages: [{ role: 'user', content: 'Hej' }] });
  assert.equal(unknown.status, 404);
});

test('a stream that breaks after the first words ends with an error event, not a hang', async () => {
  upstream.inject({ kind: 'broken_stream', afterChunks: 3 }, 1);
  const res = await fetch(`${server.url}/v1/chat/completions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${employee.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ messages: [{ role: 'user', content: 'Fortæl om kommunens affaldsordning i tre afsnit.' }], stream: true }),
  });
  const text = await res.text();
  assert.match(text, /"code":"upstream_failed"/);
  assert.ok(!text.includes('[DONE]'));
});

test('a key bound to a use case is metered under it; the usage summary and CSV show runs, cost and gains', async () => {
  const { token } = await createApiToken(server.app.db, bootstrapActor, { name: 'fagsystem', userId: employee.id, useCaseId: 'vidensbank' });
  const res = await chat(token, { messages: [{ role: 'user', content: 'Hvilke regler gælder for åbningstider i borgerservice?' }] });
  assert.equal(res.status, 200, res.text);
  assert.equal(res.body.kommune_ai.use_case_id, 'vidensbank');

  await server.request('PUT', '/api/admin/baselines/vidensbank', { body: { minutesPerTask: 20 } });
  const gain = await server.request('POST', '/api/usage/gains', { token: employee.token, body: { callId: res.body.kommune_ai.call_id, minutesSaved: 12, rating: 4 } });
  assert.equal(gain.status, 201, gain.text);
  const someoneElse = await server.request('POST', '/api/usage/gains', { token: leder.token, body: { callId: res.body.kommune_ai.call_id, minutesSaved: 99 } });
  assert.equal(someoneElse.status, 403);

  await flushGateway(server.app);
  const summary = await server.request('GET', '/api/usage/summary?useCaseId=vidensbank', { token: leder.token });
  assert.equal(summary.status, 200, summary.text);
  const row = summary.body.rows[0];
  assert.equal(row.forvaltningId, 'social');
  assert.equal(row.runs, 1);
  assert.equal(row.minutesSaved, 12);
  assert.equal(row.hoursSaved, 0.2);
  assert.equal(row.averageRating, 4);
  assert.equal(row.baselineMinutesPerTask, 20);

  const other = await server.request('GET', '/api/usage/summary?forvaltningId=teknik', { token: leder.token });
  assert.equal(other.status, 403);
  const employeeView = await server.request('GET', '/api/usage/summary', { token: employee.token });
  assert.equal(employeeView.status, 403);

  const csv = await server.request('GET', '/api/usage/summary.csv?useCaseId=vidensbank', { token: leder.token });
  assert.equal(csv.status, 200);
  assert.match(csv.headers.get('content-type') ?? '', /text\/csv/);
  const [header, line] = csv.text.trim().split('\r\n');
  assert.ok(header!.startsWith('month,forvaltningId,useCaseId,runs'));
  assert.match(line!, /,social,vidensbank,1,/);
});

test('a forvaltning budget warns at 80 % and refuses at 100 %', async () => {
  const f = 'budgetforvaltning';
  const spender = await server.createUser({ forvaltningId: f });
  await server.request('PATCH', '/api/admin/models/lokal-model-1', { body: { priceInDkkPerMTok: 100_000, priceOutDkkPerMTok: 100_000 } });
  try {
    const one = await chat(spender.token, { messages: [{ role: 'user', content: 'Skriv en kort tekst om åbningstider.' }] });
    const costPerCall = one.body.kommune_ai.cost_dkk;
    assert.ok(costPerCall > 0);
    const set = await server.request('PUT', `/api/admin/budgets/${f}`, { body: { monthlyLimitDkk: costPerCall * 2.2 } });
    assert.equal(set.status, 200, set.text);

    const two = await chat(spender.token, { messages: [{ role: 'user', content: 'Skriv en kort tekst om åbningstider.' }] });
    assert.equal(two.status, 200);
    const three = await chat(spender.token, { messages: [{ role: 'user', content: 'Skriv en kort tekst om åbningstider.' }] });
    assert.equal(three.status, 200);
    assert.ok(three.body.kommune_ai.budget_warning.usedShare >= 0.8);
    assert.ok(three.headers.get('x-kai-budget-warning'));

    const before = upstream.chatRequests().length;
    const refused = await chat(spender.token, { messages: [{ role: 'user', content: 'Skriv en kort tekst om åbningstider.' }] });
    assert.equal(refused.status, 429);
    assert.equal(refused.body.error.code, 'budget_exceeded');
    assert.match(refused.body.error.message, /budget/);
    assert.equal(upstream.chatRequests().length, before, 'a refused call reached the model');

    await flushGateway(server.app);
    const audit = await server.app.db.selectFrom('audit_events').select('action').where('target_id', '=', f).execute();
    assert.ok(audit.some((a) => a.action === 'budget.warning_reached'));
    const budgets = await server.request('GET', '/api/usage/budgets', { token: spender.token });
    assert.equal(budgets.status, 403);
  } finally {
    await server.request('PATCH', '/api/admin/models/lokal-model-1', { body: { priceInDkkPerMTok: 0, priceOutDkkPerMTok: 0 } });
  }
});

test('a budget holds across two instances sharing one PostgreSQL', async (t) => {
  if (!server.app.config.databaseUrl) return t.skip('needs PostgreSQL (KAI_DATABASE_URL); PGlite serves one process');
  const f = 'delt-budget';
  const spender = await server.createUser({ forvaltningId: f });
  // Instances behind one load balancer share the database and the master secret (here: the data dir's).
  const second = await createApp(parseConfig({ KAI_DATA_DIR: server.app.config.dataDir, KAI_DATABASE_URL: server.app.config.databaseUrl, KAI_RATE_LIMIT_PER_MINUTE: '0', KAI_LOG_LEVEL: 'silent' }));
  const fastify = await buildServer(second, { logger: false });
  const url = await fastify.listen({ port: 0, host: '127.0.0.1' });
  configureGateway(second, { cacheTtlMs: 0 });
  const call = (base: string) =>
    fetch(`${base}/v1/chat/completions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${spender.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ messages: [{ role: 'user', content: 'Skriv en kort tekst om åbningstider.' }] }),
    }).then(async (r) => ({ status: r.status, body: (await r.json()) as any }));
  await server.request('PATCH', '/api/admin/models/lokal-model-1', { body: { priceInDkkPerMTok: 100_000, priceOutDkkPerMTok: 100_000 } });
  try {
    const first = await call(server.url);
    assert.equal(first.status, 200);
    await server.request('PUT', `/api/admin/budgets/${f}`, { body: { monthlyLimitDkk: first.body.kommune_ai.cost_dkk * 1.5 } });
    const onSecond = await call(url);
    assert.equal(onSecond.status, 200);
    await flushGateway(second);
    const refusedOnFirst = await call(server.url);
    assert.equal(refusedOnFirst.status, 429, JSON.stringify(refusedOnFirst.body));
    await flushGateway(server.app);
    const refusedOnSecond = await call(url);
    assert.equal(refusedOnSecond.status, 429);
  } finally {
    await server.request('PATCH', '/api/admin/models/lokal-model-1', { body: { priceInDkkPerMTok: 0, priceOutDkkPerMTok: 0 } });
    await fastify.close();
    await second.close();
  }
});

test('a key is remembered for at most TOKEN_ACTOR_TTL_MS: revoked here it stops at once, revoked elsewhere within that bound', async () => {
  const here = await createApiToken(server.app.db, bootstrapActor, { name: 'fagsystem-her', userId: employee.id });
  assert.equal((await server.request('GET', '/v1/models', { token: here.token })).status, 200);
  assert.equal((await server.request('POST', `/api/tokens/${here.apiToken.id}/revoke`)).status, 200);
  assert.equal((await server.request('GET', '/v1/models', { token: here.token })).status, 401, 'revoked on this instance, yet accepted');

  const elsewhere = await createApiToken(server.app.db, bootstrapActor, { name: 'fagsystem-andetsteds', userId: employee.id });
  assert.equal((await server.request('GET', '/v1/models', { token: elsewhere.token })).status, 200);
  const remembered = Date.now();
  // Another instance sharing the database revokes the key: this one cannot know until its memory expires.
  await server.app.db.updateTable('api_tokens').set({ revoked_at: new Date() }).where('id', '=', elsewhere.apiToken.id).execute();
  await sleep(Math.max(0, remembered + TOKEN_ACTOR_TTL_MS + 20 - Date.now()));
  assert.equal((await server.request('GET', '/v1/models', { token: elsewhere.token })).status, 401, 'still accepted after the bound');
});

test('no personal data in the server log or the audit trail', async () => {
  await flushGateway(server.app);
  const audit = JSON.stringify(await server.app.db.selectFrom('audit_events').selectAll().execute());
  for (const secret of [CPR, 'Madsen', 'Nørregade', 'sk-upstream-secret']) {
    assert.ok(!server.logs.join('\n').includes(secret), `${secret} in the log`);
    assert.ok(!audit.includes(secret), `${secret} in the audit trail`);
  }
});
