export { openDatabase, type Db, type DatabaseHandle } from './open-database.ts';
export { migrate, type ModuleMigration } from './migrate.ts';
export type { Database } from './schema.ts';
