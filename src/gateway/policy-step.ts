import { DEFAULT_USE_CASE_ID, type UseCase, evaluateRequest, policyBlockedError } from '../policy/index.ts';
import type { AppError } from '../kernel/index.ts';
import type { PolicyVerdict } from './types.ts';

export const defaultUseCaseId = (): string => DEFAULT_USE_CASE_ID;

export interface GateResult {
  verdict: PolicyVerdict;
  /** The error to throw when the verdict is BLOCK: rule, legal source and what to do instead. */
  blocked: AppError | null;
  shadowMode: boolean;
  /** What the policy module's `policy.evaluated` event would hold, by ids only, for the call's own audit event. */
  audit: { rules: string[]; blockingRules: string[]; shadowDecision: 'BLOCK' | null; signals: string[] };
}

/**
 * The policy module's request gate for one call under its use case, shadow mode honoured as in the policy
 * module's `evaluateForCall`. The verdict is not audited on its own: the call's one audit event carries
 * its rule ids, so a call appends one link to the hash chain, not two. The gate receives the privacy
 * module's flags together with the entity types found (CPR, PERSON …).
 */
export function evaluatePolicy(useCase: UseCase, input: { text: string; findings: string[] }): GateResult {
  const d = evaluateRequest({ text: input.text, useCase, flags: input.findings });
  // A shadowed block lets the call through, logged (C05) like any other controlled call.
  const shadowed = useCase.shadowMode && d.decision === 'BLOCK';
  const verdict: PolicyVerdict = {
    decision: shadowed ? 'ALLOW_WITH_CONTROLS' : d.decision,
    tier: d.tier,
    reasons: d.reasons.map(({ rule, message, source, effect, instead }) => ({ rule, message, source, effect, ...(instead ? { instead } : {}) })),
    controls: shadowed && !d.controls.includes('C05') ? [...d.controls, 'C05'].sort() : [...d.controls],
  };
  return {
    verdict,
    blocked: verdict.decision === 'BLOCK' ? policyBlockedError(d) : null,
    shadowMode: useCase.shadowMode,
    audit: {
      rules: [...new Set(d.reasons.map((r) => r.rule))],
      blockingRules: [...new Set(d.reasons.filter((r) => r.effect === 'BLOCK').map((r) => r.rule))],
      shadowDecision: shadowed ? 'BLOCK' : null,
      signals: d.signals,
    },
  };
}
