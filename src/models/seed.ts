import type { Db } from '../db/index.ts';
import { recordAuditEvent } from '../audit/index.ts';
import { type Config, cliOperator, systemClock } from '../kernel/index.ts';
import { HOSTING_CEILING, dataClassRank, type DataClass } from './data-class.ts';
import { openApiKey, sealApiKey } from './secret-box.ts';

/** The catalogue id of the KAI_OPENAI_* model: its name, made safe as an id. */
export const configModelId = (model: string): string =>
  model.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[^a-z0-9]+/, '').slice(0, 63) || 'standard';

/**
 * KAI_OPENAI_* is the quickest way to connect one model. Its catalogue row follows the environment on
 * every start (address, name, key, hosting); prices, energy factors and order stay as the admin set them.
 */
export async function seedModelsFromConfig(db: Db, masterSecret: Buffer, config: Pick<Config, 'openai'>): Promise<void> {
  const o = config.openai;
  if (!o) return;
  const id = configModelId(o.model);
  const ceiling = HOSTING_CEILING[o.hosting];
  await db.transaction().execute(async (trx) => {
    const current = await trx.selectFrom('models').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
    if (current && current.source !== 'config') return;
    if (!current) {
      await trx
        .insertInto('models')
        .values({
          id,
          name: o.model,
          provider: 'openai_compatible',
          kind: 'chat',
          base_url: o.baseUrl,
          upstream_model: o.model,
          auth_header: 'bearer',
          api_version: null,
          api_key_enc: o.apiKey ? sealApiKey(masterSecret, o.apiKey) : null,
          model_path: null,
          hosting: o.hosting,
          max_data_class: ceiling,
          price_in_dkk_per_mtok: 0,
          price_out_dkk_per_mtok: 0,
          energy_wh_per_1k_tokens: 0.5,
          grid_g_co2e_per_kwh: 120,
          fallback_order: 10,
          timeout_ms: 60_000,
          max_attempts: 3,
          supports_json_schema: true,
          enabled: true,
          source: 'config',
          updated_at: systemClock.now(),
        })
        .execute();
      await recordAuditEvent(trx, cliOperator, { action: 'model.created', targetType: 'model', targetId: id, details: { source: 'config', hosting: o.hosting, maxDataClass: ceiling } });
      return;
    }
    const keyChanged = (current.api_key_enc ? openApiKey(masterSecret, current.api_key_enc) : undefined) !== o.apiKey;
    const maxDataClass = dataClassRank(current.max_data_class as DataClass) > dataClassRank(ceiling) ? ceiling : current.max_data_class;
    if (!keyChanged && current.base_url === o.baseUrl && current.upstream_model === o.model && current.hosting === o.hosting && maxDataClass === current.max_data_class) return;
    await trx
      .updateTable('models')
      .set({
        base_url: o.baseUrl,
        upstream_model: o.model,
        hosting: o.hosting,
        max_data_class: maxDataClass,
        ...(keyChanged ? { api_key_enc: o.apiKey ? sealApiKey(masterSecret, o.apiKey) : null } : {}),
        updated_at: systemClock.now(),
      })
      .where('id', '=', id)
      .execute();
    await recordAuditEvent(trx, cliOperator, { action: 'model.synced_from_config', targetType: 'model', targetId: id, details: { hosting: o.hosting, maxDataClass, keyChanged } });
  });
}
