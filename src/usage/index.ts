export { UsageWriter, type UsageRecord, type UsageEventRow, type UsageWriterOptions } from './usage-writer.ts';
export { costOf, type CallCost, type ModelRates } from './cost.ts';
export { monthOf, danishMonth } from './month.ts';
export { BudgetInput, type BudgetView, type BudgetState, readBudgetState, judgeBudget, setBudget, deleteBudget, listBudgets } from './budgets.ts';
export { usageMigrations } from './migrations.ts';
export type { UsageTables } from './tables.ts';
export { GainInput, type GainView, recordGain, BaselineInput, setBaseline, listBaselines } from './gains.ts';
export { UsageSummaryQuery, type UsageSummary, type UsageSummaryRow, usageSummary, usageSummaryCsv } from './summary.ts';
