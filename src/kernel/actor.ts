import { z } from 'zod';

export const ROLES = ['medarbejder', 'leder', 'ai-koordinator', 'dpo', 'revisor', 'system'] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

/**
 * Who is acting. Every module function that changes or reads governed data takes one,
 * so access checks and the audit trail never have to guess.
 */
export interface Actor {
  kind: 'user' | 'api_token' | 'bootstrap' | 'cli';
  userId: string | null;
  username: string;
  roles: readonly Role[];
  forvaltningId: string | null;
  tokenId: string | null;
  /** A token bound to one use case calls the governed API under that use case only. */
  useCaseId: string | null;
  courseCompleted: boolean;
}

/**
 * The operator at the console of the machine (CLI with the data directory). Whoever can read the data dir
 * can read the database, so the operator holds the administrative roles; every action is still audited.
 */
export const cliOperator: Actor = {
  kind: 'cli',
  userId: null,
  username: 'cli',
  roles: ['ai-koordinator', 'dpo', 'system'],
  forvaltningId: null,
  tokenId: null,
  useCaseId: null,
  courseCompleted: true,
};
