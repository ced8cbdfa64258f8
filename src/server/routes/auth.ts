import { z } from 'zod';
import { abilitiesOf, getUser, login, logout, SESSION_TTL_MS } from '../../access/index.ts';
import { SESSION_COOKIE } from '../http/authenticate.ts';
import { defineRoute } from '../http/route.ts';

const cookieOptions = { path: '/', httpOnly: true, sameSite: 'strict', secure: 'auto' } as const;

export const authRoutes = [
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
