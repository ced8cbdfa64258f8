import { recordAuditEvent } from '../audit/index.ts';
import type { Db } from '../db/index.ts';
import { type Actor, type Clock, forbidden, systemClock } from '../kernel/index.ts';
import { analysePersonalData } from '../privacy/index.ts';
import { CONTROLS } from './catalogue.ts';
import { evaluateRequest } from './evaluate-request.ts';
import type { Decision, PolicyDecision } from './schemas.ts';
import { DEFAULT_USE_CASE_ID } from './seed-use-cases.ts';
import { getUseCase } from './use-cases.ts';

export interface CallDecision extends PolicyDecision {
  /** The use case evaluates without blocking; `decision` is what to enforce, `shadowDecision` what the gate found. */
  shadowMode: boolean;
  shadowDecision: Decision | null;
}

function withLogging(v: PolicyDecision): Pick<PolicyDecision, 'controls' | 'controlDetails'> {
  if (v.controls.includes('C05')) return v;
  const detail = { id: 'C05' as const, title: CONTROLS.C05.title, source: CONTROLS.C05.source, rules: ['R14' as const] };
  return { controls: [...v.controls, 'C05' as const].sort(), controlDetails: [...v.controlDetails, detail].sort((a, b) => a.id.localeCompare(b.id)) };
}

/** The privacy module's findings as the gate reads them: its flags plus the entity types found. */
export function privacyFindings(text: string): string[] {
  const { entities, flags } = analysePersonalData(text);
  return [...flags, ...new Set(entities.map((e) => e.type))];
}

/**
 * The gate for one AI call: the use case (the one asked for, the token's, or the default), the request
 * judged against it, shadow mode honoured, and the verdict in the audit trail by rule ids, never by text.
 */
export async function evaluateForCall(
  db: Db,
  actor: Actor,
  input: { text: string; useCaseId?: string | null | undefined; flags?: readonly string[] | undefined },
  clock: Clock = systemClock,
): Promise<CallDecision> {
  if (actor.useCaseId && input.useCaseId && input.useCaseId !== actor.useCaseId) {
    throw forbidden('Nøglen er bundet til en anden anvendelse.');
  }
  const useCase = await getUseCase(db, input.useCaseId ?? actor.useCaseId ?? DEFAULT_USE_CASE_ID);
  const verdict = evaluateRequest({ text: input.text, useCase, flags: input.flags ?? privacyFindings(input.text) });
  const shadowed = useCase.shadowMode && verdict.decision === 'BLOCK';
  // A shadowed block still leaves its trace: the call is logged (C05) like any other controlled call.
  const result: CallDecision = shadowed
    ? { ...verdict, decision: 'ALLOW_WITH_CONTROLS', ...withLogging(verdict), shadowMode: true, shadowDecision: 'BLOCK' }
    : { ...verdict, shadowMode: useCase.shadowMode, shadowDecision: null };
  await recordAuditEvent(db, actor, {
    action: 'policy.evaluated',
    targetType: 'use_case',
    targetId: useCase.id,
    details: {
      decision: result.decision,
      shadowDecision: result.shadowDecision,
      tier: result.tier,
      rules: [...new Set(result.reasons.map((r) => r.rule))],
      blockingRules: [...new Set(result.reasons.filter((r) => r.effect === 'BLOCK').map((r) => r.rule))],
      controls: result.controls,
      signals: result.signals,
      textLength: input.text.length,
    },
  }, clock);
  return result;
}

/**
 * "What would the gate say?" for a text, without making a call: under the named use case when one is given,
 * otherwise on the request alone. Audited like a call, by rule ids only.
 */
export async function checkRequest(db: Db, actor: Actor, input: { text: string; useCase?: string | undefined }, clock: Clock = systemClock): Promise<PolicyDecision> {
  const useCase = input.useCase ? await getUseCase(db, input.useCase) : null;
  const verdict = evaluateRequest({ text: input.text, useCase, flags: privacyFindings(input.text) });
  await recordAuditEvent(db, actor, {
    action: 'policy.checked',
    ...(useCase ? { targetType: 'use_case', targetId: useCase.id } : {}),
    details: { decision: verdict.decision, tier: verdict.tier, rules: [...new Set(verdict.reasons.map((r) => r.rule))], textLength: input.text.length },
  }, clock);
  return verdict;
}
