import type { FastifyInstance, FastifyRequest } from 'fastify';
import { requireAbility } from '../../access/index.ts';
import type { App } from '../../app.ts';
import { type Actor, AppError } from '../../kernel/index.ts';
import { type Authenticated, authenticate } from './authenticate.ts';
import type { RouteSpec } from './route.ts';

declare module 'fastify' {
  interface FastifyRequest {
    auth: Authenticated | null;
  }
}

const anonymous: Actor = {
  kind: 'user',
  userId: null,
  username: 'anonym',
  roles: [],
  forvaltningId: null,
  tokenId: null,
  useCaseId: null,
  courseCompleted: false,
};

export async function resolveAuth(app: App, req: FastifyRequest): Promise<void> {
  req.auth = await authenticate(app, req);
}

/** Registers routes: authentication and abilities first, then zod validation, then the one handler call. */
export function registerRoutes(fastify: FastifyInstance, app: App, routes: RouteSpec[], rateLimit?: { max: number; timeWindow: number }): void {
  for (const spec of routes) {
    fastify.route({
      method: spec.method,
      url: spec.url,
      config: { spec, ...(rateLimit ? { rateLimit } : {}) },
      handler: async (req, reply) => {
        let actor = anonymous;
        if (spec.auth !== 'public') {
          if (!req.auth) throw new AppError('unauthenticated', 'Du skal logge ind.');
          actor = req.auth.actor;
          if (spec.auth !== 'authenticated') requireAbility(actor, spec.auth);
        } else if (req.auth) {
          actor = req.auth.actor;
        }
        const body = spec.body && !spec.multipart ? spec.body.parse(req.body ?? {}) : undefined;
        const query = spec.query ? spec.query.parse(req.query ?? {}) : undefined;
        const params = spec.params ? spec.params.parse(req.params ?? {}) : undefined;
        const result = await spec.handler({ app, actor, body, query, params, req, reply });
        if (reply.sent) return reply;
        return result;
      },
    });
  }
}
