import { sql } from 'kysely';
import { z } from 'zod';
import type { Db } from '../db/index.ts';
import { can, requireAbility } from '../access/index.ts';
import { type Actor, forbidden } from '../kernel/index.ts';

const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Skriv måneden som ÅÅÅÅ-MM.');

export const UsageSummaryQuery = z.strictObject({
  from: Month.optional(),
  to: Month.optional(),
  forvaltningId: z.string().max(100).optional(),
  useCaseId: z.string().max(100).optional(),
});
export type UsageSummaryQuery = z.infer<typeof UsageSummaryQuery>;

export interface UsageSummaryRow {
  forvaltningId: string | null;
  useCaseId: string;
  month: string;
  runs: number;
  llmRuns: number;
  failed: number;
  refused: number;
  inputTokens: number;
  outputTokens: number;
  costDkk: number;
  energyWh: number;
  co2eGrams: number;
  gainsRecorded: number;
  noHelp: number;
  averageRating: number | null;
  minutesSaved: number;
  hoursSaved: number;
  baselineMinutesPerTask: number | null;
  /** Recorded minutes, plus the baseline for runs nobody recorded; null without a baseline. */
  hoursSavedEstimated: number | null;
  /** Cost divided by recorded hours saved; null until some time is recorded. */
  costPerSavedHourDkk: number | null;
}

export interface UsageSummary {
  rows: UsageSummaryRow[];
  totals: Omit<UsageSummaryRow, 'forvaltningId' | 'useCaseId' | 'month' | 'averageRating' | 'baselineMinutesPerTask' | 'hoursSavedEstimated'>;
}

const r2 = (x: number) => Math.round(x * 100) / 100;

/**
 * Runs, cost, energy and documented time saved per forvaltning, use case and month: the business case of
 * each use case, and the evidence the scale-up gate reads. A leder sees the own forvaltning only.
 */
export async function usageSummary(db: Db, actor: Actor, query: UsageSummaryQuery = {}): Promise<UsageSummary> {
  const q = UsageSummaryQuery.parse(query);
  let forvaltningId = q.forvaltningId;
  if (!can(actor, 'usage:read-all')) {
    requireAbility(actor, 'usage:read-own');
    if (!actor.forvaltningId || (forvaltningId && forvaltningId !== actor.forvaltningId)) throw forbidden('Du kan kun se forbruget i din egen forvaltning.');
    forvaltningId = actor.forvaltningId;
  }

  let events = db
    .selectFrom('usage_events')
    .select([
      'forvaltning_id',
      'use_case_id',
      'month',
      sql<number>`count(*) filter (where status = 'ok')`.as('runs'),
      sql<number>`count(*) filter (where status = 'ok' and engine = 'llm')`.as('llm_runs'),
      sql<number>`count(*) filter (where status = 'failed')`.as('failed'),
      sql<number>`count(*) filter (where status in ('blocked', 'refused'))`.as('refused'),
      sql<number>`coalesce(sum(input_tokens), 0)`.as('input_tokens'),
      sql<number>`coalesce(sum(output_tokens), 0)`.as('output_tokens'),
      sql<number>`coalesce(sum(cost_dkk), 0)`.as('cost_dkk'),
      sql<number>`coalesce(sum(energy_wh), 0)`.as('energy_wh'),
      sql<number>`coalesce(sum(co2e_g), 0)`.as('co2e_g'),
    ])
    .groupBy(['forvaltning_id', 'use_case_id', 'month']);
  let gains = db
    .selectFrom('usage_gains')
    .select([
      'forvaltning_id',
      'use_case_id',
      'month',
      sql<number>`count(*)`.as('recorded'),
      sql<number>`count(*) filter (where no_help)`.as('no_help'),
      sql<number | null>`avg(rating)`.as('rating'),
      sql<number>`coalesce(sum(minutes_saved), 0)`.as('minutes'),
    ])
    .groupBy(['forvaltning_id', 'use_case_id', 'month']);
  if (q.from) {
    events = events.where('month', '>=', q.from);
    gains = gains.where('month', '>=', q.from);
  }
  if (q.to) {
    events = events.where('month', '<=', q.to);
    gains = gains.where('month', '<=', q.to);
  }
  if (forvaltningId) {
    events = events.where('forvaltning_id', '=', forvaltningId);
    gains = gains.where('forvaltning_id', '=', forvaltningId);
  }
  if (q.useCaseId) {
    events = events.where('use_case_id', '=', q.useCaseId);
    gains = gains.where('use_case_id', '=', q.useCaseId);
  }
  const [eventRows, gainRows, baselineRows] = await Promise.all([
    events.execute(),
    gains.execute(),
    db.selectFrom('usage_baselines').select(['use_case_id', 'minutes_per_task']).execute(),
  ]);
  const baseline = new Map(baselineRows.map((b) => [b.use_case_id, Number(b.minutes_per_task)]));
  const key = (r: { forvaltning_id: string | null; use_case_id: string; month: string }) => `${r.forvaltning_id ?? ''}|${r.use_case_id}|${r.month}`;
  const gainBy = new Map(gainRows.map((g) => [key(g), g]));

  const rows: UsageSummaryRow[] = eventRows.map((e) => {
    const g = gainBy.get(key(e));
    const runs = Number(e.runs);
    const recorded = Number(g?.recorded ?? 0);
    const minutes = Number(g?.minutes ?? 0);
    const cost = Number(e.cost_dkk);
    const base = baseline.get(e.use_case_id) ?? null;
    const hoursSaved = minutes / 60;
    return {
      forvaltningId: e.forvaltning_id,
      useCaseId: e.use_case_id,
      month: e.month,
      runs,
      llmRuns: Number(e.llm_runs),
      failed: Number(e.failed),
      refused: Number(e.refused),
      inputTokens: Number(e.input_tokens),
      outputTokens: Number(e.output_tokens),
      costDkk: r2(cost),
      energyWh: r2(Number(e.energy_wh)),
      co2eGrams: r2(Number(e.co2e_g)),
      gainsRecorded: recorded,
      noHelp: Number(g?.no_help ?? 0),
      averageRating: g?.rating === null || g?.rating === undefined ? null : r2(Number(g.rating)),
      minutesSaved: r2(minutes),
      hoursSaved: r2(hoursSaved),
      baselineMinutesPerTask: base,
      hoursSavedEstimated: base === null ? null : r2((minutes + Math.max(0, runs - recorded) * base) / 60),
      costPerSavedHourDkk: hoursSaved > 0 ? r2(cost / hoursSaved) : null,
    };
  });
  rows.sort((a, b) => b.month.localeCompare(a.month) || (a.forvaltningId ?? '').localeCompare(b.forvaltningId ?? '') || a.useCaseId.localeCompare(b.useCaseId));

  const sum = (f: (r: UsageSummaryRow) => number) => rows.reduce((n, r) => n + f(r), 0);
  const totalCost = sum((r) => r.costDkk);
  const totalMinutes = sum((r) => r.minutesSaved);
  return {
    rows,
    totals: {
      runs: sum((r) => r.runs),
      llmRuns: sum((r) => r.llmRuns),
      failed: sum((r) => r.failed),
      refused: sum((r) => r.refused),
      inputTokens: sum((r) => r.inputTokens),
      outputTokens: sum((r) => r.outputTokens),
      costDkk: r2(totalCost),
      energyWh: r2(sum((r) => r.energyWh)),
      co2eGrams: r2(sum((r) => r.co2eGrams)),
      gainsRecorded: sum((r) => r.gainsRecorded),
      noHelp: sum((r) => r.noHelp),
      minutesSaved: r2(totalMinutes),
      hoursSaved: r2(totalMinutes / 60),
      costPerSavedHourDkk: totalMinutes > 0 ? r2(totalCost / (totalMinutes / 60)) : null,
    },
  };
}

const CSV_COLUMNS: (keyof UsageSummaryRow)[] = [
  'month', 'forvaltningId', 'useCaseId', 'runs', 'llmRuns', 'failed', 'refused', 'inputTokens', 'outputTokens', 'costDkk', 'energyWh',
  'co2eGrams', 'gainsRecorded', 'noHelp', 'averageRating', 'minutesSaved', 'hoursSaved', 'baselineMinutesPerTask', 'hoursSavedEstimated', 'costPerSavedHourDkk',
];

/** RFC 4180 CSV (comma, dot decimals, UTF-8), one line per forvaltning, use case and month. */
export function usageSummaryCsv(summary: UsageSummary): string {
  const cell = (v: unknown) => {
    if (v === null || v === undefined) return '';
    const s = String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [CSV_COLUMNS.join(','), ...summary.rows.map((r) => CSV_COLUMNS.map((c) => cell(r[c])).join(','))].join('\r\n') + '\r\n';
}
