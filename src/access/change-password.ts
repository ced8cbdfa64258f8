import type { Db } from '../db/index.ts';
import { recordAuditEvent } from '../audit/index.ts';
import { type Actor, AppError, invalid } from '../kernel/index.ts';
import { hashPassword, verifyPassword } from './password.ts';
import { Password } from './schemas.ts';

/** A user changes their own password; every other session of theirs ends, so a stolen one does too. */
export async function changePassword(db: Db, actor: Actor, input: { currentPassword: string; newPassword: string }, keepSessionHash?: string): Promise<void> {
  if (!actor.userId) throw invalid('Kun personlige brugere har en adgangskode.');
  const newPassword = Password.parse(input.newPassword);
  const user = await db.selectFrom('users').select(['password_hash']).where('id', '=', actor.userId).executeTakeFirstOrThrow();
  if (!user.password_hash || !(await verifyPassword(user.password_hash, input.currentPassword))) {
    throw new AppError('forbidden', 'Den nuværende adgangskode er forkert.');
  }
  const hash = await hashPassword(newPassword);
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ password_hash: hash }).where('id', '=', actor.userId!).execute();
    let ended = trx.deleteFrom('sessions').where('user_id', '=', actor.userId!);
    if (keepSessionHash) ended = ended.where('id_hash', '!=', keepSessionHash);
    await ended.execute();
    await recordAuditEvent(trx, actor, { action: 'user.password_changed', targetType: 'user', targetId: actor.userId! });
  });
}
