import { z } from 'zod';
import { MAX_TEXT_LENGTH } from '../../privacy/index.ts';
import {
  buildRegister, changeUseCasePhase, checkRequest, createUseCase, getUseCase, listUseCases, NewUseCase, Phase, PolicyDecision, policyCatalogue,
  presentUseCase, registerHtml, registerJsonSchema, TransparencyRegister, UseCaseId, UseCasePatch, updateUseCase,
} from '../../policy/index.ts';
import { defineRoute } from '../http/route.ts';

const params = z.object({ id: UseCaseId });

export const policyRoutes = [
  defineRoute({
    method: 'POST',
    url: '/api/policy/evaluate',
    summary: 'Hvad siger AI-politikken til en forespørgsel? (som `kommune-ai policy evaluate --json`)',
    tags: ['politik'],
    auth: 'authenticated',
    body: z.strictObject({
      text: z.string().min(1).max(MAX_TEXT_LENGTH, `Teksten må højst være ${MAX_TEXT_LENGTH.toLocaleString('da-DK')} tegn. Del den op.`),
      useCase: UseCaseId.optional(),
    }),
    response: PolicyDecision,
    async handler({ app, actor, body }) {
      return checkRequest(app.db, actor, body, app.clock);
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/policy/catalogue',
    summary: 'Reglerne R01–R25 og kontrollerne C01–C25 med deres kilder',
    tags: ['politik'],
    auth: 'authenticated',
    async handler() {
      return policyCatalogue();
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/policy/use-cases',
    summary: 'Alle anvendelser i registret med beregnet risikoniveau og kontroller',
    tags: ['politik'],
    auth: 'usecases:read',
    async handler({ app }) {
      return (await listUseCases(app.db)).map(presentUseCase);
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/policy/use-cases/:id',
    summary: 'Én anvendelse med risikoniveau, kontroller og det, der mangler til næste fase',
    tags: ['politik'],
    auth: 'usecases:read',
    params,
    async handler({ app, params: p }) {
      return presentUseCase(await getUseCase(app.db, p.id));
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/policy/use-cases',
    summary: 'Registrér en ny anvendelse (starter som idé)',
    tags: ['politik'],
    auth: 'usecases:manage',
    body: NewUseCase,
    async handler({ app, actor, body, reply }) {
      reply.status(201);
      return createUseCase(app.db, actor, body, app.clock);
    },
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/policy/use-cases/:id',
    summary: 'Ret felter på en anvendelse',
    tags: ['politik'],
    auth: 'usecases:manage',
    params,
    body: UseCasePatch,
    async handler({ app, actor, params: p, body }) {
      return updateUseCase(app.db, actor, p.id, body, app.clock);
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/policy/use-cases/:id/phase',
    summary: 'Flyt en anvendelse til en anden fase; afvises med en liste over det, der mangler',
    tags: ['politik'],
    auth: 'usecases:manage',
    params,
    body: z.strictObject({ phase: Phase }),
    async handler({ app, actor, params: p, body }) {
      return changeUseCasePhase(app.db, actor, p.id, body.phase, app.clock);
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/register.json',
    summary: 'Det offentlige register over kommunens brug af AI (kræver ikke login)',
    tags: ['register'],
    auth: 'public',
    response: TransparencyRegister,
    async handler({ app }) {
      return buildRegister(app.db, app.clock);
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/register.schema.json',
    summary: 'JSON-skema for det offentlige register',
    tags: ['register'],
    auth: 'public',
    async handler() {
      return registerJsonSchema();
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/register',
    summary: 'Det offentlige register som side (dansk, kræver ikke login)',
    tags: ['register'],
    auth: 'public',
    async handler({ app, reply }) {
      return reply.type('text/html; charset=utf-8').send(await registerHtml(app.db, app.clock));
    },
  }),
];
