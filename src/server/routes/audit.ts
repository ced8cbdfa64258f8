import { z } from 'zod';
import { listAuditEvents, MIN_RETENTION_DAYS, pruneAuditEvents, recordAuditEvent, verifyAuditChain } from '../../audit/index.ts';
import { notFound, sha256Hex } from '../../kernel/index.ts';
import { defineRoute } from '../http/route.ts';

export const auditRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/audit/verify',
    summary: 'Kontrollér hele revisionssporets hash-kæde',
    tags: ['revision'],
    auth: 'audit:verify',
    response: z.object({ ok: z.boolean(), events: z.number(), firstBadEvent: z.number().nullable() }),
    async handler({ app }) {
      return verifyAuditChain(app.db);
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/audit/events',
    summary: 'Revisionshændelser (oversigt uden detaljer), nyeste først',
    tags: ['revision'],
    auth: 'audit:read-summary',
    query: z.strictObject({
      action: z.string().max(100).optional(),
      targetType: z.string().max(100).optional(),
      beforeSeq: z.coerce.number().int().positive().optional(),
      limit: z.coerce.number().int().min(1).max(500).optional(),
    }),
    async handler({ app, query }) {
      const events = await listAuditEvents(app.db, query);
      return events.map(({ details: _d, ...summary }) => summary);
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/audit/events/:seq/open',
    summary: 'Åbn en hændelses detaljer med skriftlig begrundelse (selv revisionslogget)',
    tags: ['revision'],
    auth: 'audit:read-details',
    params: z.object({ seq: z.coerce.number().int().positive() }),
    body: z.strictObject({ justification: z.string().trim().min(10, 'Skriv en begrundelse på mindst 10 tegn.').max(1000) }),
    async handler({ app, actor, params, body }) {
      const [event] = await listAuditEvents(app.db, { beforeSeq: params.seq + 1, limit: 1 });
      if (!event || event.seq !== params.seq) throw notFound('Hændelsen');
      // The justification is stored only as a hash and length: it is free text and may name people.
      await recordAuditEvent(app.db, actor, {
        action: 'audit.event_opened',
        targetType: 'audit_event',
        targetId: String(event.seq),
        details: { justificationSha256: sha256Hex(body.justification), justificationLength: body.justification.length },
      }, app.clock);
      return event;
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/audit/retention',
    summary: `Slet hændelser ældre end opbevaringsperioden (mindst ${MIN_RETENTION_DAYS} dage); kæden bevares med et kontrolpunkt`,
    tags: ['revision'],
    auth: 'audit:retention',
    body: z.strictObject({ retentionDays: z.number().int().min(MIN_RETENTION_DAYS).max(36_500) }),
    async handler({ app, actor, body }) {
      return pruneAuditEvents(app.db, actor, body.retentionDays, app.clock);
    },
  }),
];
