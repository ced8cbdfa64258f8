export { evaluateRequest, type EvaluateRequestInput } from './evaluate-request.ts';
export { evaluateForCall, checkRequest, privacyFindings, type CallDecision } from './evaluate-for-call.ts';
export { policyBlockedError } from './blocked-error.ts';
export { DEFAULT_USE_CASE_ID, SEED_USE_CASES, seedUseCase } from './seed-use-cases.ts';
export { getUseCase, findUseCase, listUseCases, createUseCase, updateUseCase, changeUseCasePhase, presentUseCase, type UseCaseView } from './use-cases.ts';
export { phaseRequirements, canMove, type GateItem, type PilotEffect } from './phase-gate.ts';
export { assessUseCase, type UseCaseAssessment } from './assess-use-case.ts';
export { listUsableUseCases, UsableUseCase } from './usable-use-cases.ts';
export { buildRegister, registerEntry, readStrategy } from './register.ts';
export { renderRegisterPage, registerHtml } from './register-page.ts';
export { TransparencyRegister, RegisterEntry, registerJsonSchema } from './register-schema.ts';
export { RULES, CONTROLS, type RuleId, type ControlId, policyCatalogue } from './catalogue.ts';
export { STRATEGY, type StrategyDocument } from './strategy.ts';
export {
  UseCase, UseCaseFields, NewUseCase, UseCasePatch, UseCaseId, PolicyDecision, Decision, Tier, Phase, PHASES, Reason, DataCategory, Domain, DecisionRole,
} from './schemas.ts';
export { seedPolicy } from './seed.ts';
export { policyMigrations } from './migrations.ts';
export type { PolicyTables } from './tables.ts';
