import type { Command } from 'commander';
import { migrate, openDatabase } from '../../db/index.ts';
import { allMigrations } from '../../migrations.ts';
import type { CliContext } from '../cli-context.ts';
import { output } from '../io.ts';

export function registerMigrate(program: Command, ctx: CliContext): void {
  program
    .command('migrate')
    .description('Anvend ventende databasemigreringer (sker også ved start)')
    .option('--json', 'maskinlæsbart output')
    .action(async (opts: { json?: boolean }) => {
      const config = ctx.config();
      const handle = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
      try {
        const result = await migrate(handle.db, allMigrations());
        output({ engine: handle.engine, ...result }, opts, (r) => (r.applied.length ? `Anvendt: ${r.applied.join(', ')}` : 'Databasen er opdateret.'));
      } finally {
        await handle.close();
      }
    });
}
