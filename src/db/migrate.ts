import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import type { Db } from './open-database.ts';
import { allMigrations } from './migrations.ts';

export interface ModuleMigration {
  /** Globally unique and sortable: `NNN-module-what`, numbered per module band (see migrations.ts). */
  name: string;
  up: Migration['up'];
}

const provider: MigrationProvider = {
  async getMigrations() {
    return Object.fromEntries(allMigrations().map((m) => [m.name, { up: m.up }]));
  },
};

/** Applies pending migrations. Kysely takes a lock so instances starting together do not race. */
export async function migrate(db: Db): Promise<{ applied: string[] }> {
  const migrator = new Migrator({ db, provider, allowUnorderedMigrations: true });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error;
  return { applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName) };
}
