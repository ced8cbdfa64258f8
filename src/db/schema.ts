import type { AccessTables } from '../access/tables.ts';
import type { AuditTables } from '../audit/tables.ts';

/** The whole database as Kysely sees it: the union of every module's own tables. */
export interface Database extends AccessTables, AuditTables {}
