import { z } from 'zod';
import type { Db } from '../db/index.ts';
import { recordAuditEvent } from '../audit/index.ts';
import { can, requireAbility } from '../access/index.ts';
import { type Actor, AppError, type Clock, invalid, notFound, systemClock } from '../kernel/index.ts';
import { danishMonth, monthOf } from './month.ts';

export const BudgetInput = z.strictObject({
  monthlyLimitDkk: z.number().min(0).max(100_000_000),
  warnShare: z.number().gt(0).max(1).default(0.8),
  refuseShare: z.number().gt(0).max(2).default(1),
});
export type BudgetInput = z.input<typeof BudgetInput>;

export interface BudgetView {
  forvaltningId: string;
  monthlyLimitDkk: number;
  warnShare: number;
  refuseShare: number;
  month: string;
  spentDkk: number;
  usedShare: number;
  updatedAt: string;
}

export interface BudgetState {
  limitDkk: number;
  warnShare: number;
  refuseShare: number;
  spentDkk: number;
}

/** The budget of one forvaltning for one month and what is spent of it; null when it has no budget. */
export async function readBudgetState(db: Db, forvaltningId: string, month: string): Promise<BudgetState | null> {
  const row = await db
    .selectFrom('usage_budgets as b')
    .leftJoin('usage_monthly as m', (j) => j.onRef('m.forvaltning_id', '=', 'b.forvaltning_id').on('m.month', '=', month))
    .select(['b.monthly_limit_dkk', 'b.warn_share', 'b.refuse_share', 'm.cost_dkk'])
    .where('b.forvaltning_id', '=', forvaltningId)
    .executeTakeFirst();
  if (!row) return null;
  return { limitDkk: Number(row.monthly_limit_dkk), warnShare: Number(row.warn_share), refuseShare: Number(row.refuse_share), spentDkk: Number(row.cost_dkk ?? 0) };
}

/**
 * Refuses when the month's spend has reached the refusal share of the budget; otherwise says whether the
 * warning share is passed. Spend lives in the database, so every instance on one PostgreSQL agrees.
 */
export function judgeBudget(state: BudgetState | null, month: string): { usedShare: number; warn: boolean } | null {
  if (!state) return null;
  const usedShare = state.limitDkk > 0 ? state.spentDkk / state.limitDkk : Number.POSITIVE_INFINITY;
  if (usedShare >= state.refuseShare) {
    const pct = Number.isFinite(usedShare) ? Math.floor(usedShare * 100) : 100;
    throw new AppError('budget_exceeded', `Forvaltningens AI-budget for ${danishMonth(month)} er brugt (${pct} %). Opgaver uden sprogmodel kan stadig bruges; kontakt AI-koordinatoren for at få budgettet hævet.`, {
      month,
      usedShare: Number.isFinite(usedShare) ? Math.round(usedShare * 1000) / 1000 : null,
    });
  }
  return { usedShare, warn: usedShare >= state.warnShare };
}

export async function setBudget(db: Db, actor: Actor, forvaltningId: string, input: BudgetInput, clock: Clock = systemClock): Promise<BudgetView> {
  requireAbility(actor, 'admin:budgets');
  const b = BudgetInput.parse(input);
  if (b.refuseShare < b.warnShare) throw invalid('Grænsen for afvisning skal ligge over grænsen for advarsel.');
  await db.transaction().execute(async (trx) => {
    if (!(await trx.selectFrom('forvaltninger').select('id').where('id', '=', forvaltningId).executeTakeFirst())) throw notFound('Forvaltningen');
    const values = { monthly_limit_dkk: b.monthlyLimitDkk, warn_share: b.warnShare, refuse_share: b.refuseShare, updated_at: clock.now() };
    await trx.insertInto('usage_budgets').values({ forvaltning_id: forvaltningId, ...values }).onConflict((oc) => oc.column('forvaltning_id').doUpdateSet(values)).execute();
    // A raised budget may warn again when the new line is crossed.
    await trx.updateTable('usage_monthly').set({ warned_at: null }).where('forvaltning_id', '=', forvaltningId).execute();
    await recordAuditEvent(trx, actor, { action: 'budget.set', targetType: 'forvaltning', targetId: forvaltningId, details: { monthlyLimitDkk: b.monthlyLimitDkk, warnShare: b.warnShare, refuseShare: b.refuseShare } }, clock);
  });
  return (await listBudgets(db, actor, clock)).find((x) => x.forvaltningId === forvaltningId)!;
}

export async function deleteBudget(db: Db, actor: Actor, forvaltningId: string, clock: Clock = systemClock): Promise<void> {
  requireAbility(actor, 'admin:budgets');
  await db.transaction().execute(async (trx) => {
    const row = await trx.deleteFrom('usage_budgets').where('forvaltning_id', '=', forvaltningId).returning('forvaltning_id').executeTakeFirst();
    if (!row) throw notFound('Budgettet');
    await recordAuditEvent(trx, actor, { action: 'budget.deleted', targetType: 'forvaltning', targetId: forvaltningId }, clock);
  });
}

/** Budgets with this month's spend. A leder sees the own forvaltning's; usage:read-all and budget admins see all. */
export async function listBudgets(db: Db, actor: Actor, clock: Clock = systemClock, month?: string): Promise<BudgetView[]> {
  const m = month ?? monthOf(clock.now());
  let q = db
    .selectFrom('usage_budgets as b')
    .leftJoin('usage_monthly as u', (j) => j.onRef('u.forvaltning_id', '=', 'b.forvaltning_id').on('u.month', '=', m))
    .select(['b.forvaltning_id', 'b.monthly_limit_dkk', 'b.warn_share', 'b.refuse_share', 'b.updated_at', 'u.cost_dkk'])
    .orderBy('b.forvaltning_id');
  if (!can(actor, 'admin:budgets') && !can(actor, 'usage:read-all')) {
    requireAbility(actor, 'usage:read-own');
    q = q.where('b.forvaltning_id', '=', actor.forvaltningId ?? '');
  }
  return (await q.execute()).map((r) => {
    const limit = Number(r.monthly_limit_dkk);
    const spent = Number(r.cost_dkk ?? 0);
    return {
      forvaltningId: r.forvaltning_id,
      monthlyLimitDkk: limit,
      warnShare: Number(r.warn_share),
      refuseShare: Number(r.refuse_share),
      month: m,
      spentDkk: Math.round(spent * 100) / 100,
      usedShare: limit > 0 ? Math.round((spent / limit) * 1000) / 1000 : 0,
      updatedAt: r.updated_at.toISOString(),
    };
  });
}
