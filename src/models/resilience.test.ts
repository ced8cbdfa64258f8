import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixedClock } from '../kernel/index.ts';
import { CircuitBreaker } from './circuit-breaker.ts';
import { ProviderError } from './provider-error.ts';
import { withRetries } from './with-retries.ts';

test('the circuit opens after the threshold, admits one trial after the cool-down, and closes on success', () => {
  const clock = fixedClock(new Date('2026-11-26T10:00:00Z'));
  const b = new CircuitBreaker({ failureThreshold: 2, cooldownMs: 1000 }, clock);
  b.onFailure();
  assert.equal(b.state, 'closed');
  b.onFailure();
  assert.equal(b.state, 'open');
  assert.equal(b.tryAcquire(), false);
  clock.advance(1000);
  assert.equal(b.state, 'half_open');
  assert.equal(b.tryAcquire(), true);
  assert.equal(b.tryAcquire(), false, 'a second trial while the first runs');
  b.onFailure();
  assert.equal(b.state, 'open', 'a failed trial opens the circuit again');
  clock.advance(1000);
  assert.equal(b.tryAcquire(), true);
  b.onSuccess();
  assert.equal(b.state, 'closed');
  assert.equal(b.tryAcquire(), true);
});

const far = () => Date.now() + 10_000;

test('retries 429 and 5xx with backoff, not a 4xx rejection', async () => {
  let calls = 0;
  const value = await withRetries(async () => {
    calls++;
    if (calls < 3) throw new ProviderError(calls === 1 ? 'rate_limited' : 'server_error', calls === 1 ? 429 : 503);
    return 'ok';
  }, { maxAttempts: 3, attemptTimeoutMs: 1000, baseBackoffMs: 1, maxBackoffMs: 5, deadline: far() });
  assert.equal(value, 'ok');
  assert.equal(calls, 3);

  calls = 0;
  await assert.rejects(
    withRetries(async () => {
      calls++;
      throw new ProviderError('rejected', 400);
    }, { maxAttempts: 3, attemptTimeoutMs: 1000, baseBackoffMs: 1, maxBackoffMs: 5, deadline: far() }),
    (err: unknown) => err instanceof ProviderError && err.failure === 'rejected',
  );
  assert.equal(calls, 1);
});

test('an attempt is aborted at its timeout and nothing waits past the deadline', async () => {
  // AbortSignal.timeout does not hold the event loop open; a real attempt's socket does.
  const keepAlive = setTimeout(() => {}, 2000);
  const started = Date.now();
  await assert.rejects(
    withRetries((signal) => new Promise((_, reject) => signal.addEventListener('abort', () => reject(new ProviderError('timeout')))), {
      maxAttempts: 5,
      attemptTimeoutMs: 50,
      baseBackoffMs: 10,
      maxBackoffMs: 20,
      deadline: Date.now() + 120,
    }),
    (err: unknown) => err instanceof ProviderError && err.failure === 'timeout',
  );
  assert.ok(Date.now() - started < 400);
  clearTimeout(keepAlive);
});

test('no retry once output has reached the caller', async () => {
  let calls = 0;
  await assert.rejects(
    withRetries(async () => {
      calls++;
      throw new ProviderError('broken_stream');
    }, { maxAttempts: 3, attemptTimeoutMs: 1000, baseBackoffMs: 1, maxBackoffMs: 5, deadline: far(), canRetry: () => false }),
  );
  assert.equal(calls, 1);
});

test('a Retry-After longer than the deadline allows ends the call instead of waiting', async () => {
  const started = Date.now();
  await assert.rejects(
    withRetries(async () => {
      throw new ProviderError('rate_limited', 429, 30);
    }, { maxAttempts: 3, attemptTimeoutMs: 1000, baseBackoffMs: 1, maxBackoffMs: 60_000, deadline: Date.now() + 200 }),
  );
  assert.ok(Date.now() - started < 150);
});
