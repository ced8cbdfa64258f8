import { z } from 'zod';
import { abilitiesOf, getUser, login, logout, SESSION_TTL_MS } from '../../access/index.ts';
import { AppError } from '../../kernel/index.ts';
import { SESSION_COOKIE } from '../http/authenticate.ts';
import { defineRoute } from '../http/route.ts';

const cookieOptions = { path: '/', httpOnly: true, sameSite: 'strict', secure: 'auto' } as const;
// The first request after the identity provider's redirect is cross-site; with Strict the browser would not send
// the fresh cookie on the redirect to the front page. Lax still withholds it from cross-site writes.
const callbackCookieOptions = { ...cookieOptions, sameSite: 'lax' } as const;

export const authRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/auth/providers',
    summary: 'Hvilke måder at logge ind på er slået til',
    tags: ['adgang'],
    auth: 'public',
    response: z.object({ password: z.boolean(), oidc: z.boolean() }),
    async handler({ app }) {
      return { password: true, oidc: app.oidc !== undefined };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/auth/oidc/login',
    summary: 'Start log ind via kommunens identitetsudbyder (omdirigerer)',
    tags: ['adgang'],
    auth: 'public',
    async handler({ app, reply }) {
      if (!app.oidc) throw new AppError('not_configured', 'Log ind via kommunens login er ikke sat op.');
      return reply.redirect(await app.oidc.begin(), 302);
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/auth/oidc/callback',
    summary: 'Identitetsudbyderens tilbagekald; sætter sessionscookien og sender brugeren til forsiden',
    tags: ['adgang'],
    auth: 'public',
    async handler({ app, req, reply }) {
      if (!app.oidc) throw new AppError('not_configured', 'Log ind via kommunens login er ikke sat op.');
      const callback = new URL(req.url, app.config.oidc!.redirectUri);
      try {
        const session = await app.oidc.complete(callback);
        reply.setCookie(SESSION_COOKIE, session.cookie, { ...callbackCookieOptions, maxAge: SESSION_TTL_MS / 1000 });
        return reply.redirect('/', 302);
      } catch (err) {
        const code = err instanceof AppError ? err.code : 'internal';
        return reply.redirect(`/?loginfejl=${encodeURIComponent(code)}`, 302);
      }
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/auth/login',
    summary: 'Log ind med brugernavn og adgangskode; sætter sessionscookien',
    tags: ['adgang'],
    auth: 'public',
    body: z.strictObject({ username: z.string().min(1).max(64), password: z.string().min(1).max(256) }),
    async handler({ app, body, reply }) {
      const session = await login(app.db, body.username, body.password, app.clock);
      reply.setCookie(SESSION_COOKIE, session.cookie, { ...cookieOptions, maxAge: SESSION_TTL_MS / 1000 });
      return { user: await getUser(app.db, session.actor.userId!), abilities: abilitiesOf(session.actor), csrfToken: session.csrfToken };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/auth/logout',
    summary: 'Log ud og afslut sessionen',
    tags: ['adgang'],
    auth: 'authenticated',
    async handler({ app, actor, req, reply }) {
      const cookie = req.cookies[SESSION_COOKIE];
      if (cookie) await logout(app.db, actor, cookie);
      reply.clearCookie(SESSION_COOKIE, cookieOptions);
      return { ok: true };
    },
  }),
];
