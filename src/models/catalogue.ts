import type { Selectable } from 'kysely';
import type { Db } from '../db/index.ts';
import { recordAuditEvent } from '../audit/index.ts';
import { requireAbility } from '../access/index.ts';
import { type Actor, type Clock, type Hosting, conflict, invalid, notFound, systemClock } from '../kernel/index.ts';
import { type DataClass, HOSTING_CEILING, dataClassRank } from './data-class.ts';
import { ModelPatch, type ModelView, NewModel } from './schemas.ts';
import { sealApiKey } from './secret-box.ts';
import type { ModelsTables } from './tables.ts';

export type ModelRow = Selectable<ModelsTables['models']>;

export const presentModel = (r: ModelRow): ModelView => ({
  id: r.id,
  name: r.name,
  provider: r.provider as ModelView['provider'],
  kind: r.kind as ModelView['kind'],
  baseUrl: r.base_url,
  upstreamModel: r.upstream_model,
  authHeader: r.auth_header as ModelView['authHeader'],
  apiVersion: r.api_version,
  hasApiKey: r.api_key_enc !== null,
  modelPath: r.model_path,
  hosting: r.hosting as Hosting,
  maxDataClass: r.max_data_class as DataClass,
  priceInDkkPerMTok: Number(r.price_in_dkk_per_mtok),
  priceOutDkkPerMTok: Number(r.price_out_dkk_per_mtok),
  energyWhPer1kTokens: Number(r.energy_wh_per_1k_tokens),
  gridGCo2ePerKwh: Number(r.grid_g_co2e_per_kwh),
  fallbackOrder: r.fallback_order,
  timeoutMs: r.timeout_ms,
  maxAttempts: r.max_attempts,
  supportsJsonSchema: r.supports_json_schema,
  enabled: r.enabled,
  source: r.source as ModelView['source'],
  updatedAt: r.updated_at.toISOString(),
});

/** Every model, in fallback order (the order the gateway tries them in). */
export async function listModelRows(db: Db): Promise<ModelRow[]> {
  return db.selectFrom('models').selectAll().orderBy('fallback_order').orderBy('id').execute();
}

export async function listModels(db: Db, actor: Actor): Promise<ModelView[]> {
  requireAbility(actor, 'admin:models');
  return (await listModelRows(db)).map(presentModel);
}

/** Approval can never exceed what the hosting class allows: personal data stays with approved processors. */
function checkApproval(hosting: Hosting, maxDataClass: DataClass): void {
  const ceiling = HOSTING_CEILING[hosting];
  if (dataClassRank(maxDataClass) > dataClassRank(ceiling)) {
    throw invalid(`En model med hosting "${hosting}" må højst godkendes til dataklassen "${ceiling}".`, { field: 'maxDataClass', ceiling });
  }
}

function checkConnection(provider: string, baseUrl: string | null, modelPath: string | null): void {
  if (provider === 'openai_compatible' && !baseUrl) throw invalid('En OpenAI-kompatibel model skal have en baseUrl.', { field: 'baseUrl' });
  if (provider === 'llama_cpp' && !modelPath) throw invalid('En lokal GGUF-model skal have en modelPath.', { field: 'modelPath' });
}

export async function createModel(db: Db, masterSecret: Buffer, actor: Actor, input: NewModel, clock: Clock = systemClock): Promise<ModelView> {
  requireAbility(actor, 'admin:models');
  const m = NewModel.parse(input);
  const maxDataClass = m.maxDataClass ?? HOSTING_CEILING[m.hosting];
  checkApproval(m.hosting, maxDataClass);
  checkConnection(m.provider, m.baseUrl, m.modelPath);
  return db.transaction().execute(async (trx) => {
    if (await trx.selectFrom('models').select('id').where('id', '=', m.id).executeTakeFirst()) throw conflict('Der findes allerede en model med det id.');
    const row = await trx
      .insertInto('models')
      .values({
        id: m.id,
        name: m.name,
        provider: m.provider,
        kind: m.kind,
        base_url: m.baseUrl,
        upstream_model: m.upstreamModel,
        auth_header: m.authHeader,
        api_version: m.apiVersion,
        api_key_enc: m.apiKey ? sealApiKey(masterSecret, m.apiKey) : null,
        model_path: m.modelPath,
        hosting: m.hosting,
        max_data_class: maxDataClass,
        price_in_dkk_per_mtok: m.priceInDkkPerMTok,
        price_out_dkk_per_mtok: m.priceOutDkkPerMTok,
        energy_wh_per_1k_tokens: m.energyWhPer1kTokens,
        grid_g_co2e_per_kwh: m.gridGCo2ePerKwh,
        fallback_order: m.fallbackOrder,
        timeout_ms: m.timeoutMs,
        max_attempts: m.maxAttempts,
        supports_json_schema: m.supportsJsonSchema,
        enabled: m.enabled,
        source: 'admin',
        updated_at: clock.now(),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAuditEvent(trx, actor, {
      action: 'model.created',
      targetType: 'model',
      targetId: row.id,
      details: { provider: row.provider, hosting: row.hosting, maxDataClass: row.max_data_class, enabled: row.enabled },
    }, clock);
    return presentModel(row);
  });
}

export async function updateModel(db: Db, masterSecret: Buffer, actor: Actor, id: string, input: ModelPatch, clock: Clock = systemClock): Promise<ModelView> {
  requireAbility(actor, 'admin:models');
  const p = ModelPatch.parse(input);
  return db.transaction().execute(async (trx) => {
    const current = await trx.selectFrom('models').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
    if (!current) throw notFound('Modellen');
    const hosting = (p.hosting ?? current.hosting) as Hosting;
    // Lowering the hosting class lowers the approval with it, unless the caller set an approval too.
    const maxDataClass = p.maxDataClass ?? (dataClassRank(current.max_data_class as DataClass) > dataClassRank(HOSTING_CEILING[hosting]) ? HOSTING_CEILING[hosting] : (current.max_data_class as DataClass));
    checkApproval(hosting, maxDataClass);
    checkConnection(current.provider, p.baseUrl !== undefined ? p.baseUrl : current.base_url, p.modelPath !== undefined ? p.modelPath : current.model_path);
    const row = await trx
      .updateTable('models')
      .set({
        ...(p.name !== undefined ? { name: p.name } : {}),
        ...(p.baseUrl !== undefined ? { base_url: p.baseUrl } : {}),
        ...(p.upstreamModel !== undefined ? { upstream_model: p.upstreamModel } : {}),
        ...(p.authHeader !== undefined ? { auth_header: p.authHeader } : {}),
        ...(p.apiVersion !== undefined ? { api_version: p.apiVersion } : {}),
        ...(p.apiKey !== undefined ? { api_key_enc: p.apiKey === null ? null : sealApiKey(masterSecret, p.apiKey) } : {}),
        ...(p.modelPath !== undefined ? { model_path: p.modelPath } : {}),
        hosting,
        max_data_class: maxDataClass,
        ...(p.priceInDkkPerMTok !== undefined ? { price_in_dkk_per_mtok: p.priceInDkkPerMTok } : {}),
        ...(p.priceOutDkkPerMTok !== undefined ? { price_out_dkk_per_mtok: p.priceOutDkkPerMTok } : {}),
        ...(p.energyWhPer1kTokens !== undefined ? { energy_wh_per_1k_tokens: p.energyWhPer1kTokens } : {}),
        ...(p.gridGCo2ePerKwh !== undefined ? { grid_g_co2e_per_kwh: p.gridGCo2ePerKwh } : {}),
        ...(p.fallbackOrder !== undefined ? { fallback_order: p.fallbackOrder } : {}),
        ...(p.timeoutMs !== undefined ? { timeout_ms: p.timeoutMs } : {}),
        ...(p.maxAttempts !== undefined ? { max_attempts: p.maxAttempts } : {}),
        ...(p.supportsJsonSchema !== undefined ? { supports_json_schema: p.supportsJsonSchema } : {}),
        ...(p.enabled !== undefined ? { enabled: p.enabled } : {}),
        updated_at: clock.now(),
      })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAuditEvent(trx, actor, {
      action: 'model.updated',
      targetType: 'model',
      targetId: id,
      // Which fields changed, never their values: the API key is among them.
      details: { fields: Object.keys(p).sort(), hosting: row.hosting, maxDataClass: row.max_data_class, enabled: row.enabled },
    }, clock);
    return presentModel(row);
  });
}

export async function deleteModel(db: Db, actor: Actor, id: string, clock: Clock = systemClock): Promise<void> {
  requireAbility(actor, 'admin:models');
  await db.transaction().execute(async (trx) => {
    const row = await trx.deleteFrom('models').where('id', '=', id).returning('id').executeTakeFirst();
    if (!row) throw notFound('Modellen');
    await recordAuditEvent(trx, actor, { action: 'model.deleted', targetType: 'model', targetId: id }, clock);
  });
}
