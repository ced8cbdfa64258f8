import type { Db } from '../db/index.ts';
import { recordAuditEvent } from '../audit/index.ts';
import { type Actor, type Role, conflict, invalid, newId, notFound } from '../kernel/index.ts';
import { requireAbility } from './abilities.ts';
import { hashPassword } from './password.ts';
import { forgetTokenActors } from './token-actors.ts';
import { NewUser, type UserView } from './schemas.ts';

type UserRow = {
  id: string;
  username: string;
  display_name: string;
  forvaltning_id: string | null;
  roles: string[];
  disabled_at: Date | null;
  course_completed_at: Date | null;
  created_at: Date;
};

export const presentUser = (u: UserRow): UserView => ({
  id: u.id,
  username: u.username,
  displayName: u.display_name,
  forvaltningId: u.forvaltning_id,
  roles: u.roles as Role[],
  disabled: u.disabled_at !== null,
  courseCompletedAt: u.course_completed_at?.toISOString() ?? null,
  createdAt: u.created_at.toISOString(),
});

const USER_COLUMNS = ['id', 'username', 'display_name', 'forvaltning_id', 'roles', 'disabled_at', 'course_completed_at', 'created_at'] as const;

export async function createUser(db: Db, actor: Actor, input: NewUser): Promise<UserView> {
  requireAbility(actor, 'admin:users');
  const u = NewUser.parse(input);
  const passwordHash = u.password ? await hashPassword(u.password) : null;
  return db.transaction().execute(async (trx) => {
    if (await trx.selectFrom('users').select('id').where('username', '=', u.username).executeTakeFirst()) {
      throw conflict('Brugernavnet er allerede i brug.');
    }
    if (u.forvaltningId && !(await trx.selectFrom('forvaltninger').select('id').where('id', '=', u.forvaltningId).executeTakeFirst())) {
      throw invalid('Forvaltningen findes ikke.');
    }
    const row = await trx
      .insertInto('users')
      .values({
        id: newId(),
        username: u.username,
        display_name: u.displayName,
        forvaltning_id: u.forvaltningId,
        roles: [...new Set(u.roles)],
        password_hash: passwordHash,
        disabled_at: null,
        course_completed_at: null,
      })
      .returning(USER_COLUMNS)
      .executeTakeFirstOrThrow();
    await recordAuditEvent(trx, actor, {
      action: 'user.created',
      targetType: 'user',
      targetId: row.id,
      details: { roles: row.roles, forvaltningId: row.forvaltning_id },
    });
    return presentUser(row);
  });
}

export async function listUsers(db: Db, actor: Actor): Promise<UserView[]> {
  requireAbility(actor, 'admin:users');
  return (await db.selectFrom('users').select(USER_COLUMNS).orderBy('username').execute()).map(presentUser);
}

export async function getUser(db: Db, id: string): Promise<UserView> {
  const row = await db.selectFrom('users').select(USER_COLUMNS).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Brugeren');
  return presentUser(row);
}

/** Disabling ends every session and token of the user at once; the row stays for the audit trail. */
export async function disableUser(db: Db, actor: Actor, username: string): Promise<UserView> {
  requireAbility(actor, 'admin:users');
  const disabled = await db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable('users')
      .set({ disabled_at: new Date() })
      .where('username', '=', username)
      .where('disabled_at', 'is', null)
      .returning(USER_COLUMNS)
      .executeTakeFirst();
    if (!row) throw notFound('En aktiv bruger med det brugernavn');
    await trx.deleteFrom('sessions').where('user_id', '=', row.id).execute();
    await trx.updateTable('api_tokens').set({ revoked_at: new Date() }).where('user_id', '=', row.id).where('revoked_at', 'is', null).execute();
    await recordAuditEvent(trx, actor, { action: 'user.disabled', targetType: 'user', targetId: row.id });
    return presentUser(row);
  });
  forgetTokenActors(db);
  return disabled;
}
