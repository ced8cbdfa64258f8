import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Db } from '../db/index.ts';
import { AppError, type Clock, deriveKey, newId, notFound, systemClock } from '../kernel/index.ts';
import { PseudonymMapping } from './pseudonym-mapping.ts';
import type { PseudonymSession } from './pseudonym-session.ts';

export const DEFAULT_MAPPING_TTL_MS = 24 * 60 * 60 * 1000;
const KEY_PURPOSE = 'pseudonym-mapping';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function seal(key: Buffer, id: string, plaintext: string): string {
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(Buffer.from(id));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return Buffer.concat([nonce, body, cipher.getAuthTag()]).toString('base64');
}

function open(key: Buffer, id: string, sealed: string): string {
  const raw = Buffer.from(sealed, 'base64');
  const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
  decipher.setAAD(Buffer.from(id));
  decipher.setAuthTag(raw.subarray(raw.length - 16));
  return Buffer.concat([decipher.update(raw.subarray(12, raw.length - 16)), decipher.final()]).toString('utf8');
}

/** Deletes every mapping past its expiry; returns how many. Also run by store and load, so none outlives it for long. */
export async function purgeExpiredPseudonymMappings(db: Db, clock: Clock = systemClock): Promise<number> {
  const result = await db.deleteFrom('privacy_pseudonym_mappings').where('expires_at', '<=', clock.now()).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/**
 * Keeps a session's mapping server-side, encrypted with a key of its own derived from the master secret, so a
 * conversation can be restored in a later request. Returns the id to keep with the conversation.
 */
export async function storePseudonymMapping(
  db: Db,
  masterSecret: Buffer,
  session: PseudonymSession,
  options: { ttlMs?: number; clock?: Clock; id?: string } = {},
): Promise<string> {
  const clock = options.clock ?? systemClock;
  const id = options.id ?? newId();
  if (!UUID.test(id)) throw new AppError('validation_failed', 'Pseudonymnøglens id skal være et UUID.');
  const now = clock.now();
  const sealed = seal(deriveKey(masterSecret, KEY_PURPOSE), id, JSON.stringify(session.toMapping()));
  const expiresAt = new Date(now.getTime() + (options.ttlMs ?? DEFAULT_MAPPING_TTL_MS));
  await purgeExpiredPseudonymMappings(db, clock);
  await db
    .insertInto('privacy_pseudonym_mappings')
    .values({ id, sealed, created_at: now, expires_at: expiresAt })
    .onConflict((oc) => oc.column('id').doUpdateSet({ sealed, expires_at: expiresAt }))
    .execute();
  return id;
}

/** The stored mapping, or not_found when it never existed, has expired (and is then purged) or cannot be decrypted. */
export async function loadPseudonymMapping(db: Db, masterSecret: Buffer, id: string, options: { clock?: Clock } = {}): Promise<PseudonymMapping> {
  const clock = options.clock ?? systemClock;
  if (!UUID.test(id)) throw notFound('Pseudonymnøglen');
  await purgeExpiredPseudonymMappings(db, clock);
  const row = await db.selectFrom('privacy_pseudonym_mappings').select(['sealed', 'expires_at']).where('id', '=', id).executeTakeFirst();
  if (!row || row.expires_at.getTime() <= clock.now().getTime()) throw notFound('Pseudonymnøglen');
  let plaintext: string;
  try {
    plaintext = open(deriveKey(masterSecret, KEY_PURPOSE), id, row.sealed);
  } catch {
    throw notFound('Pseudonymnøglen');
  }
  return PseudonymMapping.parse(JSON.parse(plaintext));
}
