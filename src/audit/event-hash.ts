import { canonicalJson, sha256Hex } from '../kernel/index.ts';
import type { AuditEvent } from './audit-event.ts';

/** SHA-256 over the canonical JSON of everything in the event except its own hash. */
export function eventHash(e: Omit<AuditEvent, 'hash'>): string {
  return sha256Hex(
    canonicalJson({
      seq: e.seq,
      id: e.id,
      at: e.at,
      actorKind: e.actorKind,
      actorId: e.actorId,
      action: e.action,
      targetType: e.targetType,
      targetId: e.targetId,
      details: e.details,
      prevHash: e.prevHash,
    }),
  );
}
