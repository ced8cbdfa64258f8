import { cpSync, existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { migrate, openDatabase } from '../../src/db/index.ts';
import { allMigrations } from '../../src/migrations.ts';
import { sha256Hex } from '../../src/kernel/index.ts';

export interface TestDatabase {
  dataDir: string;
  databaseUrl: string | undefined;
  drop(): Promise<void>;
}

/**
 * A database of its own for each test server: a fresh database on the PostgreSQL of KAI_DATABASE_URL,
 * or a PGlite data dir copied from a migrated template (initdb in WASM takes seconds; a copy does not).
 */
export async function createTestDatabase(env: Record<string, string | undefined> = process.env): Promise<TestDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kai-test-'));
  const baseUrl = env.KAI_DATABASE_URL;
  if (baseUrl) {
    const name = `kai_test_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
    const admin = new pg.Client({ connectionString: baseUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(baseUrl);
    url.pathname = `/${name}`;
    return {
      dataDir,
      databaseUrl: url.toString(),
      drop: async () => {
        const c = new pg.Client({ connectionString: baseUrl });
        await c.connect();
        // A closed pool's sockets may still be saying goodbye; forcing the drop under them would
        // surface as an uncaught "terminating connection" in the test process.
        for (let i = 0; i < 50; i++) {
          const { rows } = await c.query('select count(*)::int as n from pg_stat_activity where datname = $1', [name]);
          if (rows[0].n === 0) break;
          await new Promise((r) => setTimeout(r, 100));
        }
        await c.query(`drop database if exists ${name} with (force)`);
        await c.end();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  cpSync(await pgliteTemplate(), join(dataDir, 'pglite'), { recursive: true });
  return { dataDir, databaseUrl: undefined, drop: async () => rmSync(dataDir, { recursive: true, force: true }) };
}

async function pgliteTemplate(): Promise<string> {
  const key = sha256Hex(allMigrations().map((m) => m.name + m.up.toString()).join('\n')).slice(0, 16);
  const dir = join(tmpdir(), `kai-pglite-template-${key}`);
  if (existsSync(dir)) return dir;
  const building = mkdtempSync(join(tmpdir(), 'kai-template-build-'));
  const handle = await openDatabase({ dataDir: building });
  await migrate(handle.db, allMigrations());
  await handle.close();
  try {
    renameSync(join(building, 'pglite'), dir);
  } catch {
    // Another test process finished its template first; theirs is as good as ours.
  }
  rmSync(building, { recursive: true, force: true });
  return dir;
}
