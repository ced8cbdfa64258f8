import { sql } from 'kysely';
import type { Db } from '../db/index.ts';
import { type Actor, type Clock, newId, systemClock } from '../kernel/index.ts';
import { AuditDetails, GENESIS_HASH, type AuditEvent, type NewAuditEvent } from './audit-event.ts';
import { eventHash } from './event-hash.ts';

// Any constant works; it names "the audit chain head" for pg_advisory_xact_lock.
export const CHAIN_LOCK = 727_100_001;

/**
 * Appends one event to the chain. The transaction-scoped advisory lock makes "read the head, write the
 * next link" atomic across every instance sharing one PostgreSQL; called inside a caller's transaction,
 * the event commits or rolls back together with the change it describes.
 */
export async function recordAuditEvent(db: Db, actor: Actor, event: NewAuditEvent, clock: Clock = systemClock): Promise<AuditEvent> {
  const [full] = await recordAuditEvents(db, [{ actor, event }], clock);
  return full!;
}

/**
 * Appends several events as consecutive links under one lock, one head read and one insert (batched
 * writers such as the gateway's usage ledger: one chain round trip per batch instead of three per event).
 */
export async function recordAuditEvents(db: Db, events: { actor: Actor; event: NewAuditEvent }[], clock: Clock = systemClock): Promise<AuditEvent[]> {
  if (events.length === 0) return [];
  const parsed = events.map(({ actor, event }) => ({ actor, event, details: AuditDetails.parse(event.details ?? {}) }));
  const write = async (trx: Db): Promise<AuditEvent[]> => {
    await sql`select pg_advisory_xact_lock(${CHAIN_LOCK})`.execute(trx);
    const head = await trx
      .selectFrom('audit_events')
      .select(['seq', 'hash'])
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirst();
    let seq = head?.seq ?? 0;
    let prevHash = head?.hash ?? GENESIS_HASH;
    const at = clock.now().toISOString();
    const written = parsed.map(({ actor, event, details }): AuditEvent => {
      const unsigned = {
        seq: ++seq,
        id: newId(),
        at,
        actorKind: actor.kind,
        actorId: actor.userId ?? actor.tokenId,
        action: event.action,
        targetType: event.targetType ?? null,
        targetId: event.targetId ?? null,
        details,
        prevHash,
      };
      const full: AuditEvent = { ...unsigned, hash: eventHash(unsigned) };
      prevHash = full.hash;
      return full;
    });
    await trx
      .insertInto('audit_events')
      .values(
        written.map((full) => ({
          seq: full.seq,
          id: full.id,
          at: new Date(full.at),
          actor_kind: full.actorKind,
          actor_id: full.actorId,
          action: full.action,
          target_type: full.targetType,
          target_id: full.targetId,
          details: JSON.stringify(full.details),
          prev_hash: full.prevHash,
          hash: full.hash,
        })),
      )
      .execute();
    return written;
  };
  return db.isTransaction ? write(db) : db.transaction().execute(write);
}
