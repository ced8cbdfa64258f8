import { z } from 'zod';

export const CheckStatus = z.enum(['OK', 'WEAK', 'MISSING', 'N/A']);
export type CheckStatus = z.infer<typeof CheckStatus>;

/** One verdict of a local analyser, the shape every task returns in `checks`. */
export const Check = z.object({
  id: z.string(),
  status: CheckStatus,
  message: z.string(),
  /** The sentence(s) of the input the verdict rests on. */
  evidence: z.array(z.string()).optional(),
});
export type Check = z.infer<typeof Check>;
