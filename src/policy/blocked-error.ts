import { AppError } from '../kernel/index.ts';
import type { PolicyDecision } from './schemas.ts';

/** The error a caller throws on BLOCK: the rule, its source and what to do instead, without the user's text. */
export function policyBlockedError(d: PolicyDecision): AppError {
  const blocking = d.reasons.filter((r) => r.effect === 'BLOCK');
  const first = blocking[0];
  const message = first
    ? `Forespørgslen er afvist (${first.rule}: ${first.source}). ${first.message}${d.instead ? ` ${d.instead}` : ''}`
    : 'Forespørgslen er afvist af kommunens AI-politik.';
  return new AppError('policy_blocked', message, {
    decision: d.decision,
    tier: d.tier,
    reasons: d.reasons.map(({ rule, message: m, source, effect, instead }) => ({ rule, message: m, source, effect, ...(instead ? { instead } : {}) })),
    controls: d.controls,
    instead: d.instead,
  });
}
