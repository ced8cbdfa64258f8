import { z } from 'zod';
import { EntityType } from './entity.ts';

/**
 * What a conversation's pseudonymisation remembers: for each placeholder, the personal data it stands for.
 * `mentions` is the order in which the forms occurred in the last text that used the placeholder, so restoring
 * that text gives it back exactly ("Jens Hansen ... Jens" stays so, though both are [PERSON_1]).
 */
export const PseudonymEntry = z.object({
  placeholder: z.string(),
  type: EntityType,
  /** Normalised keys this placeholder answers to (the same CPR with or without dash, the name in any case). */
  keys: z.array(z.string()),
  /** Name parts, lower-cased, for matching "Jens" and "Hansen" to "Jens Hansen". Empty for other types. */
  nameParts: z.array(z.string()),
  forms: z.array(z.string()).min(1),
  mentions: z.array(z.string()),
});
export type PseudonymEntry = z.infer<typeof PseudonymEntry>;

export const PseudonymMapping = z.object({
  version: z.literal(1),
  entries: z.array(PseudonymEntry),
});
export type PseudonymMapping = z.infer<typeof PseudonymMapping>;
