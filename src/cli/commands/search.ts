import type { Command } from 'commander';
import { type KnowledgeHit, hybridSearch } from '../../knowledge/index.ts';
import { withBackend } from '../backend.ts';
import type { CliContext } from '../cli-context.ts';
import { output } from '../io.ts';

const render = (hits: KnowledgeHit[]) =>
  hits.length === 0
    ? 'Ingen resultater.'
    : hits.map((h, i) => `${i + 1}. ${h.title} – ${h.locator}  (score ${h.score})\n   ${h.text.length > 300 ? h.text.slice(0, 300) + ' …' : h.text}`).join('\n\n');

export function registerSearch(program: Command, ctx: CliContext): void {
  program
    .command('search <query>')
    .description('Søg i vidensbanken')
    .option('--collection <id>', 'søg kun i denne samling')
    .option('--k <n>', 'antal resultater (1-50)', '5')
    .option('--json', 'maskinlæsbart output')
    .action(async (query: string, opts: { collection?: string; k: string; json?: boolean }) => {
      const input = { query, k: Number(opts.k), ...(opts.collection ? { collection: opts.collection } : {}) };
      const hits = await withBackend(ctx.config(), (b) => {
        if (b.kind === 'local') return hybridSearch(b.app, b.actor, input);
        const params = new URLSearchParams({ q: query, k: opts.k, ...(opts.collection ? { collection: opts.collection } : {}) });
        return b.call<KnowledgeHit[]>('GET', `/api/knowledge/search?${params}`);
      });
      output(hits, opts, render);
    });
}
