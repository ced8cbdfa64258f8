export { recordAuditEvent, recordAuditEvents } from './record-audit-event.ts';
export { verifyAuditChain, type ChainVerification } from './verify-chain.ts';
export { pruneAuditEvents, MIN_RETENTION_DAYS, type PruneResult } from './prune-audit-events.ts';
export { listAuditEvents, type AuditQuery } from './read-events.ts';
export { type AuditEvent, type NewAuditEvent, AuditDetails } from './audit-event.ts';
export { auditMigrations } from './migrations.ts';
export type { AuditTables } from './tables.ts';
