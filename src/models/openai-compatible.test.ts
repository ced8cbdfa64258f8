import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startFakeUpstream, type FakeUpstream } from './fake-upstream/fake-upstream.ts';
import { openAiCompatibleProvider } from './openai-compatible.ts';
import { ProviderError } from './provider-error.ts';

let fake: FakeUpstream;
before(async () => {
  fake = await startFakeUpstream();
});
after(async () => {
  await fake.close();
});

const signal = () => AbortSignal.timeout(5000);
const messages = [{ role: 'user' as const, content: 'Hvad er klokken?' }];

test('chat, stream and embeddings speak the OpenAI wire format and report token usage', async () => {
  const p = openAiCompatibleProvider({ baseUrl: fake.url, apiKey: 'sk-test', model: 'm' });
  const whole = await p.chat({ messages, signal: signal() });
  assert.equal(whole.text, 'Svar: Hvad er klokken?');
  assert.equal(whole.usage.estimated, false);
  assert.ok(whole.usage.inputTokens > 0 && whole.usage.outputTokens > 0);

  const pieces: string[] = [];
  const streamed = await p.stream({ messages, signal: signal() }, (t) => pieces.push(t));
  assert.ok(pieces.length > 1);
  assert.equal(pieces.join(''), streamed.text);
  assert.equal(streamed.usage.estimated, false);
  const body = fake.chatRequests().at(-1)!.body;
  assert.equal(body.stream, true);
  assert.deepEqual(body.stream_options, { include_usage: true });

  const e = await p.embed(['kommune', 'kommunen', 'cykel'], signal());
  assert.equal(e.vectors.length, 3);
  const dot = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * b[i]!, 0);
  assert.ok(dot(e.vectors[0]!, e.vectors[1]!) > dot(e.vectors[0]!, e.vectors[2]!));
  assert.equal(fake.received.at(-1)!.headers.authorization, 'Bearer sk-test');
});

test('Azure OpenAI: api-key header and api-version parameter', async () => {
  const p = openAiCompatibleProvider({ baseUrl: fake.url, apiKey: 'azure-key', authHeader: 'api-key', apiVersion: '2024-10-21', model: 'deployment' });
  await p.chat({ messages, signal: signal() });
  const last = fake.chatRequests().at(-1)!;
  assert.equal(last.headers['api-key'], 'azure-key');
  assert.equal(last.headers.authorization, undefined);
});

test('faults become classified provider errors without the upstream body', async () => {
  const p = openAiCompatibleProvider({ baseUrl: fake.url, model: 'm' });
  const expect = async (fault: Parameters<FakeUpstream['inject']>[0], failure: string, stream = false) => {
    fake.inject(fault);
    await assert.rejects(stream ? p.stream({ messages, signal: signal() }, () => {}) : p.chat({ messages, signal: signal() }), (err: unknown) => {
      assert.ok(err instanceof ProviderError);
      assert.equal(err.failure, failure);
      assert.ok(!err.message.includes('Hvad er klokken'));
      return true;
    });
  };
  await expect({ kind: 'status', status: 500 }, 'server_error');
  await expect({ kind: 'status', status: 429, retryAfterSeconds: 2 }, 'rate_limited');
  await expect({ kind: 'status', status: 400 }, 'rejected');
  await expect({ kind: 'reset' }, 'connection');
  await expect({ kind: 'broken_stream', afterChunks: 2 }, 'broken_stream', true);
  await expect({ kind: 'broken_stream', afterChunks: 0 }, 'bad_response');
  fake.inject({ kind: 'latency', ms: 500 });
  await assert.rejects(p.chat({ messages, signal: AbortSignal.timeout(100) }), (err: unknown) => err instanceof ProviderError && err.failure === 'timeout');
});

test('structured output is asked for as json_schema, or json_object where the server lacks schemas', async () => {
  const schema = { type: 'object', properties: { svar: { type: 'string' } }, required: ['svar'] };
  const withSchema = openAiCompatibleProvider({ baseUrl: fake.url, model: 'm' });
  const r = await withSchema.chat({ messages, jsonSchema: { name: 'svar', schema }, signal: signal() });
  assert.deepEqual(JSON.parse(r.text), { svar: 'Hvad er klokken?' });
  assert.equal(fake.chatRequests().at(-1)!.body.response_format.type, 'json_schema');
  const plain = openAiCompatibleProvider({ baseUrl: fake.url, model: 'm', supportsJsonSchema: false });
  await plain.chat({ messages, jsonSchema: { name: 'svar', schema }, signal: signal() });
  assert.equal(fake.chatRequests().at(-1)!.body.response_format.type, 'json_object');
});
