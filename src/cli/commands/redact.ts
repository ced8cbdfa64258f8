import type { Command } from 'commander';
import { redact, type RedactResult } from '../../privacy/index.ts';
import { readInputText, output } from '../io.ts';

/**
 * Runs in-process with no database: detection is pure, so a text never travels to a server to be redacted.
 * Without --json the redacted text goes to stdout and a count of what was found to stderr.
 */
export function registerRedact(program: Command): void {
  program
    .command('redact')
    .description('Find personoplysninger i en tekst (stdin eller --file) og erstat dem med pladsholdere')
    .option('--file <path>', 'læs teksten fra en fil i stedet for stdin')
    .option('--json', 'maskinlæsbart output: { text, entities, flags }')
    .action(async (opts: { file?: string; json?: boolean }) => {
      const result = redact(await readInputText(opts));
      output(result, opts, (r: RedactResult) => {
        const counts = new Map<string, number>();
        for (const e of r.entities) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
        const summary = [...counts].map(([t, n]) => `${t} ${n}`).join(', ') || 'ingen personoplysninger fundet';
        process.stderr.write(`Fundet: ${summary}${r.flags.length ? `. Markeringer: ${r.flags.join(', ')}` : ''}\n`);
        return r.text.replace(/\n$/, '');
      });
    });
}
