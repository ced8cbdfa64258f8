import { z } from 'zod';

/**
 * Details hold ids, counts, enums and hashes, never text a user typed: the audit trail must not
 * become a second copy of citizens' data. Strings are short and single-token-ish by construction.
 */
const DetailValue = z.union([
  z.string().max(200),
  z.number(),
  z.boolean(),
  z.null(),
  z.array(z.union([z.string().max(200), z.number()])).max(100),
]);
export const AuditDetails = z.record(z.string().max(64), DetailValue);
export type AuditDetails = z.infer<typeof AuditDetails>;

export interface NewAuditEvent {
  action: string;
  targetType?: string;
  targetId?: string;
  details?: AuditDetails;
}

export interface AuditEvent {
  seq: number;
  id: string;
  at: string;
  actorKind: string;
  actorId: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  details: AuditDetails;
  prevHash: string;
  hash: string;
}

export const GENESIS_HASH = '0'.repeat(64);
