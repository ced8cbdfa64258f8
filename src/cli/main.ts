import { Command, CommanderError } from 'commander';
import { AppError, type Config, ConfigError, parseConfig } from '../kernel/index.ts';
import { ZodError } from 'zod';
import type { CliContext } from './cli-context.ts';
import { registerAudit } from './commands/audit.ts';
import { registerBench } from './commands/bench.ts';
import { registerFakeUpstream } from './commands/fake-upstream.ts';
import { registerIngest } from './commands/ingest.ts';
import { registerSearch } from './commands/search.ts';
import { registerMigrate } from './commands/migrate.ts';
import { registerPolicy } from './commands/policy.ts';
import { registerRedact } from './commands/redact.ts';
import { registerLix } from './commands/lix.ts';
import { registerRun } from './commands/run.ts';
import { registerServe } from './commands/serve.ts';
import { registerTokens } from './commands/tokens.ts';
import { registerUsers } from './commands/users.ts';

/** `kommune-ai`: the same operations as the HTTP API, for operators and batch work. */
export async function runCli(argv: string[], env: Record<string, string | undefined>): Promise<void> {
  let config: Config | undefined;
  const ctx: CliContext = { config: () => (config ??= parseConfig(env)) };
  const program = new Command('kommune-ai')
    .description('Kommunens fælles AI-platform – kommandolinje')
    .showHelpAfterError()
    .exitOverride();

  registerServe(program, env);
  registerMigrate(program, ctx);
  registerUsers(program, ctx);
  registerTokens(program, ctx);
  registerAudit(program, ctx);
  registerIngest(program, ctx);
  registerSearch(program, ctx);
  registerRedact(program);
  registerLix(program);
  registerRun(program, ctx);
  registerPolicy(program, ctx);
  registerFakeUpstream(program);
  registerBench(program);

  try {
    await program.parseAsync(argv);
  } catch (err) {
    process.exitCode = reportError(err, argv.includes('--json'));
  }
}

function reportError(err: unknown, json: boolean): number {
  if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
  let body: { code: string; message: string; details?: unknown };
  if (err instanceof AppError) body = { code: err.code, message: err.message, ...(err.details ? { details: err.details } : {}) };
  else if (err instanceof ZodError) body = { code: 'validation_failed', message: 'Ugyldigt input.', details: err.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) };
  else if (err instanceof ConfigError) body = { code: 'not_configured', message: err.message };
  else body = { code: 'internal', message: `Uventet fejl: ${(err as Error)?.name ?? 'ukendt'}` };
  if (json) process.stdout.write(JSON.stringify({ error: body }) + '\n');
  process.stderr.write(`Fejl: ${body.message}\n`);
  return 1;
}
