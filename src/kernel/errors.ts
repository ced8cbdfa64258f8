/**
 * The one error family every module throws. `message` is Danish because it reaches the UI as is;
 * it must never contain personal data (callers pass ids and counts, not the text they were given).
 */
export type ErrorCode =
  | 'validation_failed'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'payload_too_large'
  | 'rate_limited'
  | 'policy_blocked'
  | 'budget_exceeded'
  | 'course_required'
  | 'unsupported_media_type'
  | 'upstream_failed'
  | 'not_configured'
  | 'internal';

const statusByCode: Record<ErrorCode, number> = {
  validation_failed: 400,
  unauthenticated: 401,
  forbidden: 403,
  course_required: 403,
  policy_blocked: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  budget_exceeded: 429,
  internal: 500,
  upstream_failed: 502,
  not_configured: 503,
};

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  /** Extra machine-readable detail for the client (field problems, policy reasons). No personal data. */
  readonly details: unknown;

  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.status = statusByCode[code];
    this.details = details;
  }
}

export const notFound = (what: string) => new AppError('not_found', `${what} findes ikke.`);
export const forbidden = (message = 'Du har ikke adgang til denne handling.') => new AppError('forbidden', message);
export const conflict = (message: string) => new AppError('conflict', message);
export const invalid = (message: string, details?: unknown) => new AppError('validation_failed', message, details);
