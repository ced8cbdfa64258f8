import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.ts';

export type Db = Kysely<Database>;

export interface DatabaseHandle {
  db: Db;
  engine: 'pglite' | 'postgresql';
  close(): Promise<void>;
}

// Return bigint columns (audit sequence numbers, token counts) as JS numbers; they stay far below 2^53.
pg.types.setTypeParser(20, (v) => Number(v));
// NUMERIC (DKK amounts) as numbers too; prices carry at most 6 decimals.
pg.types.setTypeParser(1700, (v) => Number(v));

/**
 * One SQL dialect, two engines: PostgreSQL when a URL is given, otherwise PGlite (PostgreSQL in WASM)
 * in the data dir. Both sit behind a node-postgres pool, so every query takes the same code path.
 */
export async function openDatabase(opts: { databaseUrl?: string | undefined; dataDir: string }): Promise<DatabaseHandle> {
  if (opts.databaseUrl) {
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: 10 });
    // An idle connection dropped by the server (restart, failover) is discarded by the pool and the
    // next query opens a new one; without a listener the error would end the process.
    pool.on('error', () => {});
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, engine: 'postgresql', close: () => db.destroy() };
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const { createPgConfig } = await import('@electric-sql/pglite/node-postgres');
  // Loaded on every open: a database whose migration chose pgvector cannot read its vectors without it.
  const { vector } = await import('@electric-sql/pglite-pgvector');
  const dir = resolve(opts.dataDir, 'pglite');
  mkdirSync(dir, { recursive: true });
  const pglite = await PGlite.create(dir, { extensions: { vector } });
  // PGlite is one connection; the pool of size 1 queues callers instead of interleaving them.
  const pool = new pg.Pool({ ...createPgConfig(pglite), max: 1 } as pg.PoolConfig);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    engine: 'pglite',
    close: async () => {
      await db.destroy();
      await pglite.close();
    },
  };
}
