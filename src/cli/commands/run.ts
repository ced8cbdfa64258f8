import type { Command } from 'commander';
import { AppError, invalid } from '../../kernel/index.ts';
import { type TaskRun, lawLibraryFromJsonl, runTask } from '../../tasks/index.ts';
import { withBackend } from '../backend.ts';
import type { CliContext } from '../cli-context.ts';
import { output, readInputText } from '../io.ts';

interface RunOptions {
  file?: string;
  engine: string;
  options?: string;
  audience?: string;
  collection?: string;
  laws?: string;
  json?: boolean;
}

function human(r: TaskRun): string {
  const lines = [`Opgave: ${r.task} · motor: ${r.engine === 'llm' ? `sprogmodel (${r.model?.name ?? 'ukendt'})` : 'lokal'}`];
  if (r.label) lines.push(r.label);
  if (r.note) lines.push(r.note);
  lines.push('', JSON.stringify(r.output, null, 2), '', 'Kontroller:');
  for (const c of r.checks) lines.push(`  ${c.status.padEnd(7)} ${c.id.padEnd(16)} ${c.message}`);
  return lines.join('\n');
}

export function registerRun(program: Command, ctx: CliContext): void {
  program
    .command('run <task-id>')
    .description('Kør en opgave fra kataloget på en tekst (fra stdin eller --file)')
    .option('--file <path>', 'læs teksten fra en fil')
    .option('--engine <engine>', 'local eller llm', 'local')
    .option('--options <json>', 'opgavens indstillinger som JSON, fx \'{"ratio":0.2}\'')
    .option('--audience <målgruppe>', 'adapt-audience: borger, letlæst, barn, fagperson eller engelsk')
    .option('--collection <id>', 'ask-knowledge: søg kun i denne samling')
    .option('--laws <provisions.jsonl>', 'kontrollér lovhenvisninger mod denne lovsamling i stedet for vidensbanken (kun uden kørende server)')
    .option('--json', 'maskinlæsbart output')
    .action(async (taskId: string, opts: RunOptions) => {
      const text = await readInputText(opts);
      let options: Record<string, unknown> = {};
      if (opts.options) {
        try {
          options = JSON.parse(opts.options) as Record<string, unknown>;
        } catch {
          throw invalid('--options skal være gyldig JSON.');
        }
      }
      if (opts.audience) options.audience = opts.audience;
      if (opts.collection) options.collection = opts.collection;
      const body = { text, engine: opts.engine as 'local' | 'llm', options };
      const result = await withBackend(ctx.config(), async (b) => {
        if (b.kind === 'remote') {
          if (opts.laws) throw new AppError('conflict', '--laws virker kun, når CLI\'en selv åbner databasen; stop serveren eller udelad --laws.');
          return b.call<TaskRun>('POST', `/api/tasks/${encodeURIComponent(taskId)}/run`, body);
        }
        const laws = opts.laws ? await lawLibraryFromJsonl(opts.laws) : undefined;
        return runTask(b.app, b.actor, taskId, body, laws ? { laws } : {});
      });
      output(result, opts, human);
    });
}
