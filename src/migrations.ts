import type { ModuleMigration } from './db/index.ts';
import { accessMigrations } from './access/migrations.ts';
import { auditMigrations } from './audit/migrations.ts';
import { modelsMigrations } from './models/migrations.ts';
import { usageMigrations } from './usage/migrations.ts';
import { knowledgeMigrations } from './knowledge/migrations.ts';
import { privacyMigrations } from './privacy/migrations.ts';
import { tasksMigrations } from './tasks/migrations.ts';
import { policyMigrations } from './policy/migrations.ts';

/**
 * The composition root's list of migrations. Each module owns its tables and its migrations; this list only decides the order.
 * Bands: 100 access, 200 audit, 300 privacy, 400 policy, 500 models, 600 usage, 700 knowledge, 800 tasks.
 */
export function allMigrations(): ModuleMigration[] {
  return [...accessMigrations, ...auditMigrations, ...modelsMigrations, ...usageMigrations, ...knowledgeMigrations, ...privacyMigrations, ...tasksMigrations, ...policyMigrations].sort((a, b) => a.name.localeCompare(b.name));
}
