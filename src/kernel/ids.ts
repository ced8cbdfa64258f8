import { randomBytes, randomUUID } from 'node:crypto';

export const newId = (): string => randomUUID();

/** A secret for tokens and sessions: 32 random bytes, URL-safe, with a prefix that tells what it is. */
export const newSecret = (prefix: string): string => `${prefix}_${randomBytes(32).toString('base64url')}`;
