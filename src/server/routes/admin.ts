import { z } from 'zod';
import { createForvaltning, createUser, disableUser, listForvaltninger, listUsers, NewForvaltning, NewUser, updateUser, UserChanges, Username, UserView } from '../../access/index.ts';
import { defineRoute } from '../http/route.ts';

export const adminRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/admin/users',
    summary: 'Alle brugere',
    tags: ['admin'],
    auth: 'admin:users',
    response: z.array(UserView),
    async handler({ app, actor }) {
      return listUsers(app.db, actor);
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/admin/users',
    summary: 'Opret en bruger',
    tags: ['admin'],
    auth: 'admin:users',
    body: NewUser,
    response: UserView,
    async handler({ app, actor, body, reply }) {
      reply.status(201);
      return createUser(app.db, actor, body);
    },
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/admin/users/:username',
    summary: 'Ændr en brugers roller, forvaltning eller navn',
    tags: ['admin'],
    auth: 'admin:users',
    params: z.object({ username: Username }),
    body: UserChanges,
    response: UserView,
    async handler({ app, actor, params, body }) {
      return updateUser(app.db, actor, params.username, body);
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/admin/users/:username/disable',
    summary: 'Deaktivér en bruger (afslutter sessioner og nøgler)',
    tags: ['admin'],
    auth: 'admin:users',
    params: z.object({ username: Username }),
    response: UserView,
    async handler({ app, actor, params }) {
      return disableUser(app.db, actor, params.username);
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/forvaltninger',
    summary: 'Forvaltningerne',
    tags: ['admin'],
    auth: 'authenticated',
    async handler({ app }) {
      return listForvaltninger(app.db);
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/admin/forvaltninger',
    summary: 'Opret en forvaltning',
    tags: ['admin'],
    auth: 'admin:users',
    body: NewForvaltning,
    async handler({ app, actor, body, reply }) {
      reply.status(201);
      return createForvaltning(app.db, actor, body);
    },
  }),
];
