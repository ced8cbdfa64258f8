import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import type { App } from '../app.ts';
import { newId } from '../kernel/index.ts';
import { startChunkEmbedder } from '../knowledge/index.ts';
import { errorHandler } from './http/errors.ts';
import { buildOpenApi } from './http/openapi.ts';
import { registerRoutes, resolveAuth } from './http/register-routes.ts';
import type { RouteSpec } from './http/route.ts';
import { loggerOptions } from './logger.ts';
import { allRoutes } from './routes/index.ts';
import { START_PAGE } from './start-page.ts';
import { VERSION } from './version.ts';

const WEB_DIST = fileURLToPath(new URL('../../web/dist/', import.meta.url));

export interface BuildServerOptions {
  routes?: RouteSpec[];
  logger?: boolean;
  /** Where JSON log lines go (tests capture them to prove no personal data is logged). */
  logStream?: { write(line: string): void };
}

export async function buildServer(app: App, opts: BuildServerOptions = {}): Promise<FastifyInstance> {
  const routes = opts.routes ?? allRoutes;
  const fastify = Fastify({
    logger: opts.logger === false ? false : { ...loggerOptions(app.config), ...(opts.logStream ? { stream: opts.logStream } : {}) },
    bodyLimit: app.config.bodyLimitBytes,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[A-Za-z0-9._-]{1,64}$/.test(given) ? given : newId();
    },
    requestIdHeader: false,
    trustProxy: true,
  });

  fastify.setErrorHandler(errorHandler);
  fastify.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith('/api/') || req.url.startsWith('/v1/') || !['GET', 'HEAD'].includes(req.method)) {
      return reply.status(404).send({ error: { code: 'not_found', message: 'Adressen findes ikke.' } });
    }
    // The UI is a single-page app: unknown page paths get its shell, which routes on the client.
    if (existsSync(WEB_DIST + 'index.html')) return reply.sendFile('index.html');
    return reply.type('text/html; charset=utf-8').send(START_PAGE);
  });

  fastify.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id);
  });

  await fastify.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  await fastify.register(cookie);
  // Uploads are read by the route that accepts them (knowledge documents), with its own size limit.
  await fastify.register(multipart);

  fastify.decorateRequest('auth', null);
  fastify.addHook('onRequest', async (req) => {
    if (req.url.startsWith('/api/') || req.url.startsWith('/v1/')) await resolveAuth(app, req);
  });

  if (app.config.rateLimitPerMinute > 0) {
    // State lives in this process's memory: it guards one instance against a runaway client. It is
    // deliberately not shared through the database, which would cost a write per request.
    await fastify.register(rateLimit, {
      global: false,
      max: app.config.rateLimitPerMinute,
      timeWindow: 60_000,
      hook: 'preHandler',
      keyGenerator: (req) => req.auth?.actor.userId ?? req.auth?.actor.tokenId ?? req.ip,
      errorResponseBuilder: (_req, ctx) => ({
        statusCode: 429,
        error: { code: 'rate_limited', message: `For mange forespørgsler. Prøv igen om ${Math.ceil(ctx.ttl / 1000)} sekunder.` },
      }),
    });
  }

  const openApi = buildOpenApi(routes, VERSION);
  fastify.get('/openapi.json', async () => openApi);

  const rateLimitConfig = app.config.rateLimitPerMinute > 0 ? { max: app.config.rateLimitPerMinute, timeWindow: 60_000 } : undefined;
  registerRoutes(fastify, app, routes, rateLimitConfig);

  // The knowledge bank's embeddings are made in the background of the serving process, for as long as it serves.
  const embedder = startChunkEmbedder(app, { log: fastify.log });
  fastify.addHook('onClose', () => embedder.stop());

  if (existsSync(WEB_DIST)) {
    await fastify.register(fastifyStatic, { root: WEB_DIST, index: ['index.html'], wildcard: false });
  } else {
    fastify.get('/', async (_req, reply) => reply.type('text/html; charset=utf-8').send(START_PAGE));
  }
  return fastify;
}
