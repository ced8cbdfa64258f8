import type { App } from './app.ts';

/**
 * Reference data a fresh installation needs to be useful at once. Each module's seed is idempotent,
 * so it runs on every start and only fills what is missing.
 */
export async function seedOnFirstStart(_app: App): Promise<void> {}
