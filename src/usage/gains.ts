import { z } from 'zod';
import type { Db } from '../db/index.ts';
import { recordAuditEvent } from '../audit/index.ts';
import { requireAbility } from '../access/index.ts';
import { type Actor, type Clock, forbidden, invalid, notFound, systemClock } from '../kernel/index.ts';

export const GainInput = z
  .strictObject({
    callId: z.uuid(),
    /** Minutes the run saved compared with doing the work without it. */
    minutesSaved: z.number().min(0).max(1440).nullable().default(null),
    /** The run did not help (counts as a run with no time saved). */
    noHelp: z.boolean().default(false),
    rating: z.number().int().min(1).max(5).nullable().default(null),
  })
  .refine((g) => g.noHelp || g.minutesSaved !== null, { message: 'Angiv sparede minutter, eller marker at det ikke hjalp.' })
  .refine((g) => !(g.noHelp && (g.minutesSaved ?? 0) > 0), { message: 'En kørsel, der ikke hjalp, har ingen sparede minutter.' });
export type GainInput = z.input<typeof GainInput>;

export interface GainView {
  callId: string;
  minutesSaved: number | null;
  noHelp: boolean;
  rating: number | null;
  useCaseId: string;
  taskId: string | null;
  month: string;
}

/**
 * The gains ledger: after a run the user says how many minutes it saved (or that it did not help) and rates
 * it. One record per run, which its own user may correct. This is the evidence the scale-up gate reads.
 */
export async function recordGain(db: Db, actor: Actor, input: GainInput, clock: Clock = systemClock): Promise<GainView> {
  requireAbility(actor, 'feedback:record');
  const g = GainInput.parse(input);
  return db.transaction().execute(async (trx) => {
    const call = await trx.selectFrom('usage_events').select(['id', 'user_id', 'forvaltning_id', 'use_case_id', 'task_id', 'month', 'status']).where('id', '=', g.callId).executeTakeFirst();
    if (!call) throw notFound('Kørslen');
    if (!actor.userId || call.user_id !== actor.userId) throw forbidden('Du kan kun registrere gevinst for dine egne kørsler.');
    if (call.status !== 'ok') throw invalid('Kun gennemførte kørsler kan få registreret gevinst.');
    const values = { minutes_saved: g.noHelp ? 0 : g.minutesSaved, no_help: g.noHelp, rating: g.rating, updated_at: clock.now() };
    await trx
      .insertInto('usage_gains')
      .values({ call_id: call.id, user_id: call.user_id, forvaltning_id: call.forvaltning_id, use_case_id: call.use_case_id, task_id: call.task_id, month: call.month, ...values })
      .onConflict((oc) => oc.column('call_id').doUpdateSet(values))
      .execute();
    await recordAuditEvent(trx, actor, { action: 'gain.recorded', targetType: 'ai_call', targetId: call.id, details: { minutesSaved: values.minutes_saved, noHelp: g.noHelp, rating: g.rating } }, clock);
    return { callId: call.id, minutesSaved: values.minutes_saved, noHelp: g.noHelp, rating: g.rating, useCaseId: call.use_case_id, taskId: call.task_id, month: call.month };
  });
}

export const BaselineInput = z.strictObject({ minutesPerTask: z.number().min(0).max(1440) });

export async function setBaseline(db: Db, actor: Actor, useCaseId: string, input: z.input<typeof BaselineInput>, clock: Clock = systemClock): Promise<{ useCaseId: string; minutesPerTask: number }> {
  requireAbility(actor, 'usecases:manage');
  const b = BaselineInput.parse(input);
  const id = z.string().min(1).max(100).parse(useCaseId);
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('usage_baselines')
      .values({ use_case_id: id, minutes_per_task: b.minutesPerTask, updated_at: clock.now() })
      .onConflict((oc) => oc.column('use_case_id').doUpdateSet({ minutes_per_task: b.minutesPerTask, updated_at: clock.now() }))
      .execute();
    await recordAuditEvent(trx, actor, { action: 'baseline.set', targetType: 'use_case', targetId: id, details: { minutesPerTask: b.minutesPerTask } }, clock);
  });
  return { useCaseId: id, minutesPerTask: b.minutesPerTask };
}

export async function listBaselines(db: Db): Promise<{ useCaseId: string; minutesPerTask: number }[]> {
  const rows = await db.selectFrom('usage_baselines').select(['use_case_id', 'minutes_per_task']).orderBy('use_case_id').execute();
  return rows.map((r) => ({ useCaseId: r.use_case_id, minutesPerTask: Number(r.minutes_per_task) }));
}
