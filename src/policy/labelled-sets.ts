import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { Decision, RuleId } from './schemas.ts';

export const LabelledSet = z.object({
  name: z.string(),
  requests: z.array(
    z.object({
      id: z.number(),
      text: z.string(),
      label: Decision,
      /** `citizen`: asked in the citizen chatbot (seeded use case "borgerchat"); otherwise by staff. */
      channel: z.enum(['staff', 'citizen']).default('staff'),
      rules: z.array(RuleId).default([]),
    }),
  ),
});
export type LabelledSet = z.infer<typeof LabelledSet>;

const DIR = fileURLToPath(new URL('./labelled/', import.meta.url));

/** The labelled request sets shipped with the module (governance.md §3, our dev set and a held-out set). */
export function labelledSets(): (LabelledSet & { file: string })[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({ file, ...LabelledSet.parse(JSON.parse(readFileSync(DIR + file, 'utf8'))) }));
}
