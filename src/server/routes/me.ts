import { z } from 'zod';
import { abilitiesOf, getUser, publicCourse, submitCourse } from '../../access/index.ts';
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
