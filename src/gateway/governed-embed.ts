import { can, requireCourse } from '../access/index.ts';
import type { App } from '../app.ts';
import { type Actor, AppError, forbidden, newId } from '../kernel/index.ts';
import { type DataClass, ProviderError, classifyRequest, dataClassRank, withRetries } from '../models/index.ts';
import { createPseudonymSession } from '../privacy/index.ts';
import { costOf, monthOf } from '../usage/index.ts';
import { defaultUseCaseId, evaluatePolicy } from './policy-step.ts';
import { gatewayRuntime } from './runtime.ts';

export interface GovernedEmbedResult {
  callId: string;
  model: { id: string; name: string };
  vectors: number[][];
  inputTokens: number;
  costDkk: number;
}

/**
 * Embeddings through the same gate as chat: policy, pseudonymised input (vectors of placeholders, not of
 * names), only embedding models approved for the data's class, retries and fallback, metered and audited.
 */
export async function governedEmbed(app: App, actor: Actor, req: { texts: string[]; useCaseId?: string | null; taskId?: string | null }): Promise<GovernedEmbedResult> {
  const started = performance.now();
  if (!can(actor, 'tasks:run') && !can(actor, 'knowledge:manage') && !can(actor, 'api:chat')) throw forbidden();
  requireCourse(actor);
  if (actor.useCaseId && req.useCaseId && req.useCaseId !== actor.useCaseId) throw forbidden('Nøglen er bundet til en anden anvendelse.');
  const rt = gatewayRuntime(app);
  const useCaseId = actor.useCaseId ?? req.useCaseId ?? defaultUseCaseId();
  const session = createPseudonymSession();
  const types = new Set<string>();
  const flags = new Set<string>();
  let entities = 0;
  const texts = req.texts.map((t) => {
    const r = session.pseudonymise(t);
    r.entities.forEach((e) => types.add(e.type));
    r.flags.forEach((f) => flags.add(f));
    entities += r.entities.length;
    return r.text;
  });
  const { verdict, blocked, audit: policy } = evaluatePolicy(await rt.useCase(useCaseId), { text: req.texts.join('\n\n'), findings: [...flags, ...types] });
  const at = app.clock.now();
  const callId = newId();
  const enqueue = (status: 'ok' | 'failed' | 'blocked' | 'refused', errorCode: string | null, modelId: string | null, tokens = 0, cost = { costDkk: 0, energyWh: 0, co2eGrams: 0 }) =>
    rt.writer.enqueue({
      actor,
      event: {
        id: callId, at, month: monthOf(at), user_id: actor.userId, actor_kind: actor.kind, token_id: actor.tokenId, forvaltning_id: actor.forvaltningId,
        use_case_id: useCaseId, task_id: req.taskId ?? null, engine: 'llm', model_id: modelId, status, error_code: errorCode, input_tokens: tokens,
        output_tokens: 0, tokens_estimated: false, cost_dkk: cost.costDkk, energy_wh: cost.energyWh, co2e_g: cost.co2eGrams,
        latency_ms: Math.round(performance.now() - started), attempts: 0, fallbacks: 0, entities,
      },
      audit: {
        action: status === 'ok' ? 'ai.embed' : `ai.embed_${status}`,
        details: { useCaseId, modelId, status, errorCode, decision: verdict.decision, tier: verdict.tier, rules: policy.rules, blockingRules: policy.blockingRules, shadowDecision: policy.shadowDecision, texts: texts.length, entities, inputTokens: tokens, costDkk: cost.costDkk },
      },
    });
  if (blocked) {
    enqueue('blocked', 'policy_blocked', null);
    throw blocked;
  }
  const dataClass: DataClass = classifyRequest({ entityTypes: [...types], flags: [...flags] });
  const candidates = (await rt.models()).filter((e) => e.row.kind === 'embedding' && e.row.enabled && dataClassRank(e.row.max_data_class as DataClass) >= dataClassRank(dataClass));
  if (candidates.length === 0) {
    enqueue('refused', 'no_embedding_model', null);
    throw new AppError('not_configured', 'Der er ingen embedding-model, som er godkendt til disse data. Søgning uden vektorer virker stadig.');
  }
  for (const entry of candidates) {
    const breaker = rt.breaker(entry.row.id);
    if (!breaker.tryAcquire()) continue;
    try {
      const r = await withRetries((signal) => entry.provider.embed(texts, signal), {
        maxAttempts: entry.row.max_attempts,
        attemptTimeoutMs: entry.row.timeout_ms,
        baseBackoffMs: rt.options.backoff.baseMs,
        maxBackoffMs: rt.options.backoff.maxMs,
        deadline: Date.now() + entry.row.timeout_ms,
      });
      breaker.onSuccess();
      const cost = costOf(
        { priceInDkkPerMTok: Number(entry.row.price_in_dkk_per_mtok), priceOutDkkPerMTok: 0, energyWhPer1kTokens: Number(entry.row.energy_wh_per_1k_tokens), gridGCo2ePerKwh: Number(entry.row.grid_g_co2e_per_kwh) },
        { inputTokens: r.usage.inputTokens, outputTokens: 0 },
      );
      enqueue('ok', null, entry.row.id, r.usage.inputTokens, cost);
      return { callId, model: { id: entry.row.id, name: entry.row.name }, vectors: r.vectors, inputTokens: r.usage.inputTokens, costDkk: cost.costDkk };
    } catch (err) {
      breaker.onFailure();
      if (!(err instanceof ProviderError)) throw err;
    }
  }
  enqueue('failed', 'all_models_failed', null);
  throw new AppError('upstream_failed', 'Ingen af de godkendte embedding-modeller kunne svare lige nu. Prøv igen om lidt.');
}
