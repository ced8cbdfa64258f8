import type { Db } from '../db/index.ts';
import { recordAuditEvent } from '../audit/index.ts';
import { type Actor, type Clock, AppError, newSecret, sha256Hex, systemClock } from '../kernel/index.ts';
import { actorOfUser } from './actor-of-user.ts';
import { hashPassword, verifyPassword } from './password.ts';

export const SESSION_TTL_MS = 8 * 60 * 60 * 1000;

// Verifying against a real hash when the user is unknown keeps the response time the same,
// so timing does not tell which usernames exist.
let dummyHash: Promise<string> | undefined;
const dummy = () => (dummyHash ??= hashPassword('ikke-en-rigtig-adgangskode'));

export interface Session {
  cookie: string;
  csrfToken: string;
  expiresAt: Date;
  actor: Actor;
}

export async function login(db: Db, username: string, password: string, clock: Clock = systemClock): Promise<Session> {
  const user = await db
    .selectFrom('users')
    .selectAll()
    .where('username', '=', username.toLowerCase())
    .executeTakeFirst();
  const ok = await verifyPassword(user?.password_hash ?? (await dummy()), password);
  if (!user || !ok || user.disabled_at || !user.password_hash) {
    throw new AppError('unauthenticated', 'Forkert brugernavn eller adgangskode.');
  }
  return startSession(db, user, 'password', clock);
}

type SessionUser = Parameters<typeof actorOfUser>[0];

/** A new browser session: the cookie value goes to the browser once; the database keeps its hash. */
export async function startSession(db: Db, user: SessionUser, method: 'password' | 'oidc', clock: Clock = systemClock): Promise<Session> {
  const cookie = newSecret('kais');
  const csrfToken = newSecret('csrf');
  const expiresAt = new Date(clock.now().getTime() + SESSION_TTL_MS);
  const actor = actorOfUser(user, { kind: 'user' });
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('sessions').values({ id_hash: sha256Hex(cookie), user_id: user.id, csrf_token: csrfToken, expires_at: expiresAt }).execute();
    await recordAuditEvent(trx, actor, { action: 'session.login', targetType: 'user', targetId: user.id, details: { method } });
  });
  return { cookie, csrfToken, expiresAt, actor };
}

export async function sessionActor(db: Db, cookie: string, clock: Clock = systemClock): Promise<{ actor: Actor; csrfToken: string } | null> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['users.id', 'users.username', 'users.roles', 'users.forvaltning_id', 'users.course_completed_at', 'sessions.csrf_token'])
    .where('sessions.id_hash', '=', sha256Hex(cookie))
    .where('sessions.expires_at', '>', clock.now())
    .where('users.disabled_at', 'is', null)
    .executeTakeFirst();
  if (!row) return null;
  return { actor: actorOfUser(row, { kind: 'user' }), csrfToken: row.csrf_token };
}

export async function logout(db: Db, actor: Actor, cookie: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('sessions').where('id_hash', '=', sha256Hex(cookie)).execute();
    await recordAuditEvent(trx, actor, { action: 'session.logout', targetType: 'user', targetId: actor.userId ?? undefined });
  });
}
