import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { ZodError } from 'zod';
import { AppError } from '../../kernel/index.ts';

export interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}

/** Zod issues reduced to where and what; the offending value is never echoed (it may be personal data). */
export function zodDetails(err: ZodError) {
  return err.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

export function toErrorBody(err: unknown): { status: number; body: ErrorBody } {
  if (err instanceof AppError) {
    return { status: err.status, body: { error: { code: err.code, message: err.message, ...(err.details ? { details: err.details } : {}) } } };
  }
  if (err instanceof ZodError) {
    return { status: 400, body: { error: { code: 'validation_failed', message: 'Forespørgslen er ugyldig.', details: zodDetails(err) } } };
  }
  const fe = err as FastifyError;
  if (fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || fe.statusCode === 413) {
    return { status: 413, body: { error: { code: 'payload_too_large', message: 'Forespørgslen er for stor.' } } };
  }
  if (fe.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || fe.statusCode === 415) {
    return { status: 415, body: { error: { code: 'unsupported_media_type', message: 'Indholdstypen understøttes ikke. Send JSON.' } } };
  }
  if (fe.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || fe.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || err instanceof SyntaxError) {
    return { status: 400, body: { error: { code: 'validation_failed', message: 'Ugyldig JSON i forespørgslen.' } } };
  }
  if (fe.statusCode === 429) {
    return { status: 429, body: { error: { code: 'rate_limited', message: 'For mange forespørgsler. Vent lidt, og prøv igen.' } } };
  }
  if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
    return { status: fe.statusCode, body: { error: { code: 'validation_failed', message: 'Forespørgslen er ugyldig.' } } };
  }
  return { status: 500, body: { error: { code: 'internal', message: 'Der opstod en intern fejl. Prøv igen, eller kontakt support med forespørgslens id.' } } };
}

export function errorHandler(err: unknown, req: FastifyRequest, reply: FastifyReply) {
  const { status, body } = toErrorBody(err);
  // Only the error's class and code are logged: messages of foreign errors may quote input.
  if (status >= 500) req.log.error({ errName: (err as Error)?.name, errCode: (err as FastifyError)?.code, stack: (err as Error)?.stack?.split('\n').slice(1, 6).join('\n') }, 'request failed');
  reply.status(status).send(body);
}
