import { sql } from 'kysely';
import type { Db } from '../db/index.ts';
import { type Actor, type Clock, invalid, systemClock } from '../kernel/index.ts';
import { CHAIN_LOCK, recordAuditEvent } from './record-audit-event.ts';

/** AI Act art. 26(6): deployers keep logs for at least six months. Retention never goes below that. */
export const MIN_RETENTION_DAYS = 183;

export interface PruneResult {
  deleted: number;
  uptoSeq: number | null;
}

/**
 * Deletes events older than the retention period. The chain stays verifiable: a checkpoint keeps the hash of
 * the last deleted event, and the pruning itself is an event in the chain that names that checkpoint.
 */
export async function pruneAuditEvents(db: Db, actor: Actor, retentionDays: number, clock: Clock = systemClock): Promise<PruneResult> {
  if (!Number.isInteger(retentionDays) || retentionDays < MIN_RETENTION_DAYS) {
    throw invalid(`Revisionssporet skal opbevares i mindst ${MIN_RETENTION_DAYS} dage.`);
  }
  const cutoff = new Date(clock.now().getTime() - retentionDays * 86_400_000);
  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${CHAIN_LOCK})`.execute(trx);
    const last = await trx
      .selectFrom('audit_events')
      .select(['seq', 'hash'])
      .where('at', '<', cutoff)
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (!last) return { deleted: 0, uptoSeq: null };
    await sql`set local kai.audit_retention = 'on'`.execute(trx);
    const deleted = await trx.deleteFrom('audit_events').where('seq', '<=', last.seq).executeTakeFirst();
    await sql`set local kai.audit_retention = 'off'`.execute(trx);
    await trx.insertInto('audit_checkpoints').values({ upto_seq: last.seq, upto_hash: last.hash }).execute();
    const count = Number(deleted.numDeletedRows);
    await recordAuditEvent(trx, actor, { action: 'audit.pruned', details: { uptoSeq: last.seq, uptoHash: last.hash, deleted: count, retentionDays } }, clock);
    return { deleted: count, uptoSeq: last.seq };
  });
}
