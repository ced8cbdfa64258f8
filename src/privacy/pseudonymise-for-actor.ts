import { recordAuditEvent } from '../audit/index.ts';
import type { Db } from '../db/index.ts';
import { type Actor, type Clock, systemClock } from '../kernel/index.ts';
import type { RedactResult } from './entity.ts';
import { redact } from './pseudonym-session.ts';

/**
 * `redact` on behalf of a user, audited. The audit event says how much was found of each kind and which flags
 * were raised; it never holds the text, the found values or a hash of them.
 */
export async function pseudonymiseForActor(db: Db, actor: Actor, text: string, clock: Clock = systemClock): Promise<RedactResult> {
  const result = redact(text);
  const counts: Record<string, number> = {};
  for (const e of result.entities) counts[`found_${e.type}`] = (counts[`found_${e.type}`] ?? 0) + 1;
  await recordAuditEvent(
    db,
    actor,
    { action: 'privacy.pseudonymised', targetType: 'text', details: { textLength: text.length, entities: result.entities.length, ...counts, flags: result.flags } },
    clock,
  );
  return result;
}
