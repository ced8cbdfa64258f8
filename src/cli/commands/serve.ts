import type { Command } from 'commander';
import { startServer } from '../../main.ts';

export function registerServe(program: Command, env: Record<string, string | undefined>): void {
  program
    .command('serve')
    .description('Start platformen (brugerflade og API), som `npm start`')
    .action(async () => {
      await startServer(env);
    });
}
