import type { AccessTables } from '../access/tables.ts';
import type { AuditTables } from '../audit/tables.ts';
import type { ModelsTables } from '../models/tables.ts';
import type { UsageTables } from '../usage/tables.ts';
import type { KnowledgeTables } from '../knowledge/tables.ts';
import type { PrivacyTables } from '../privacy/tables.ts';
import type { TasksTables } from '../tasks/tables.ts';
import type { PolicyTables } from '../policy/tables.ts';

/** The whole database as Kysely sees it: the union of every module's own tables. */
export interface Database extends AccessTables, AuditTables, ModelsTables, UsageTables, KnowledgeTables, PrivacyTables, TasksTables, PolicyTables {}
