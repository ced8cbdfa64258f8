import type { Command } from 'commander';
import { type ChainVerification, verifyAuditChain } from '../../audit/index.ts';
import { withBackend } from '../backend.ts';
import type { CliContext } from '../cli-context.ts';
import { output } from '../io.ts';

export function registerAudit(program: Command, ctx: CliContext): void {
  const audit = program.command('audit').description('Revisionssporet');
  audit
    .command('verify')
    .description('Kontrollér hash-kæden; afslutter med kode 1, hvis den er brudt')
    .option('--json', 'maskinlæsbart output')
    .action(async (opts: { json?: boolean }) => {
      const result = await withBackend(ctx.config(), (b) =>
        b.kind === 'local' ? verifyAuditChain(b.app.db) : b.call<ChainVerification>('GET', '/api/audit/verify'),
      );
      output(result, opts, (r: ChainVerification) =>
        r.ok ? `Revisionssporet er intakt (${r.events} hændelser).` : `Revisionssporet er brudt ved hændelse ${r.firstBadEvent} (${r.events} hændelser).`,
      );
      if (!result.ok) process.exitCode = 1;
    });
}
