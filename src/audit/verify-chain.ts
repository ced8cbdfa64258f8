import type { Db } from '../db/index.ts';
import { GENESIS_HASH } from './audit-event.ts';
import { eventHash } from './event-hash.ts';
import { rowToEvent } from './read-events.ts';

export interface ChainVerification {
  ok: boolean;
  events: number;
  /** Sequence number of the first event that does not fit the chain; null when the chain is whole. */
  firstBadEvent: number | null;
}

const PAGE = 2000;

/**
 * Walks the chain from the start. A row is bad when its sequence number is not the next one
 * (a deleted or reordered row), its previous-hash does not match the row before, or its own hash
 * does not match its content (an edited row).
 */
export async function verifyAuditChain(db: Db): Promise<ChainVerification> {
  // After retention the chain starts at the newest checkpoint instead of the genesis hash.
  const checkpoint = await db.selectFrom('audit_checkpoints').selectAll().orderBy('upto_seq', 'desc').limit(1).executeTakeFirst();
  let expectedSeq = checkpoint ? checkpoint.upto_seq + 1 : 1;
  let prevHash = checkpoint?.upto_hash ?? GENESIS_HASH;
  let events = 0;
  let after = checkpoint?.upto_seq ?? 0;
  let checkpointConfirmed = !checkpoint;
  for (;;) {
    const rows = await db
      .selectFrom('audit_events')
      .selectAll()
      .where('seq', '>', after)
      .orderBy('seq')
      .limit(PAGE)
      .execute();
    for (const row of rows) {
      const e = rowToEvent(row);
      const { hash, ...unsigned } = e;
      if (e.seq !== expectedSeq || e.prevHash !== prevHash || eventHash(unsigned) !== hash) {
        return { ok: false, events: events + (await countRest(db, after)), firstBadEvent: expectedSeq };
      }
      // A checkpoint counts only if the chain itself recorded the pruning that made it.
      if (!checkpointConfirmed && e.action === 'audit.pruned' && e.details.uptoSeq === checkpoint!.upto_seq && e.details.uptoHash === checkpoint!.upto_hash) {
        checkpointConfirmed = true;
      }
      events++;
      expectedSeq++;
      prevHash = hash;
      after = e.seq;
    }
    if (rows.length < PAGE) {
      if (!checkpointConfirmed) return { ok: false, events, firstBadEvent: checkpoint!.upto_seq + 1 };
      return { ok: true, events, firstBadEvent: null };
    }
  }
}

async function countRest(db: Db, after: number): Promise<number> {
  const r = await db
    .selectFrom('audit_events')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('seq', '>', after)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}
