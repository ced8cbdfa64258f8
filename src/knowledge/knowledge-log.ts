import { AppError } from '../kernel/index.ts';

/** Where the knowledge bank reports background trouble; pino's logger fits. Codes and ids only, never text. */
export interface KnowledgeLog {
  warn(details: object, message: string): void;
}

/** What a log line may say of an error: its code, never its message, which may quote the text. */
export const logCode = (err: unknown): string => (err instanceof AppError ? err.code : 'error');
