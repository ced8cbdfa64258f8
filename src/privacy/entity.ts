import { z } from 'zod';

export const ENTITY_TYPES = ['CPR', 'PERSON', 'ADDRESS', 'PHONE', 'EMAIL', 'CVR', 'IBAN', 'BANK_ACCOUNT', 'LICENSE_PLATE'] as const;
export const EntityType = z.enum(ENTITY_TYPES);
export type EntityType = z.infer<typeof EntityType>;

/** A detected piece of personal data; `start`/`end` are UTF-16 offsets into the input, as JavaScript strings count. */
export const DetectedEntity = z.object({
  type: EntityType,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  score: z.number().min(0).max(1),
});
export type DetectedEntity = z.infer<typeof DetectedEntity>;

export const RedactedEntity = DetectedEntity.extend({ placeholder: z.string() });
export type RedactedEntity = z.infer<typeof RedactedEntity>;

/** The JSON of `kommune-ai redact --json` and `POST /api/privacy/pseudonymise`. */
export const RedactResult = z.object({
  text: z.string(),
  entities: z.array(RedactedEntity),
  flags: z.array(z.string()),
});
export type RedactResult = z.infer<typeof RedactResult>;

/** At or above this score a candidate counts as personal data. Set low on purpose: a missed CPR costs more than a masked case number. */
export const REDACTION_THRESHOLD = 0.5;

/** Beyond this the caller must split the text; detection is linear, but one request should not hold a core for seconds. */
export const MAX_TEXT_LENGTH = 1_000_000;
