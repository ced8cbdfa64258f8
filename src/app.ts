import { mkdirSync } from 'node:fs';
import { OidcLogin } from './access/index.ts';
import { type DatabaseHandle, type Db, migrate, openDatabase } from './db/index.ts';
import { allMigrations } from './migrations.ts';
import { type Clock, type Config, loadMasterSecret, systemClock } from './kernel/index.ts';

/**
 * The composition root shared by the server and the CLI: config in, opened and migrated database,
 * secrets and services out. The only place that builds things.
 */
export interface App {
  config: Config;
  db: Db;
  engine: DatabaseHandle['engine'];
  clock: Clock;
  masterSecret: Buffer;
  /** Single sign-on, when KAI_OIDC_* is configured. */
  oidc: OidcLogin | undefined;
  /** Set by a running server: the secret the local CLI uses to reach it (see server/local-operator). */
  operatorToken: string | undefined;
  /** Work to finish before the database closes (queued usage rows, say); run last-registered first. */
  onClose(hook: () => Promise<void>): void;
  close(): Promise<void>;
}

export async function createApp(config: Config, opts: { clock?: Clock } = {}): Promise<App> {
  mkdirSync(config.dataDir, { recursive: true });
  const masterSecret = loadMasterSecret(config.dataDir, config.secret);
  const handle = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrate(handle.db, allMigrations());
  } catch (err) {
    await handle.close();
    throw err;
  }
  const clock = opts.clock ?? systemClock;
  const closeHooks: Array<() => Promise<void>> = [];
  return {
    config,
    db: handle.db,
    oidc: config.oidc ? new OidcLogin(handle.db, config.oidc, clock) : undefined,
    engine: handle.engine,
    clock,
    masterSecret,
    operatorToken: undefined,
    onClose: (hook) => closeHooks.unshift(hook),
    close: async () => {
      for (const hook of closeHooks.splice(0)) await hook();
      await handle.close();
    },
  };
}
