import type { Command } from 'commander';
import { type ChainVerification, type PruneResult, pruneAuditEvents, verifyAuditChain } from '../../audit/index.ts';
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

  audit
    .command('prune')
    .description('Slet hændelser ældre end opbevaringsperioden (mindst 183 dage, AI-forordningen art. 26, stk. 6)')
    .requiredOption('--retention-days <n>', 'opbevaringsperiode i dage', (v) => Number.parseInt(v, 10))
    .option('--json', 'maskinlæsbart output')
    .action(async (opts: { retentionDays: number; json?: boolean }) => {
      const result = await withBackend(ctx.config(), (b) =>
        b.kind === 'local'
          ? pruneAuditEvents(b.app.db, b.actor, opts.retentionDays)
          : b.call<PruneResult>('POST', '/api/audit/retention', { retentionDays: opts.retentionDays }),
      );
      output(result, opts, (r: PruneResult) => `Slettet ${r.deleted} hændelser${r.uptoSeq ? ` (til og med nr. ${r.uptoSeq})` : ''}.`);
    });
}
