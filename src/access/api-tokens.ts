import type { Selectable } from 'kysely';
import type { Db } from '../db/index.ts';
import { recordAuditEvent } from '../audit/index.ts';
import { type Actor, type Clock, invalid, newId, newSecret, notFound, sha256Hex, systemClock } from '../kernel/index.ts';
import { can, requireAbility } from './abilities.ts';
import { actorOfUser } from './actor-of-user.ts';
import { forgetTokenActors, rememberTokenActor, rememberedTokenActor } from './token-actors.ts';
import { ApiTokenView, NewApiToken } from './schemas.ts';
import type { AccessTables } from './tables.ts';

/** A token's row without its hash: what a view of it may read. */
type TokenRow = Omit<Selectable<AccessTables['api_tokens']>, 'token_hash'>;

const present = (t: TokenRow): ApiTokenView => ({
  id: t.id,
  name: t.name,
  userId: t.user_id,
  useCaseId: t.use_case_id,
  expiresAt: t.expires_at?.toISOString() ?? null,
  revokedAt: t.revoked_at?.toISOString() ?? null,
  lastUsedAt: t.last_used_at?.toISOString() ?? null,
  createdAt: t.created_at.toISOString(),
});

const COLUMNS = ['id', 'name', 'user_id', 'use_case_id', 'expires_at', 'revoked_at', 'last_used_at', 'created_at'] as const;

/** The clear-text token is returned once and never stored; only its SHA-256 is kept. */
export async function createApiToken(db: Db, actor: Actor, input: NewApiToken, clock: Clock = systemClock): Promise<{ token: string; apiToken: ApiTokenView }> {
  const t = NewApiToken.parse(input);
  const userId = t.userId ?? actor.userId;
  if (!userId) throw invalid('Angiv hvilken bruger nøglen skal høre til (userId).');
  if (userId !== actor.userId) requireAbility(actor, 'admin:tokens');
  const token = newSecret('kai');
  const expiresAt = t.expiresInDays ? new Date(clock.now().getTime() + t.expiresInDays * 86_400_000) : null;
  return db.transaction().execute(async (trx) => {
    const user = await trx.selectFrom('users').select('id').where('id', '=', userId).where('disabled_at', 'is', null).executeTakeFirst();
    if (!user) throw notFound('Brugeren');
    const row = await trx
      .insertInto('api_tokens')
      .values({ id: newId(), token_hash: sha256Hex(token), name: t.name, user_id: userId, use_case_id: t.useCaseId, expires_at: expiresAt, revoked_at: null, last_used_at: null })
      .returning(COLUMNS)
      .executeTakeFirstOrThrow();
    await recordAuditEvent(trx, actor, { action: 'api_token.created', targetType: 'api_token', targetId: row.id, details: { userId, useCaseId: t.useCaseId } });
    return { token, apiToken: present(row) };
  });
}

export async function listApiTokens(db: Db, actor: Actor): Promise<ApiTokenView[]> {
  let q = db.selectFrom('api_tokens').select(COLUMNS).orderBy('created_at', 'desc');
  if (!can(actor, 'admin:tokens')) q = q.where('user_id', '=', actor.userId ?? '00000000-0000-0000-0000-000000000000');
  return (await q.execute()).map(present);
}

export async function revokeApiToken(db: Db, actor: Actor, id: string, clock: Clock = systemClock): Promise<ApiTokenView> {
  const revoked = await db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('api_tokens').select(['id', 'user_id']).where('id', '=', id).executeTakeFirst();
    if (!existing) throw notFound('Nøglen');
    if (existing.user_id !== actor.userId) requireAbility(actor, 'admin:tokens');
    const row = await trx.updateTable('api_tokens').set({ revoked_at: clock.now() }).where('id', '=', id).where('revoked_at', 'is', null).returning(COLUMNS).executeTakeFirst();
    if (!row) throw notFound('En aktiv nøgle med det id');
    await recordAuditEvent(trx, actor, { action: 'api_token.revoked', targetType: 'api_token', targetId: id });
    return present(row);
  });
  forgetTokenActors(db);
  return revoked;
}

/** The actor behind a bearer token, or null; remembered briefly (see TOKEN_ACTOR_TTL_MS for the bound). */
export async function apiTokenActor(db: Db, token: string, clock: Clock = systemClock): Promise<Actor | null> {
  const now = clock.now();
  const tokenHash = sha256Hex(token);
  const remembered = rememberedTokenActor(db, tokenHash, now);
  if (remembered !== undefined) return remembered;
  const row = await db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .select(['api_tokens.id as token_id', 'api_tokens.use_case_id', 'api_tokens.expires_at', 'users.id', 'users.username', 'users.roles', 'users.forvaltning_id', 'users.course_completed_at'])
    .where('api_tokens.token_hash', '=', tokenHash)
    .where('api_tokens.revoked_at', 'is', null)
    .where('users.disabled_at', 'is', null)
    .executeTakeFirst();
  if (!row || (row.expires_at && row.expires_at <= now)) return null;
  // Written when the token is looked up, so "last used" is exact to within TOKEN_ACTOR_TTL_MS.
  await db.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', row.token_id).execute();
  const actor = actorOfUser(row, { kind: 'api_token', tokenId: row.token_id, useCaseId: row.use_case_id });
  rememberTokenActor(db, tokenHash, actor, row.expires_at);
  return actor;
}
