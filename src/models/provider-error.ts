/**
 * A failed upstream call, classified for the resilience layer. Never carries the upstream's response
 * body: it may echo the prompt.
 */
export type ProviderFailure = 'timeout' | 'rate_limited' | 'server_error' | 'connection' | 'broken_stream' | 'bad_response' | 'rejected' | 'unavailable';

export class ProviderError extends Error {
  constructor(
    readonly failure: ProviderFailure,
    readonly status: number | null = null,
    /** Seconds the upstream asked us to wait (Retry-After), when it said so. */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(`upstream ${failure}${status ? ` (${status})` : ''}`);
    this.name = 'ProviderError';
  }

  /** 429, 5xx, timeouts and dropped connections are worth another try; a 4xx rejection is not. */
  get retryable(): boolean {
    return this.failure !== 'rejected' && this.failure !== 'bad_response' && this.failure !== 'unavailable';
  }
}
