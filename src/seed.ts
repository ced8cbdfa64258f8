import type { App } from './app.ts';
import { seedKnowledge } from './knowledge/index.ts';
import { seedModelsFromConfig } from './models/index.ts';
import { seedPolicy } from './policy/index.ts';

/**
 * Reference data a fresh installation needs to be useful at once. Each module's seed is idempotent,
 * so it runs on every start and only fills what is missing.
 */
export async function seedOnFirstStart(app: App): Promise<void> {
  await seedKnowledge(app.db);
  await seedModelsFromConfig(app.db, app.masterSecret, app.config);
  await seedPolicy(app.db);
}
