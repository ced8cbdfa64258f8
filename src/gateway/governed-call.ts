import { z } from 'zod';
import { can, requireCourse } from '../access/index.ts';
import type { App } from '../app.ts';
import { type AuditDetails } from '../audit/index.ts';
import { type Actor, AppError, forbidden, invalid, newId, sha256Hex } from '../kernel/index.ts';
import { type DataClass, type ProviderChatRequest, type ProviderChatResult, ProviderError, type ProviderMessage, classifyRequest, dataClassRank, withRetries } from '../models/index.ts';
import { analysePersonalData, createPseudonymSession } from '../privacy/index.ts';
import { type ModelRates, costOf, judgeBudget, monthOf, readBudgetState } from '../usage/index.ts';
import { type GateResult, defaultUseCaseId, evaluatePolicy } from './policy-step.ts';
import { type CatalogueEntry, type GatewayRuntime, gatewayRuntime } from './runtime.ts';
import type { GovernedCallRequest, GovernedCallResult, GovernedUsage, LlmCallRequest, LocalCallRequest, PolicyVerdict } from './types.ts';

const ZERO_USAGE: Omit<GovernedUsage, 'latencyMs'> = { inputTokens: 0, outputTokens: 0, estimated: false, costDkk: 0, energyWh: 0, co2eGrams: 0 };

interface CallContext {
  app: App;
  rt: GatewayRuntime;
  actor: Actor;
  callId: string;
  useCaseId: string;
  taskId: string | null;
  engine: 'local' | 'llm';
  started: number;
  at: Date;
  month: string;
  shadowMode: boolean;
  /** The gate's rule ids, set once it has run; every later audit event of the call carries them. */
  policy: GateResult['audit'] | null;
  budgeted: boolean;
}

/**
 * The one door every AI call goes through, from the task runner, the UI and the governed API alike:
 * access (role, AI-literacy course) → policy gate → pseudonymise → model (only one approved for the data's
 * class; retries, circuit breaker, fallback) → restore → meter → audit. A BLOCK never reaches a model.
 */
export function governedCall<T>(app: App, actor: Actor, req: LocalCallRequest<T>): Promise<GovernedCallResult<T>>;
export function governedCall(app: App, actor: Actor, req: LlmCallRequest): Promise<GovernedCallResult<string>>;
export async function governedCall(app: App, actor: Actor, req: GovernedCallRequest): Promise<GovernedCallResult<unknown>> {
  const started = performance.now();
  if (!can(actor, 'tasks:run') && !can(actor, 'api:chat')) throw forbidden();
  requireCourse(actor);
  const requested = req.useCaseId ?? null;
  // A key bound to a use case works under that use case only: its policy is the one that was approved.
  if (actor.useCaseId && requested && requested !== actor.useCaseId) throw forbidden('Nøglen er bundet til en anden anvendelse.');
  const at = app.clock.now();
  const ctx: CallContext = {
    app,
    rt: gatewayRuntime(app),
    actor,
    callId: newId(),
    useCaseId: actor.useCaseId ?? requested ?? defaultUseCaseId(),
    taskId: req.taskId ?? null,
    engine: req.engine,
    started,
    at,
    month: monthOf(at),
    shadowMode: false,
    policy: null,
    budgeted: false,
  };
  return req.engine === 'local' ? runLocal(ctx, req) : runLlm(ctx, req);
}

/** The policy gate; a BLOCK is metered and audited here and never reaches a model. */
async function gate(ctx: CallContext, text: string, flags: string[], entityTypes: string[], entities: number): Promise<PolicyVerdict> {
  const useCase = await ctx.rt.useCase(ctx.useCaseId);
  const { verdict, blocked, shadowMode, audit } = evaluatePolicy(useCase, { text, findings: [...flags, ...entityTypes] });
  ctx.policy = audit;
  if (blocked) {
    record(ctx, { status: 'blocked', errorCode: 'policy_blocked', verdict, entities, modelId: null }, { flags });
    throw blocked;
  }
  ctx.shadowMode = shadowMode;
  return verdict;
}

async function runLocal(ctx: CallContext, req: LocalCallRequest<unknown>): Promise<GovernedCallResult<unknown>> {
  const { entities, flags } = analysePersonalData(req.text);
  const entityTypes = [...new Set(entities.map((e) => e.type))];
  const verdict = await gate(ctx, req.text, flags, entityTypes, 0);
  let output: unknown;
  try {
    output = await req.run(req.text);
  } catch (err) {
    record(ctx, { status: 'failed', errorCode: err instanceof AppError ? err.code : 'internal', verdict, entities: 0, modelId: null }, {});
    throw err;
  }
  const usage = { ...ZERO_USAGE, latencyMs: Math.round(performance.now() - ctx.started) };
  record(ctx, { status: 'ok', errorCode: null, verdict, entities: 0, modelId: null, usage }, { inputLength: req.text.length });
  return { callId: ctx.callId, engine: 'local', useCaseId: ctx.useCaseId, taskId: ctx.taskId, model: null, output, policy: verdict, pseudonymisedEntities: 0, usage, budgetWarning: null, fallbacks: [] };
}

function messagesOf(req: LlmCallRequest): ProviderMessage[] {
  if (req.messages?.length) return req.messages;
  if (req.text === undefined) throw invalid('Angiv enten messages eller text.');
  return [...(req.system ? [{ role: 'system' as const, content: req.system }] : []), { role: 'user' as const, content: req.text }];
}

async function runLlm(ctx: CallContext, req: LlmCallRequest): Promise<GovernedCallResult<string>> {
  const original = messagesOf(req);
  // One pass finds and replaces personal data; the policy gate reads what it found before anything leaves.
  const session = createPseudonymSession();
  const entityTypes = new Set<string>();
  const flags = new Set<string>();
  let entities = 0;
  const messages = original.map((m) => {
    const r = session.pseudonymise(m.content);
    for (const e of r.entities) entityTypes.add(e.type);
    for (const f of r.flags) flags.add(f);
    entities += r.entities.length;
    return { role: m.role, content: r.text };
  });
  const text = original.map((m) => m.content).join('\n\n');
  const verdict = await gate(ctx, text, [...flags], [...entityTypes], entities);
  const dataClass = classifyRequest({ entityTypes: [...entityTypes], flags: [...flags] });

  const candidates = await approvedModels(ctx, req.model, dataClass, verdict, entities);
  const budgetWarning = await checkBudget(ctx, verdict, entities);

  const jsonSchema = req.output ? { name: req.output.name, schema: z.toJSONSchema(req.output.schema, { target: 'draft-7' }) as Record<string, unknown> } : undefined;
  const providerReq: Omit<ProviderChatRequest, 'signal'> = { messages, maxTokens: req.maxTokens, temperature: req.temperature, jsonSchema };
  const fallbacks: string[] = [];
  const failures: { model: string; failure: string }[] = [];
  const longest = Math.max(...candidates.map((c) => c.row.timeout_ms));
  // A call never takes longer than twice its longest model timeout, fallbacks included.
  const deadline = Date.now() + 2 * longest;
  let emitted = false;
  let attempts = 0;

  for (const entry of candidates) {
    const breaker = ctx.rt.breaker(entry.row.id);
    if (!breaker.tryAcquire()) {
      fallbacks.push(entry.row.id);
      failures.push({ model: entry.row.id, failure: 'circuit_open' });
      continue;
    }
    const restorer = session.createStreamRestorer();
    let result: ProviderChatResult;
    try {
      result = await withRetries(
        (signal) => {
          attempts++;
          const r = { ...providerReq, signal };
          if (!req.onDelta) return entry.provider.chat(r);
          return entry.provider.stream(r, (piece) => {
            const out = restorer.push(piece);
            if (out) {
              emitted = true;
              req.onDelta!(out);
            }
          });
        },
        {
          maxAttempts: entry.row.max_attempts,
          attemptTimeoutMs: entry.row.timeout_ms,
          baseBackoffMs: ctx.rt.options.backoff.baseMs,
          maxBackoffMs: ctx.rt.options.backoff.maxMs,
          deadline: Math.min(deadline, Date.now() + entry.row.timeout_ms),
          signal: req.signal,
          canRetry: () => !emitted,
        },
      );
    } catch (err) {
      if (req.signal?.aborted) {
        breaker.onAbandon();
        record(ctx, { status: 'failed', errorCode: 'cancelled', verdict, entities, modelId: entry.row.id, attempts, fallbacks }, { dataClass });
        throw new AppError('upstream_failed', 'Forespørgslen blev afbrudt.');
      }
      breaker.onFailure();
      const failure = err instanceof ProviderError ? err.failure : err instanceof AppError ? err.code : 'internal';
      failures.push({ model: entry.row.id, failure });
      // Part of the answer has reached the caller: another model cannot take over mid-answer.
      if (emitted) {
        record(ctx, { status: 'failed', errorCode: failure, verdict, entities, modelId: entry.row.id, attempts, fallbacks }, { dataClass, failures: failures.map((f) => `${f.model}:${f.failure}`) });
        throw new AppError('upstream_failed', 'Sprogmodellens svar blev afbrudt undervejs. Prøv igen.', { failures });
      }
      fallbacks.push(entry.row.id);
      continue;
    }
    breaker.onSuccess();
    const tail = restorer.flush();
    if (tail && req.onDelta) req.onDelta(tail);
    const output = session.restore(result.text);
    let json: unknown;
    if (req.output) {
      const parsed = parseStructured(output, req.output.schema);
      if (!parsed.ok) {
        record(ctx, { status: 'failed', errorCode: 'bad_structured_output', verdict, entities, modelId: entry.row.id, attempts, fallbacks, tokens: result.usage, rates: ratesOf(entry) }, { dataClass });
        throw new AppError('upstream_failed', 'Sprogmodellen svarede ikke i det aftalte format. Prøv igen, eller brug opgaven uden sprogmodel.');
      }
      json = parsed.value;
    }
    const cost = costOf(ratesOf(entry), result.usage);
    const usage: GovernedUsage = { ...result.usage, ...cost, latencyMs: Math.round(performance.now() - ctx.started) };
    record(ctx, { status: 'ok', errorCode: null, verdict, entities, modelId: entry.row.id, attempts, fallbacks, usage }, {
      dataClass,
      promptSha256: sha256Hex(JSON.stringify(messages)),
      outputSha256: sha256Hex(result.text),
      finishReason: result.finishReason.slice(0, 40),
    });
    return {
      callId: ctx.callId,
      engine: 'llm',
      useCaseId: ctx.useCaseId,
      taskId: ctx.taskId,
      model: { id: entry.row.id, name: entry.row.name },
      output,
      ...(req.output ? { json } : {}),
      policy: verdict,
      pseudonymisedEntities: entities,
      usage,
      budgetWarning,
      fallbacks,
    };
  }

  const timedOut = failures.length > 0 && failures.every((f) => f.failure === 'timeout');
  record(ctx, { status: 'failed', errorCode: timedOut ? 'timeout' : 'all_models_failed', verdict, entities, modelId: null, attempts, fallbacks }, { dataClass, failures: failures.map((f) => `${f.model}:${f.failure}`) });
  throw new AppError(
    'upstream_failed',
    timedOut
      ? 'Sprogmodellen svarede ikke inden for tidsgrænsen. Prøv igen om lidt, eller brug opgaven uden sprogmodel.'
      : 'Ingen af de godkendte sprogmodeller kunne svare lige nu. Prøv igen om lidt, eller brug opgaven uden sprogmodel.',
    { failures },
  );
}

const ratesOf = (e: CatalogueEntry): ModelRates => ({
  priceInDkkPerMTok: Number(e.row.price_in_dkk_per_mtok),
  priceOutDkkPerMTok: Number(e.row.price_out_dkk_per_mtok),
  energyWhPer1kTokens: Number(e.row.energy_wh_per_1k_tokens),
  gridGCo2ePerKwh: Number(e.row.grid_g_co2e_per_kwh),
});

/**
 * The enabled chat models approved for the data's class, in fallback order, the requested one first.
 * Data above a model's approval never reaches it: the request goes to another approved model or is refused.
 */
async function approvedModels(ctx: CallContext, requested: string | undefined, dataClass: DataClass, verdict: PolicyVerdict, entities: number): Promise<CatalogueEntry[]> {
  const all = (await ctx.rt.models()).filter((e) => e.row.kind === 'chat' && e.row.enabled);
  if (all.length === 0) {
    record(ctx, { status: 'refused', errorCode: 'not_configured', verdict, entities, modelId: null }, { dataClass });
    throw new AppError('not_configured', 'Der er ikke sat nogen sprogmodel op endnu. En AI-koordinator kan tilføje en under Modeller (eller med KAI_OPENAI_BASE_URL og KAI_OPENAI_MODEL). Opgaverne uden sprogmodel virker stadig.');
  }
  let preferred: CatalogueEntry | undefined;
  if (requested && requested !== 'auto') {
    preferred = all.find((e) => e.row.id === requested) ?? all.find((e) => e.row.upstream_model === requested);
    if (!preferred) {
      record(ctx, { status: 'refused', errorCode: 'unknown_model', verdict, entities, modelId: null }, { dataClass });
      throw new AppError('not_found', 'Den ønskede model findes ikke i kommunens modelkatalog. Se GET /v1/models.');
    }
  }
  const approved = all.filter((e) => dataClassRank(e.row.max_data_class as DataClass) >= dataClassRank(dataClass));
  if (approved.length === 0) {
    record(ctx, { status: 'refused', errorCode: 'no_approved_model', verdict, entities, modelId: null }, { dataClass });
    throw new AppError('policy_blocked', `Teksten indeholder data af klassen "${dataClass}", og ingen tilgængelig sprogmodel er godkendt til det. Fjern personoplysningerne, eller brug opgaven uden sprogmodel.`, {
      dataClass,
      reasons: [{ rule: 'C15', message: 'Personoplysninger må kun sendes til modeller, der er godkendt til dem (egen drift eller databehandler i EU med databehandleraftale).', source: 'governance.md C15, R06, R20' }],
    });
  }
  return preferred && approved.includes(preferred) ? [preferred, ...approved.filter((e) => e !== preferred)] : approved;
}

async function checkBudget(ctx: CallContext, verdict: PolicyVerdict, entities: number): Promise<GovernedCallResult['budgetWarning']> {
  const f = ctx.actor.forvaltningId;
  if (!f || ctx.rt.knownWithoutBudget(f)) return null;
  const pending = ctx.rt.writer.pendingCost(f, ctx.month);
  const state = await readBudgetState(ctx.app.db, f, ctx.month);
  if (!state) {
    ctx.rt.rememberWithoutBudget(f);
    return null;
  }
  ctx.budgeted = true;
  state.spentDkk += pending;
  try {
    const judged = judgeBudget(state, ctx.month);
    return judged?.warn ? { usedShare: Math.round(judged.usedShare * 1000) / 1000, month: ctx.month } : null;
  } catch (err) {
    record(ctx, { status: 'refused', errorCode: 'budget_exceeded', verdict, entities, modelId: null }, {});
    throw err;
  }
}

function parseStructured(text: string, schema: z.ZodType): { ok: true; value: unknown } | { ok: false } {
  const body = text.trim().replace(/^```(?:json)?\s*/i, '').replace(/\s*```$/, '');
  try {
    const parsed = schema.safeParse(JSON.parse(body));
    return parsed.success ? { ok: true, value: parsed.data } : { ok: false };
  } catch {
    return { ok: false };
  }
}

interface Outcome {
  status: 'ok' | 'failed' | 'blocked' | 'refused';
  errorCode: string | null;
  verdict: PolicyVerdict;
  entities: number;
  modelId: string | null;
  attempts?: number;
  fallbacks?: string[];
  usage?: GovernedUsage;
  tokens?: { inputTokens: number; outputTokens: number; estimated: boolean };
  rates?: ModelRates;
}

const AUDIT_ACTION: Record<Outcome['status'], string> = { ok: 'ai.call', failed: 'ai.call_failed', blocked: 'ai.call_blocked', refused: 'ai.call_refused' };

/** Meter and audit: one usage row and one hash-chained audit event per call, whatever its outcome. */
function record(ctx: CallContext, o: Outcome, extra: AuditDetails): void {
  // A failed structured answer still cost its tokens.
  const tokens = o.usage ?? o.tokens ?? null;
  const cost = o.usage ?? (o.tokens && o.rates ? costOf(o.rates, o.tokens) : null);
  const latencyMs = o.usage?.latencyMs ?? Math.round(performance.now() - ctx.started);
  ctx.rt.writer.enqueue({
    actor: ctx.actor,
    budgeted: ctx.budgeted,
    event: {
      id: ctx.callId,
      at: ctx.at,
      month: ctx.month,
      user_id: ctx.actor.userId,
      actor_kind: ctx.actor.kind,
      token_id: ctx.actor.tokenId,
      forvaltning_id: ctx.actor.forvaltningId,
      use_case_id: ctx.useCaseId,
      task_id: ctx.taskId,
      engine: ctx.engine,
      model_id: o.modelId,
      status: o.status,
      error_code: o.errorCode,
      input_tokens: tokens?.inputTokens ?? 0,
      output_tokens: tokens?.outputTokens ?? 0,
      tokens_estimated: tokens?.estimated ?? false,
      cost_dkk: cost?.costDkk ?? 0,
      energy_wh: cost?.energyWh ?? 0,
      co2e_g: cost?.co2eGrams ?? 0,
      latency_ms: latencyMs,
      attempts: o.attempts ?? 0,
      fallbacks: o.fallbacks?.length ?? 0,
      entities: o.entities,
    },
    audit: {
      action: AUDIT_ACTION[o.status],
      details: {
        engine: ctx.engine,
        useCaseId: ctx.useCaseId,
        taskId: ctx.taskId,
        modelId: o.modelId,
        status: o.status,
        errorCode: o.errorCode,
        decision: o.verdict.decision,
        tier: o.verdict.tier,
        controls: o.verdict.controls.slice(0, 50),
        entities: o.entities,
        inputTokens: tokens?.inputTokens ?? 0,
        outputTokens: tokens?.outputTokens ?? 0,
        costDkk: cost?.costDkk ?? 0,
        latencyMs,
        attempts: o.attempts ?? 0,
        fallbacks: o.fallbacks ?? [],
        shadowMode: ctx.shadowMode,
        ...(ctx.policy ? { rules: ctx.policy.rules, blockingRules: ctx.policy.blockingRules, shadowDecision: ctx.policy.shadowDecision, signals: ctx.policy.signals.slice(0, 100) } : {}),
        ...extra,
      },
    },
  });
}
