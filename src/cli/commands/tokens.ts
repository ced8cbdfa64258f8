import type { Command } from 'commander';
import { type ApiTokenView, createApiToken, listApiTokens, revokeApiToken } from '../../access/index.ts';
import { AppError } from '../../kernel/index.ts';
import { type Backend, withBackend } from '../backend.ts';
import type { CliContext } from '../cli-context.ts';
import { output } from '../io.ts';

async function userIdOf(b: Backend, username: string): Promise<string> {
  const users =
    b.kind === 'local'
      ? await b.app.db.selectFrom('users').select(['id', 'username']).execute()
      : await b.call<{ id: string; username: string }[]>('GET', '/api/admin/users');
  const user = users.find((u) => u.username === username);
  if (!user) throw new AppError('not_found', 'Brugeren findes ikke.');
  return user.id;
}

export function registerTokens(program: Command, ctx: CliContext): void {
  const tokens = program.command('tokens').description('API-nøgler til fagsystemer og automatisering');

  tokens
    .command('create')
    .description('Opret en API-nøgle; nøglen vises kun denne ene gang')
    .requiredOption('--user <username>', 'brugeren nøglen handler som')
    .requiredOption('--name <name>', 'hvad nøglen bruges til')
    .option('--use-case <id>', 'bind nøglen til én anvendelse (use case)')
    .option('--expires-in-days <n>', 'udløb i dage', (v) => Number.parseInt(v, 10))
    .option('--json', 'maskinlæsbart output')
    .action(async (opts: { user: string; name: string; useCase?: string; expiresInDays?: number; json?: boolean }) => {
      const result = await withBackend(ctx.config(), async (b) => {
        const input = { name: opts.name, userId: await userIdOf(b, opts.user), useCaseId: opts.useCase ?? null, expiresInDays: opts.expiresInDays ?? null };
        return b.kind === 'local'
          ? createApiToken(b.app.db, b.actor, input)
          : b.call<{ token: string; apiToken: ApiTokenView }>('POST', '/api/tokens', input);
      });
      output(result, opts, (r) => `Nøgle (gem den nu, den vises ikke igen):\n${r.token}\nid: ${r.apiToken.id}`);
    });

  tokens
    .command('list')
    .description('Vis API-nøgler')
    .option('--json', 'maskinlæsbart output')
    .action(async (opts: { json?: boolean }) => {
      const list = await withBackend(ctx.config(), (b) =>
        b.kind === 'local' ? listApiTokens(b.app.db, b.actor) : b.call<ApiTokenView[]>('GET', '/api/tokens'),
      );
      output(list, opts, (l: ApiTokenView[]) => l.map((t) => `${t.id}  ${t.name}${t.revokedAt ? '  (tilbagekaldt)' : ''}`).join('\n'));
    });

  tokens
    .command('revoke <id>')
    .description('Tilbagekald en API-nøgle')
    .option('--json', 'maskinlæsbart output')
    .action(async (id: string, opts: { json?: boolean }) => {
      const t = await withBackend(ctx.config(), (b) =>
        b.kind === 'local' ? revokeApiToken(b.app.db, b.actor, id) : b.call<ApiTokenView>('POST', `/api/tokens/${encodeURIComponent(id)}/revoke`),
      );
      output(t, opts, (v: ApiTokenView) => `Tilbagekaldt: ${v.id}`);
    });
}
