import type { Command } from 'commander';
import { createUser, disableUser, listUsers, type UserView } from '../../access/index.ts';
import { ROLES } from '../../kernel/index.ts';
import { withBackend } from '../backend.ts';
import type { CliContext } from '../cli-context.ts';
import { output } from '../io.ts';

const table = (users: UserView[]) =>
  users.map((u) => `${u.username.padEnd(20)} ${u.roles.join(',').padEnd(28)} ${u.forvaltningId ?? '-'}${u.disabled ? '  (deaktiveret)' : ''}`).join('\n');

export function registerUsers(program: Command, ctx: CliContext): void {
  const users = program.command('users').description('Brugere og roller');

  users
    .command('create <username>')
    .description('Opret en bruger')
    .requiredOption('--name <displayName>', 'fulde navn')
    .requiredOption('--roles <roles>', `kommasepareret: ${ROLES.join(', ')}`)
    .option('--forvaltning <id>', 'forvaltningens id')
    .option('--password <password>', 'adgangskode (mindst 12 tegn); uden den kan brugeren kun bruge API-nøgler')
    .option('--json', 'maskinlæsbart output')
    .action(async (username: string, opts: { name: string; roles: string; forvaltning?: string; password?: string; json?: boolean }) => {
      const input = {
        username,
        displayName: opts.name,
        forvaltningId: opts.forvaltning ?? null,
        roles: opts.roles.split(',').map((r) => r.trim()) as UserView['roles'],
        ...(opts.password ? { password: opts.password } : {}),
      };
      const user = await withBackend(ctx.config(), (b) =>
        b.kind === 'local' ? createUser(b.app.db, b.actor, input) : b.call<UserView>('POST', '/api/admin/users', input),
      );
      output(user, opts, (u: UserView) => `Oprettet: ${u.username} (${u.roles.join(', ')})`);
    });

  users
    .command('list')
    .description('Vis alle brugere')
    .option('--json', 'maskinlæsbart output')
    .action(async (opts: { json?: boolean }) => {
      const list = await withBackend(ctx.config(), (b) =>
        b.kind === 'local' ? listUsers(b.app.db, b.actor) : b.call<UserView[]>('GET', '/api/admin/users'),
      );
      output(list, opts, table);
    });

  users
    .command('disable <username>')
    .description('Deaktivér en bruger; sessioner og API-nøgler ophører straks')
    .option('--json', 'maskinlæsbart output')
    .action(async (username: string, opts: { json?: boolean }) => {
      const user = await withBackend(ctx.config(), (b) =>
        b.kind === 'local' ? disableUser(b.app.db, b.actor, username) : b.call<UserView>('POST', `/api/admin/users/${encodeURIComponent(username)}/disable`),
      );
      output(user, opts, (u: UserView) => `Deaktiveret: ${u.username}`);
    });
}
