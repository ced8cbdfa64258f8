import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ConfigError, parseConfig } from './config.ts';

test('defaults give the embedded set-up of DESIGN.md', () => {
  const c = parseConfig({});
  assert.equal(c.port, 3000);
  assert.equal(c.dataDir, './data');
  assert.equal(c.databaseUrl, undefined);
  assert.equal(c.openai, undefined);
  assert.ok(c.rateLimitPerMinute > 0);
});

test('every problem is reported at once', () => {
  try {
    parseConfig({ KAI_PORT: 'abc', KAI_DATABASE_URL: 'mysql://x', KAI_SECRET: 'short', KAI_RATE_LIMIT_PER_MINUTE: '-1' });
    assert.fail('expected a ConfigError');
  } catch (err) {
    assert.ok(err instanceof ConfigError);
    const fields = err.problems.map((p) => p.split(':')[0]);
    assert.deepEqual(fields.sort(), ['KAI_DATABASE_URL', 'KAI_PORT', 'KAI_RATE_LIMIT_PER_MINUTE', 'KAI_SECRET']);
  }
});

test('an OpenAI-compatible model needs both address and model name', () => {
  assert.throws(() => parseConfig({ KAI_OPENAI_BASE_URL: 'http://127.0.0.1:9/v1' }), /KAI_OPENAI_MODEL/);
  const c = parseConfig({ KAI_OPENAI_BASE_URL: 'http://127.0.0.1:9/v1', KAI_OPENAI_MODEL: 'm', KAI_OPENAI_HOSTING: 'self_hosted' });
  assert.deepEqual(c.openai, { baseUrl: 'http://127.0.0.1:9/v1', apiKey: undefined, model: 'm', hosting: 'self_hosted' });
});

test('rate limit 0 turns it off; empty values count as unset', () => {
  assert.equal(parseConfig({ KAI_RATE_LIMIT_PER_MINUTE: '0' }).rateLimitPerMinute, 0);
  assert.equal(parseConfig({ KAI_PORT: '' }).port, 3000);
});
