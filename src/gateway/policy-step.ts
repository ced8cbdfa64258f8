import { DEFAULT_USE_CASE_ID, evaluateForCall, policyBlockedError } from '../policy/index.ts';
import type { Db } from '../db/index.ts';
import type { Actor, AppError, Clock } from '../kernel/index.ts';
import type { PolicyVerdict } from './types.ts';

export const defaultUseCaseId = (): string => DEFAULT_USE_CASE_ID;

export interface GateResult {
  verdict: PolicyVerdict;
  /** The error to throw when the verdict is BLOCK: rule, legal source and what to do instead. */
  blocked: AppError | null;
  shadowMode: boolean;
}

/**
 * The policy module's request gate for one call, under the use case (honouring its shadow mode). The gate
 * receives the privacy module's flags together with the entity types found (CPR, PERSON …).
 */
export async function evaluatePolicy(db: Db, actor: Actor, input: { text: string; useCaseId: string; findings: string[] }, clock: Clock): Promise<GateResult> {
  const d = await evaluateForCall(db, actor, { text: input.text, useCaseId: input.useCaseId, flags: input.findings }, clock);
  const verdict: PolicyVerdict = {
    decision: d.decision,
    tier: d.tier,
    reasons: d.reasons.map(({ rule, message, source, effect, instead }) => ({ rule, message, source, effect, ...(instead ? { instead } : {}) })),
    controls: [...d.controls],
  };
  return { verdict, blocked: d.decision === 'BLOCK' ? policyBlockedError(d) : null, shadowMode: d.shadowMode };
}
