import { z } from 'zod';
import { MAX_TEXT_LENGTH, pseudonymiseForActor, RedactResult } from '../../privacy/index.ts';
import { defineRoute } from '../http/route.ts';

export const privacyRoutes = [
  defineRoute({
    method: 'POST',
    url: '/api/privacy/pseudonymise',
    summary: 'Find personoplysninger og erstat dem med pladsholdere (som `kommune-ai redact --json`)',
    tags: ['databeskyttelse'],
    auth: 'privacy:redact',
    body: z.strictObject({
      text: z.string().max(MAX_TEXT_LENGTH, `Teksten må højst være ${MAX_TEXT_LENGTH.toLocaleString('da-DK')} tegn. Del den op.`),
    }),
    response: RedactResult,
    async handler({ app, actor, body }) {
      return pseudonymiseForActor(app.db, actor, body.text, app.clock);
    },
  }),
];
