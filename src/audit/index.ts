export { recordAuditEvent } from './record-audit-event.ts';
export { verifyAuditChain, type ChainVerification } from './verify-chain.ts';
export { listAuditEvents, type AuditQuery } from './read-events.ts';
export { type AuditEvent, type NewAuditEvent, AuditDetails } from './audit-event.ts';
export { auditMigrations } from './migrations.ts';
export type { AuditTables } from './tables.ts';
