import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import type { Db } from './open-database.ts';

export interface ModuleMigration {
  /** Globally unique and sortable: `NNN-module-what`, numbered per module band (see src/migrations.ts). */
  name: string;
  up: Migration['up'];
}

/**
 * Applies pending migrations. Kysely takes a lock so instances starting together do not race. The list comes
 * from the composition root (src/migrations.ts), so the database layer does not depend on the modules.
 */
export async function migrate(db: Db, migrations: ModuleMigration[]): Promise<{ applied: string[] }> {
  const provider: MigrationProvider = {
    async getMigrations() {
      return Object.fromEntries(migrations.map((m) => [m.name, { up: m.up }]));
    },
  };
  const migrator = new Migrator({ db, provider, allowUnorderedMigrations: true });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error;
  return { applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName) };
}
