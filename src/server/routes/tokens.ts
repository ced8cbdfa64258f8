import { z } from 'zod';
import { ApiTokenView, createApiToken, listApiTokens, NewApiToken, revokeApiToken } from '../../access/index.ts';
import { defineRoute } from '../http/route.ts';

export const tokenRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/tokens',
    summary: 'API-nøgler (egne; alle for administratorer)',
    tags: ['adgang'],
    auth: 'authenticated',
    response: z.array(ApiTokenView),
    async handler({ app, actor }) {
      return listApiTokens(app.db, actor);
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/tokens',
    summary: 'Opret en API-nøgle; selve nøglen vises kun i dette svar',
    tags: ['adgang'],
    auth: 'authenticated',
    body: NewApiToken,
    response: z.object({ token: z.string(), apiToken: ApiTokenView }),
    async handler({ app, actor, body, reply }) {
      reply.status(201);
      return createApiToken(app.db, actor, body, app.clock);
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/tokens/:id/revoke',
    summary: 'Tilbagekald en API-nøgle',
    tags: ['adgang'],
    auth: 'authenticated',
    params: z.object({ id: z.uuid() }),
    response: ApiTokenView,
    async handler({ app, actor, params }) {
      return revokeApiToken(app.db, actor, params.id, app.clock);
    },
  }),
];
