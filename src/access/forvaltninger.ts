import type { Db } from '../db/index.ts';
import { recordAuditEvent } from '../audit/index.ts';
import { type Actor, conflict } from '../kernel/index.ts';
import { requireAbility } from './abilities.ts';
import { NewForvaltning } from './schemas.ts';

export interface Forvaltning {
  id: string;
  name: string;
}

export async function listForvaltninger(db: Db): Promise<Forvaltning[]> {
  return db.selectFrom('forvaltninger').select(['id', 'name']).orderBy('name').execute();
}

export async function createForvaltning(db: Db, actor: Actor, input: unknown): Promise<Forvaltning> {
  requireAbility(actor, 'admin:users');
  const f = NewForvaltning.parse(input);
  return db.transaction().execute(async (trx) => {
    const exists = await trx.selectFrom('forvaltninger').select('id').where('id', '=', f.id).executeTakeFirst();
    if (exists) throw conflict('Forvaltningen findes allerede.');
    await trx.insertInto('forvaltninger').values(f).execute();
    await recordAuditEvent(trx, actor, { action: 'forvaltning.created', targetType: 'forvaltning', targetId: f.id });
    return f;
  });
}
