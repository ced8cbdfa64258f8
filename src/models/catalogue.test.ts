import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestServer, type TestServer } from '../../test/support/test-server.ts';
import { isLlamaCppInstalled, llamaCppProvider } from './llama-cpp.ts';
import { seedModelsFromConfig } from './seed.ts';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(async () => {
  await server?.close();
});

const base = { provider: 'openai_compatible', baseUrl: 'http://127.0.0.1:9/v1', upstreamModel: 'x' };

test('admins manage the catalogue; approval never exceeds what the hosting allows', async () => {
  const created = await server.request('POST', '/api/admin/models', { body: { id: 'eu-model', name: 'EU-model', hosting: 'eu_processor_with_dpa', apiKey: 'sk-hemmelig', priceInDkkPerMTok: 7.5, ...base } });
  assert.equal(created.status, 201, created.text);
  assert.equal(created.body.maxDataClass, 'sensitive');
  assert.equal(created.body.hasApiKey, true);
  assert.ok(!created.text.includes('sk-hemmelig'));

  const tooHigh = await server.request('POST', '/api/admin/models', { body: { id: 'us-model', name: 'US', hosting: 'third_country_processor', maxDataClass: 'personal', ...base } });
  assert.equal(tooHigh.status, 400);
  assert.match(tooHigh.body.error.message, /højst godkendes/);

  const lowered = await server.request('PATCH', '/api/admin/models/eu-model', { body: { hosting: 'public_consumer_service' } });
  assert.equal(lowered.status, 200);
  assert.equal(lowered.body.maxDataClass, 'public', 'lowering hosting lowers the approval');

  const stored = await server.app.db.selectFrom('models').select('api_key_enc').where('id', '=', 'eu-model').executeTakeFirstOrThrow();
  assert.ok(stored.api_key_enc && !stored.api_key_enc.includes('sk-hemmelig'), 'the key is stored encrypted');

  const employee = await server.createUser();
  assert.equal((await server.request('GET', '/api/admin/models', { token: employee.token })).status, 403);

  assert.equal((await server.request('DELETE', '/api/admin/models/eu-model')).status, 200);
  const audit = await server.app.db.selectFrom('audit_events').select(['action', 'details']).where('target_id', '=', 'eu-model').execute();
  assert.deepEqual(audit.map((a) => a.action), ['model.created', 'model.updated', 'model.deleted']);
  assert.ok(!JSON.stringify(audit).includes('sk-hemmelig'));
});

test('the KAI_OPENAI_* model follows the environment and keeps the admin’s prices', async () => {
  const config = { openai: { baseUrl: 'http://127.0.0.1:9/v1', apiKey: undefined, model: 'Qwen2.5 7B', hosting: 'self_hosted' as const } };
  await seedModelsFromConfig(server.app.db, server.app.masterSecret, config);
  await server.request('PATCH', '/api/admin/models/qwen2.5-7b', { body: { priceOutDkkPerMTok: 3 } });
  await seedModelsFromConfig(server.app.db, server.app.masterSecret, { openai: { ...config.openai, baseUrl: 'http://127.0.0.1:10/v1', hosting: 'third_country_processor' } });
  const row = await server.app.db.selectFrom('models').selectAll().where('id', '=', 'qwen2.5-7b').executeTakeFirstOrThrow();
  assert.equal(row.base_url, 'http://127.0.0.1:10/v1');
  assert.equal(row.max_data_class, 'internal');
  assert.equal(Number(row.price_out_dkk_per_mtok), 3);
});

test('in-process GGUF: without node-llama-cpp a model of that kind fails with a clear Danish message', async (t) => {
  if (await isLlamaCppInstalled()) return t.skip('node-llama-cpp is installed; see the test below');
  const p = llamaCppProvider({ modelPath: '/ikke/her.gguf' });
  await assert.rejects(p.chat({ messages: [{ role: 'user', content: 'Hej' }], signal: AbortSignal.timeout(1000) }), /node-llama-cpp/);
});

test('in-process GGUF answers through node-llama-cpp when it and a model are installed', async (t) => {
  if (!(await isLlamaCppInstalled())) return t.skip('node-llama-cpp is not installed (optional: npm install -E node-llama-cpp@3.21.1)');
  // Tests are entry points, like test/support: they may read the environment.
  const modelPath = process.env.KAI_TEST_GGUF_MODEL;
  if (!modelPath) return t.skip('set KAI_TEST_GGUF_MODEL to a small .gguf file to run this test');
  const p = llamaCppProvider({ modelPath });
  const pieces: string[] = [];
  const r = await p.stream({ messages: [{ role: 'user', content: 'Sig hej på dansk.' }], maxTokens: 16, signal: AbortSignal.timeout(120_000) }, (x) => pieces.push(x));
  assert.ok(r.text.length > 0);
  assert.equal(pieces.join(''), r.text);
  assert.ok(r.usage.inputTokens > 0 && r.usage.outputTokens > 0);
});
