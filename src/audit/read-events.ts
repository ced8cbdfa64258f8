import type { Db } from '../db/index.ts';
import type { AuditEvent, AuditDetails } from './audit-event.ts';

export function rowToEvent(r: {
  seq: number;
  id: string;
  at: Date;
  actor_kind: string;
  actor_id: string | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  details: Record<string, unknown>;
  prev_hash: string;
  hash: string;
}): AuditEvent {
  return {
    seq: Number(r.seq),
    id: r.id,
    at: r.at.toISOString(),
    actorKind: r.actor_kind,
    actorId: r.actor_id,
    action: r.action,
    targetType: r.target_type,
    targetId: r.target_id,
    details: r.details as AuditDetails,
    prevHash: r.prev_hash,
    hash: r.hash,
  };
}

export interface AuditQuery {
  action?: string | undefined;
  actorId?: string | undefined;
  targetType?: string | undefined;
  beforeSeq?: number | undefined;
  limit?: number | undefined;
}

/** Newest first, paged by sequence number. */
export async function listAuditEvents(db: Db, q: AuditQuery): Promise<AuditEvent[]> {
  let query = db.selectFrom('audit_events').selectAll().orderBy('seq', 'desc').limit(Math.min(q.limit ?? 50, 500));
  if (q.action) query = query.where('action', '=', q.action);
  if (q.actorId) query = query.where('actor_id', '=', q.actorId);
  if (q.targetType) query = query.where('target_type', '=', q.targetType);
  if (q.beforeSeq) query = query.where('seq', '<', q.beforeSeq);
  return (await query.execute()).map(rowToEvent);
}
