import { randomBytes } from 'node:crypto';
import type { Db } from '../db/index.ts';
import { recordAuditEvent } from '../audit/index.ts';
import { cliOperator, newId } from '../kernel/index.ts';
import { hashPassword } from './password.ts';

/**
 * On a fresh installation nobody can log in yet. The first start creates the AI coordinator `admin`
 * with a random password, which the caller shows once and stores only in the owner-readable data dir.
 */
export async function ensureInitialAdmin(db: Db): Promise<{ username: string; password: string } | null> {
  const any = await db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  if (any) return null;
  const password = randomBytes(12).toString('base64url');
  const id = newId();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('users')
      .values({ id, username: 'admin', display_name: 'AI-koordinator (første bruger)', forvaltning_id: null, roles: ['ai-koordinator'], password_hash: await hashPassword(password), disabled_at: null, course_completed_at: null })
      .execute();
    await recordAuditEvent(trx, cliOperator, { action: 'user.created', targetType: 'user', targetId: id, details: { roles: ['ai-koordinator'], initialAdmin: true } });
  });
  return { username: 'admin', password };
}
