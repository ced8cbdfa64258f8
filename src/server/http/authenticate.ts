import type { FastifyRequest } from 'fastify';
import { apiTokenActor, bootstrapActor, matchesBootstrapToken, sessionActor } from '../../access/index.ts';
import type { App } from '../../app.ts';
import { recordAuditEvent } from '../../audit/index.ts';
import { type Actor, AppError, cliOperator } from '../../kernel/index.ts';

export const SESSION_COOKIE = 'kai_session';
export const CSRF_HEADER = 'x-csrf-token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface Authenticated {
  actor: Actor;
  via: 'bearer' | 'cookie';
  csrfToken: string | null;
}

/**
 * Bearer first (API clients and the CLI), then the session cookie (the browser). Cookie-authenticated
 * writes must echo the session's CSRF token in a header, which another site cannot read or set.
 */
export async function authenticate(app: App, req: FastifyRequest): Promise<Authenticated | null> {
  const header = req.headers.authorization;
  if (header) {
    const m = /^Bearer\s+(\S+)$/i.exec(header);
    if (!m) throw new AppError('unauthenticated', 'Ugyldig Authorization-header. Brug "Bearer <nøgle>".');
    const token = m[1]!;
    if (matchesBootstrapToken(app.config.bootstrapToken, token)) {
      await recordAuditEvent(app.db, bootstrapActor, { action: 'bootstrap_token.used', details: { method: req.method, route: req.routeOptions.url ?? 'unknown' } }, app.clock);
      return { actor: bootstrapActor, via: 'bearer', csrfToken: null };
    }
    if (matchesBootstrapToken(app.operatorToken, token)) return { actor: cliOperator, via: 'bearer', csrfToken: null };
    const actor = await apiTokenActor(app.db, token, app.clock);
    if (!actor) throw new AppError('unauthenticated', 'API-nøglen er ugyldig, udløbet eller tilbagekaldt.');
    return { actor, via: 'bearer', csrfToken: null };
  }
  const cookie = req.cookies[SESSION_COOKIE];
  if (!cookie) return null;
  const session = await sessionActor(app.db, cookie, app.clock);
  if (!session) return null;
  if (!SAFE_METHODS.has(req.method) && req.headers[CSRF_HEADER] !== session.csrfToken) {
    throw new AppError('forbidden', 'Manglende eller forkert CSRF-token. Genindlæs siden, og prøv igen.');
  }
  return { actor: session.actor, via: 'cookie', csrfToken: session.csrfToken };
}
