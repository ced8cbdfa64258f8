import type { Db } from '../db/index.ts';
import { assessUseCase } from './assess-use-case.ts';
import { NewUseCase } from './schemas.ts';
import { SEED_USE_CASES } from './seed-use-cases.ts';
import { STRATEGY } from './strategy.ts';

/**
 * The strategy's principles and opt-outs, and the example use cases, on first start. Idempotent: what
 * exists is left alone, so an ai-koordinator's edits survive restarts. Seeding is set-up, not a change
 * by anyone, so it is not audited.
 */
export async function seedPolicy(db: Db): Promise<{ useCases: number }> {
  let added = 0;
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('policy_documents')
      .values({ id: STRATEGY.id, organisation: STRATEGY.organisation, title: STRATEGY.title, adopted_at: STRATEGY.adoptedAt, principles: JSON.stringify(STRATEGY.principles), opt_outs: JSON.stringify(STRATEGY.optOuts) })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
    for (const seed of SEED_USE_CASES) {
      const { id: _id, phase: _phase, ...fields } = NewUseCase.parse(seed.input);
      const result = await trx
        .insertInto('use_cases')
        .values({
          id: seed.input.id,
          name: fields.name,
          phase: seed.phase,
          tier: assessUseCase(fields).tier,
          register_status: fields.register,
          shadow_mode: fields.shadowMode,
          fields: JSON.stringify(fields),
          published_at: fields.register === 'published' ? new Date() : null,
          updated_at: new Date(),
        })
        .onConflict((oc) => oc.column('id').doNothing())
        .executeTakeFirst();
      added += Number(result.numInsertedOrUpdatedRows ?? 0);
    }
  });
  return { useCases: added };
}
