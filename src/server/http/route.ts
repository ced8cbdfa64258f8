import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { Ability } from '../../access/index.ts';
import type { App } from '../../app.ts';
import type { Actor } from '../../kernel/index.ts';

/**
 * How a route is declared: its schemas are the validation, the OpenAPI document and the type of
 * the handler's input in one. `auth` is checked before the handler runs.
 */
export type RouteAuth = 'public' | 'authenticated' | Ability;

export interface RouteContext<B, Q, P> {
  app: App;
  actor: Actor;
  body: B;
  query: Q;
  params: P;
  req: FastifyRequest;
  reply: FastifyReply;
}

export interface RouteSpec<B extends z.ZodType = z.ZodType, Q extends z.ZodType = z.ZodType, P extends z.ZodType = z.ZodType> {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  summary: string;
  tags: string[];
  auth: RouteAuth;
  body?: B;
  query?: Q;
  params?: P;
  response?: z.ZodType;
  /** Raw body handling (multipart uploads): skip JSON body validation. */
  multipart?: boolean;
  handler(ctx: RouteContext<z.output<B>, z.output<Q>, z.output<P>>): Promise<unknown>;
}

export const defineRoute = <B extends z.ZodType, Q extends z.ZodType, P extends z.ZodType>(spec: RouteSpec<B, Q, P>): RouteSpec =>
  spec as unknown as RouteSpec;
