import { z } from 'zod';
import { abilitiesOf, changePassword, getUser, publicCourse, submitCourse } from '../../access/index.ts';
import { sha256Hex } from '../../kernel/index.ts';
import { SESSION_COOKIE } from '../http/authenticate.ts';
import { defineRoute } from '../http/route.ts';

export const meRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/me',
    summary: 'Den indloggede bruger, roller, kursusstatus og hvad brugeren må',
    tags: ['adgang'],
    auth: 'authenticated',
    async handler({ app, actor, req }) {
      const user = actor.userId ? await getUser(app.db, actor.userId) : null;
      return {
        user,
        actor: { kind: actor.kind, username: actor.username, roles: actor.roles, forvaltningId: actor.forvaltningId, useCaseId: actor.useCaseId },
        courseCompleted: user ? user.courseCompletedAt !== null : actor.courseCompleted,
        abilities: abilitiesOf(actor),
        csrfToken: req.auth?.csrfToken ?? null,
      };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/me/password',
    summary: 'Skift egen adgangskode; andre sessioner afsluttes',
    tags: ['adgang'],
    auth: 'authenticated',
    body: z.strictObject({ currentPassword: z.string().min(1).max(256), newPassword: z.string().max(256) }),
    async handler({ app, actor, body, req }) {
      const cookie = req.cookies[SESSION_COOKIE];
      await changePassword(app.db, actor, body, cookie ? sha256Hex(cookie) : undefined);
      return { ok: true };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/course',
    summary: 'Kurset i AI-kompetencer (uden facit)',
    tags: ['adgang'],
    auth: 'authenticated',
    async handler() {
      return publicCourse();
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/course/attempts',
    summary: 'Aflever svar på kursets quiz',
    tags: ['adgang'],
    auth: 'authenticated',
    body: z.strictObject({ answers: z.record(z.string(), z.number().int().min(0).max(10)) }),
    async handler({ app, actor, body }) {
      return submitCourse(app.db, actor, body);
    },
  }),
];
