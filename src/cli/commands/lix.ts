import type { Command } from 'commander';
import { lix, lixLevel, type LixResult } from '../../tasks/index.ts';
import { output, readInputText } from '../io.ts';

/** LIX needs no database and no server: it is computed right here. */
export function registerLix(program: Command): void {
  program
    .command('lix')
    .description('LIX-læsbarhed for en tekst (fra stdin eller --file)')
    .option('--file <path>', 'læs teksten fra en fil')
    .option('--json', 'maskinlæsbart output')
    .action(async (opts: { file?: string; json?: boolean }) => {
      const result = lix(await readInputText(opts));
      output(result, opts, (r: LixResult) => `LIX ${r.lix} – ${lixLevel(r.lix)} (${r.words} ord, ${r.sentences} sætninger, ${r.longWords} lange ord)`);
    });
}
