import type { Db } from '../db/index.ts';
import type { Actor } from '../kernel/index.ts';

/**
 * How long an API token's actor is trusted without asking the database. A line-of-business system calling
 * many times a second then costs one token lookup a second instead of one per request. On the instance
 * that revokes a token, disables a user or changes roles, forvaltning or course status, the change applies
 * at once (everything remembered is forgotten after the commit); another instance sharing the database
 * may go on accepting the old actor for at most this long.
 */
export const TOKEN_ACTOR_TTL_MS = 1_000;

// Only valid tokens are remembered, each for a second; the cap bounds memory under many distinct tokens.
const MAX_REMEMBERED = 10_000;

interface Remembered {
  actor: Actor;
  expiresAt: Date | null;
  until: number;
}

const byDb = new WeakMap<Db, Map<string, Remembered>>();

export function rememberedTokenActor(db: Db, tokenHash: string, now: Date): Actor | null | undefined {
  const hit = byDb.get(db)?.get(tokenHash);
  if (!hit || hit.until <= Date.now()) return undefined;
  return hit.expiresAt && hit.expiresAt <= now ? null : hit.actor;
}

export function rememberTokenActor(db: Db, tokenHash: string, actor: Actor, expiresAt: Date | null): void {
  let remembered = byDb.get(db);
  if (!remembered) byDb.set(db, (remembered = new Map()));
  if (remembered.size >= MAX_REMEMBERED) remembered.clear();
  remembered.set(tokenHash, { actor, expiresAt, until: Date.now() + TOKEN_ACTOR_TTL_MS });
}

/** After any committed change to what a token or its user may do. */
export function forgetTokenActors(db: Db): void {
  byDb.get(db)?.clear();
}
