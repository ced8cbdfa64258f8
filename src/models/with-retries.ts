import { ProviderError } from './provider-error.ts';

export interface RetryOptions {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  /** Time allowed for one attempt; the attempt is aborted after it. */
  attemptTimeoutMs: number;
  /** First backoff; doubled per retry, with jitter, capped by `maxBackoffMs` and by what Retry-After asks. */
  baseBackoffMs: number;
  maxBackoffMs: number;
  /** The caller's signal (client gone); ends the whole thing at once. */
  signal?: AbortSignal | undefined;
  /** Deadline for all attempts and waits together, as epoch ms. */
  deadline: number;
  /** A retry after output reached the caller would duplicate it; the attempt says whether that happened. */
  canRetry?: () => boolean;
  random?: () => number;
  onRetry?: (err: ProviderError, attempt: number) => void;
}

/**
 * Runs one upstream attempt with its own timeout, retrying 429, 5xx, timeouts and dropped connections
 * with exponential backoff. Never waits past the deadline: a request does not hang beyond its timeout.
 */
export async function withRetries<T>(attempt: (signal: AbortSignal) => Promise<T>, o: RetryOptions): Promise<T> {
  const random = o.random ?? Math.random;
  for (let n = 1; ; n++) {
    const remaining = o.deadline - Date.now();
    if (remaining <= 0) throw new ProviderError('timeout');
    const timeout = AbortSignal.timeout(Math.min(o.attemptTimeoutMs, remaining));
    const signal = o.signal ? AbortSignal.any([o.signal, timeout]) : timeout;
    try {
      return await attempt(signal);
    } catch (raw) {
      if (o.signal?.aborted) throw raw;
      const err = raw instanceof ProviderError ? raw : new ProviderError(timeout.aborted ? 'timeout' : 'connection');
      if (!err.retryable || n >= o.maxAttempts || (o.canRetry && !o.canRetry())) throw err;
      const backoff = Math.min(o.maxBackoffMs, o.baseBackoffMs * 2 ** (n - 1)) * (0.5 + random() / 2);
      const wait = Math.max(backoff, Math.min((err.retryAfterSeconds ?? 0) * 1000, o.maxBackoffMs));
      if (Date.now() + wait >= o.deadline) throw err;
      o.onRetry?.(err, n);
      await sleep(wait, o.signal);
    }
  }
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(done, ms);
    function done() {
      signal?.removeEventListener('abort', abort);
      resolve();
    }
    function abort() {
      clearTimeout(t);
      reject(signal!.reason);
    }
    signal?.addEventListener('abort', abort, { once: true });
  });
}
