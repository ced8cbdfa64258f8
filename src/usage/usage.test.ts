import { test } from 'node:test';
import assert from 'node:assert/strict';
import { costOf } from './cost.ts';
import { judgeBudget } from './budgets.ts';
import { danishMonth, monthOf } from './month.ts';
import { usageSummaryCsv, type UsageSummaryRow } from './summary.ts';
import { AppError } from '../kernel/index.ts';

test('tokens become DKK by the price table, and energy and CO2e by the model’s factors', () => {
  const c = costOf({ priceInDkkPerMTok: 15, priceOutDkkPerMTok: 60, energyWhPer1kTokens: 0.5, gridGCo2ePerKwh: 120 }, { inputTokens: 2000, outputTokens: 500 });
  assert.equal(c.costDkk, 0.06);
  assert.equal(c.energyWh, 1.25);
  assert.equal(c.co2eGrams, 0.15);
});

test('a budget month runs on Danish time', () => {
  assert.equal(monthOf(new Date('2026-11-30T23:30:00Z')), '2026-12');
  assert.equal(monthOf(new Date('2026-07-31T21:59:00Z')), '2026-07');
  assert.equal(monthOf(new Date('2026-07-31T22:00:00Z')), '2026-08');
  assert.equal(danishMonth('2026-03'), 'marts 2026');
});

test('budgets warn from the warning share and refuse from the refusal share', () => {
  const state = (spentDkk: number) => ({ limitDkk: 1000, warnShare: 0.8, refuseShare: 1, spentDkk });
  assert.equal(judgeBudget(null, '2026-11'), null);
  assert.equal(judgeBudget(state(799), '2026-11')!.warn, false);
  assert.equal(judgeBudget(state(800), '2026-11')!.warn, true);
  assert.throws(() => judgeBudget(state(1000), '2026-11'), (e: unknown) => e instanceof AppError && e.code === 'budget_exceeded' && /november 2026/.test(e.message));
  assert.throws(() => judgeBudget({ limitDkk: 0, warnShare: 0.8, refuseShare: 1, spentDkk: 0 }, '2026-11'), AppError);
});

test('the CSV export is RFC 4180 with one line per forvaltning, use case and month', () => {
  const row: UsageSummaryRow = {
    forvaltningId: 'social', useCaseId: 'a,b', month: '2026-11', runs: 3, llmRuns: 2, failed: 0, refused: 1, inputTokens: 10, outputTokens: 5, costDkk: 1.5,
    energyWh: 0.1, co2eGrams: 0.01, gainsRecorded: 1, noHelp: 0, averageRating: null, minutesSaved: 30, hoursSaved: 0.5, baselineMinutesPerTask: null,
    hoursSavedEstimated: null, costPerSavedHourDkk: 3,
  };
  const csv = usageSummaryCsv({ rows: [row], totals: {} as never });
  const [header, line] = csv.split('\r\n');
  assert.equal(header!.split(',').length, 20);
  assert.equal(line, '2026-11,social,"a,b",3,2,0,1,10,5,1.5,0.1,0.01,1,0,,30,0.5,,,3');
});
