import { sql } from 'kysely';
import { z } from 'zod';
import { defineRoute } from '../http/route.ts';
import { VERSION } from '../version.ts';

export const healthRoutes = [
  defineRoute({
    method: 'GET',
    url: '/health',
    summary: 'Drift: svarer 200, når serveren og databasen svarer',
    tags: ['drift'],
    auth: 'public',
    response: z.object({ status: z.literal('ok'), version: z.string(), database: z.enum(['pglite', 'postgresql']) }),
    async handler({ app }) {
      await sql`select 1`.execute(app.db);
      return { status: 'ok' as const, version: VERSION, database: app.engine };
    },
  }),
];
