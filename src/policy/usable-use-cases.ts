import { z } from 'zod';
import type { Db } from '../db/index.ts';
import { assessUseCase } from './assess-use-case.ts';
import { DataCategory, Phase, Tier } from './schemas.ts';
import { listUseCases } from './use-cases.ts';

/** What an employee needs to pick the registered use case a task runs under. */
export const UsableUseCase = z.object({
  id: z.string(),
  name: z.string(),
  summaryPublic: z.string(),
  phase: Phase,
  tier: Tier,
  dataCategories: z.array(DataCategory),
});
export type UsableUseCase = z.infer<typeof UsableUseCase>;

// An idea is not yet approved for use and a retired use case no longer is; the gate would refuse both.
const IN_USE: readonly Phase[] = ['pilot', 'production', 'scale_up'];

/**
 * The use cases a task may run under: those in pilot, production or scale-up. Staff choose one when their text
 * falls outside the task's default (a letter about a child needs a use case approved for children's data); the
 * policy gate still judges every request against the chosen one.
 */
export async function listUsableUseCases(db: Db): Promise<UsableUseCase[]> {
  return (await listUseCases(db))
    .filter((u) => IN_USE.includes(u.phase))
    .map((u) => ({ id: u.id, name: u.name, summaryPublic: u.summaryPublic, phase: u.phase, tier: assessUseCase(u).tier, dataCategories: u.dataCategories }));
}
