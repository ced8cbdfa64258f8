import type { Clock } from '../kernel/index.ts';

export type BreakerState = 'closed' | 'open' | 'half_open';

export interface BreakerOptions {
  /** Consecutive failures that open the circuit. */
  failureThreshold: number;
  /** How long an open circuit refuses calls before one trial call is let through. */
  cooldownMs: number;
}

/**
 * One per model and process. An open circuit skips a failing model at once instead of making every
 * caller wait for its timeout; after the cool-down a single trial call decides whether it closes again.
 * In memory on purpose: each instance learns a model's health from its own calls.
 */
export class CircuitBreaker {
  private failures = 0;
  private openedAt: number | null = null;
  private trialInFlight = false;

  constructor(
    private readonly opts: BreakerOptions,
    private readonly clock: Clock,
  ) {}

  get state(): BreakerState {
    if (this.openedAt === null) return 'closed';
    return this.clock.now().getTime() - this.openedAt >= this.opts.cooldownMs ? 'half_open' : 'open';
  }

  /** Whether a call may go ahead now; a half-open circuit admits exactly one trial at a time. */
  tryAcquire(): boolean {
    const s = this.state;
    if (s === 'closed') return true;
    if (s === 'open' || this.trialInFlight) return false;
    this.trialInFlight = true;
    return true;
  }

  onSuccess(): void {
    this.failures = 0;
    this.openedAt = null;
    this.trialInFlight = false;
  }

  onFailure(): void {
    this.trialInFlight = false;
    this.failures++;
    if (this.openedAt !== null || this.failures >= this.opts.failureThreshold) this.openedAt = this.clock.now().getTime();
  }

  /** A call that ended without saying anything about the model (cancelled by the caller). */
  onAbandon(): void {
    this.trialInFlight = false;
  }
}
