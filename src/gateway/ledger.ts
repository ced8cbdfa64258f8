import type { App } from '../app.ts';
import type { Actor } from '../kernel/index.ts';
import { type GainInput, type GainView, recordGain } from '../usage/index.ts';
import { flushGateway, gatewayRuntime } from './runtime.ts';

/** Records the gain of a run; the run's usage row is written behind the answer, so the ledger is drained first. */
export async function recordRunGain(app: App, actor: Actor, input: GainInput): Promise<GainView> {
  await flushGateway(app);
  return recordGain(app.db, actor, input, app.clock);
}

/** This instance sees catalogue changes at once; other instances within the cache lifetime (5 s). */
export function catalogueChanged(app: App): void {
  gatewayRuntime(app).forgetCatalogue();
}

export function budgetsChanged(app: App): void {
  gatewayRuntime(app).forgetBudgets();
}
