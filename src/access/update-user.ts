import type { Db } from '../db/index.ts';
import { recordAuditEvent } from '../audit/index.ts';
import { type Actor, invalid, notFound } from '../kernel/index.ts';
import { requireAbility } from './abilities.ts';
import { UserChanges, type UserView } from './schemas.ts';
import { forgetTokenActors } from './token-actors.ts';
import { presentUser } from './users.ts';

/** Roles and forvaltning change together with an audit event that records the before and after roles. */
export async function updateUser(db: Db, actor: Actor, username: string, input: unknown): Promise<UserView> {
  requireAbility(actor, 'admin:users');
  const changes = UserChanges.parse(input);
  const updated = await db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom('users').select(['id', 'roles']).where('username', '=', username).executeTakeFirst();
    if (!before) throw notFound('Brugeren');
    if (changes.forvaltningId && !(await trx.selectFrom('forvaltninger').select('id').where('id', '=', changes.forvaltningId).executeTakeFirst())) {
      throw invalid('Forvaltningen findes ikke.');
    }
    const row = await trx
      .updateTable('users')
      .set({
        ...(changes.roles ? { roles: [...new Set(changes.roles)] } : {}),
        ...(changes.forvaltningId !== undefined ? { forvaltning_id: changes.forvaltningId } : {}),
        ...(changes.displayName ? { display_name: changes.displayName } : {}),
      })
      .where('id', '=', before.id)
      .returning(['id', 'username', 'display_name', 'forvaltning_id', 'roles', 'disabled_at', 'course_completed_at', 'created_at'])
      .executeTakeFirstOrThrow();
    await recordAuditEvent(trx, actor, {
      action: 'user.updated',
      targetType: 'user',
      targetId: row.id,
      details: { rolesBefore: before.roles, rolesAfter: row.roles, forvaltningId: row.forvaltning_id },
    });
    return presentUser(row);
  });
  forgetTokenActors(db);
  return updated;
}
