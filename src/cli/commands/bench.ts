import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';

const BENCH_SCRIPT = fileURLToPath(new URL('../../../scripts/bench.ts', import.meta.url));

/** The same figures as `npm run bench`; the benchmarks stay scripts so they never ship inside a request path. */
export function registerBench(program: Command): void {
  program
    .command('bench [names...]')
    .description('Mål platformens hastighed og størrelse (JSON på stdout); navne begrænser til enkelte moduler')
    .option('--json', 'maskinlæsbart output (altid JSON)')
    .action((names: string[]) => {
      const run = spawnSync(process.execPath, ['--import', 'tsx', BENCH_SCRIPT, ...names], { stdio: 'inherit' });
      process.exitCode = run.status ?? 1;
    });
}
