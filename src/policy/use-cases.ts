import { requireAbility } from '../access/index.ts';
import { recordAuditEvent } from '../audit/index.ts';
import type { Db } from '../db/index.ts';
import { type Actor, AppError, type Clock, conflict, invalid, notFound, systemClock } from '../kernel/index.ts';
import { usageSummary } from '../usage/index.ts';
import { assessUseCase, missingRegisterFields, type UseCaseAssessment } from './assess-use-case.ts';
import { canMove, type GateItem, type PilotEffect, phaseRequirements } from './phase-gate.ts';
import { NewUseCase, Phase, type UseCase, UseCaseFields, UseCaseId, UseCasePatch } from './schemas.ts';

export interface UseCaseView extends UseCase {
  assessment: UseCaseAssessment;
  /** What the use case lacks for the next phase forward (empty when ready, null at the end of the line). */
  nextPhase: { phase: Phase; missing: GateItem[] } | null;
}

type Row = {
  id: string;
  phase: string;
  fields: Record<string, unknown>;
  version: number;
  published_at: Date | null;
  created_at: Date;
  updated_at: Date;
};

const NEXT: Partial<Record<Phase, Phase>> = { idea: 'pilot', pilot: 'production', production: 'scale_up' };

function fromRow(r: Row): UseCase {
  return {
    ...UseCaseFields.parse(r.fields),
    id: r.id,
    phase: Phase.parse(r.phase),
    version: r.version,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
    publishedAt: r.published_at?.toISOString() ?? null,
  };
}

export function presentUseCase(u: UseCase): UseCaseView {
  const next = NEXT[u.phase];
  return { ...u, assessment: assessUseCase(u), nextPhase: next ? { phase: next, missing: phaseRequirements(u, next) } : null };
}

const columns = ['id', 'phase', 'fields', 'version', 'published_at', 'created_at', 'updated_at'] as const;

export async function findUseCase(db: Db, id: string): Promise<UseCase | null> {
  const row = await db.selectFrom('use_cases').select(columns).where('id', '=', id).executeTakeFirst();
  return row ? fromRow(row) : null;
}

/** The use case, or `not_found`. */
export async function getUseCase(db: Db, id: string): Promise<UseCase> {
  const u = await findUseCase(db, id);
  if (!u) throw notFound('Anvendelsen');
  return u;
}

export async function listUseCases(db: Db, opts: { publishedOnly?: boolean } = {}): Promise<UseCase[]> {
  let q = db.selectFrom('use_cases').select(columns).orderBy('name');
  if (opts.publishedOnly) q = q.where('register_status', '=', 'published');
  return (await q.execute()).map(fromRow);
}

const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa')
    .normalize('NFKD').replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')
    .slice(0, 60) || 'anvendelse';

/** A published entry must carry the fields its tier makes mandatory (C01). */
function assertPublishable(fields: UseCaseFields): void {
  if (fields.register !== 'published') return;
  const missing = missingRegisterFields(fields, assessUseCase(fields).tier);
  if (missing.length) {
    throw invalid(`Anvendelsen kan ikke offentliggøres: ${missing.length} felt(er) mangler.`, { missing: missing.map(({ field, label, tier }) => ({ field, label, tier })) });
  }
}

const rowValues = (fields: UseCaseFields) => ({
  name: fields.name,
  tier: assessUseCase(fields).tier,
  register_status: fields.register,
  shadow_mode: fields.shadowMode,
  fields: JSON.stringify(fields),
});

export async function createUseCase(db: Db, actor: Actor, input: unknown, clock: Clock = systemClock): Promise<UseCaseView> {
  requireAbility(actor, 'usecases:manage');
  const { id: givenId, phase: _idea, ...fields } = NewUseCase.parse(input);
  assertPublishable(fields);
  const created = await db.transaction().execute(async (trx) => {
    let id = givenId ?? slug(fields.name);
    if (await findUseCase(trx, id)) {
      if (givenId) throw conflict('Der findes allerede en anvendelse med dette id.');
      id = `${id}-${Math.random().toString(36).slice(2, 6)}`;
    }
    UseCaseId.parse(id);
    const now = clock.now();
    await trx
      .insertInto('use_cases')
      .values({ id, phase: 'idea', ...rowValues(fields), published_at: fields.register === 'published' ? now : null, created_at: now, updated_at: now })
      .execute();
    const u = await getUseCase(trx, id);
    await recordAuditEvent(trx, actor, { action: 'use_case.created', targetType: 'use_case', targetId: id, details: { tier: assessUseCase(u).tier, register: u.register } }, clock);
    return u;
  });
  return presentUseCase(created);
}

/** Changes fields. A use case in production or scale-up must still meet its phase's requirements afterwards. */
export async function updateUseCase(db: Db, actor: Actor, id: string, patch: unknown, clock: Clock = systemClock): Promise<UseCaseView> {
  requireAbility(actor, 'usecases:manage');
  const changes = UseCasePatch.parse(patch);
  const changed = Object.keys(changes).filter((k) => changes[k as keyof typeof changes] !== undefined);
  const updated = await db.transaction().execute(async (trx) => {
    const current = await getUseCase(trx, id);
    const { id: _id, phase, version, createdAt: _c, updatedAt: _u, publishedAt, ...fields } = current;
    const next = UseCaseFields.parse({ ...fields, ...changes });
    assertPublishable(next);
    const gaps = phaseRequirements(next, phase);
    if (gaps.length) {
      throw new AppError('conflict', `Ændringen ville betyde, at anvendelsen ikke længere opfylder kravene til fasen "${phase}". Flyt den først til en tidligere fase.`, { missing: gaps });
    }
    const now = clock.now();
    await trx
      .updateTable('use_cases')
      .set({ ...rowValues(next), version: version + 1, updated_at: now, published_at: next.register === 'published' ? (publishedAt ? new Date(publishedAt) : now) : null })
      .where('id', '=', id)
      .execute();
    const u = await getUseCase(trx, id);
    await recordAuditEvent(trx, actor, { action: 'use_case.updated', targetType: 'use_case', targetId: id, details: { fields: changed, tier: assessUseCase(u).tier, version: u.version } }, clock);
    return u;
  });
  return presentUseCase(updated);
}

/** What the gains ledger has measured for a use case: every recorded run and minute saved so far. */
async function measuredPilotEffect(db: Db, actor: Actor, useCaseId: string): Promise<PilotEffect | null> {
  const { rows, totals } = await usageSummary(db, actor, { useCaseId });
  if (rows.length === 0) return null;
  const months = rows.map((r) => r.month).sort();
  return { calls: totals.runs, minutesSaved: totals.minutesSaved, from: months[0]!, to: months[months.length - 1]! };
}

/**
 * The phase gate: moves a use case one step when it meets every requirement of the target phase, and
 * otherwise refuses with exactly what is missing. The scale-up gate reads the gains ledger first and the
 * recorded pilot evidence second.
 */
export async function changeUseCasePhase(db: Db, actor: Actor, id: string, to: unknown, clock: Clock = systemClock): Promise<UseCaseView> {
  requireAbility(actor, 'usecases:manage');
  const target = Phase.parse(to);
  const outcome = await db.transaction().execute(async (trx) => {
    const u = await getUseCase(trx, id);
    if (!canMove(u.phase, target)) {
      throw conflict(`En anvendelse kan ikke gå direkte fra "${u.phase}" til "${target}". Den flyttes én fase ad gangen.`);
    }
    const effect = target === 'scale_up' ? await measuredPilotEffect(trx, actor, id) : null;
    const missing = phaseRequirements(u, target, effect);
    if (missing.length) return { kind: 'refused' as const, from: u.phase, missing };
    await trx.updateTable('use_cases').set({ phase: target, version: u.version + 1, updated_at: clock.now() }).where('id', '=', id).execute();
    await recordAuditEvent(trx, actor, {
      action: 'use_case.phase_changed',
      targetType: 'use_case',
      targetId: id,
      details: { from: u.phase, to: target, tier: assessUseCase(u).tier, evidence: effect ? 'gains_ledger' : target === 'scale_up' ? 'recorded' : null },
    }, clock);
    return { kind: 'moved' as const, useCase: await getUseCase(trx, id) };
  });
  if (outcome.kind === 'refused') {
    const { from, missing } = outcome;
    // Refusals are audited too: the steering group sees what blocks use cases from moving on.
    await recordAuditEvent(db, actor, { action: 'use_case.phase_refused', targetType: 'use_case', targetId: id, details: { from, to: target, missingRules: [...new Set(missing.map((m) => m.rule))], missingCount: missing.length } }, clock);
    throw new AppError('conflict', `Anvendelsen kan ikke flyttes til "${target}": ${missing.length} krav er ikke opfyldt.`, { missing });
  }
  return presentUseCase(outcome.useCase);
}
