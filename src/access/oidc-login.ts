import * as oidc from 'openid-client';
import type { Db } from '../db/index.ts';
import { recordAuditEvent } from '../audit/index.ts';
import { AppError, type Clock, newId, type OidcConfig, ROLES, type Role, cliOperator, systemClock } from '../kernel/index.ts';
import { type Session, startSession } from './sessions.ts';
import { forgetTokenActors } from './token-actors.ts';

const STATE_TTL_MS = 10 * 60 * 1000;

/**
 * Single sign-on with the municipality's identity provider: authorization code flow with PKCE, state and
 * nonce kept in the database (so any instance can finish a login another began). Users are created on first
 * sign-in; roles come from the provider's roles claim, so access is managed where HR manages staff.
 */
export class OidcLogin {
  #configuration: Promise<oidc.Configuration> | undefined;

  constructor(
    private readonly db: Db,
    private readonly settings: OidcConfig,
    private readonly clock: Clock = systemClock,
  ) {}

  async begin(): Promise<string> {
    const config = await this.configuration();
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    const codeVerifier = oidc.randomPKCECodeVerifier();
    const expiresAt = new Date(this.clock.now().getTime() + STATE_TTL_MS);
    await this.db.deleteFrom('oidc_login_states').where('expires_at', '<', this.clock.now()).execute();
    await this.db.insertInto('oidc_login_states').values({ state, code_verifier: codeVerifier, nonce, expires_at: expiresAt }).execute();
    return oidc
      .buildAuthorizationUrl(config, {
        redirect_uri: this.settings.redirectUri,
        scope: 'openid profile email',
        code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
        state,
        nonce,
      })
      .toString();
  }

  async complete(callbackUrl: URL): Promise<Session> {
    const config = await this.configuration();
    const state = callbackUrl.searchParams.get('state') ?? '';
    const pending = await this.db.deleteFrom('oidc_login_states').where('state', '=', state).returningAll().executeTakeFirst();
    if (!pending || pending.expires_at <= this.clock.now()) {
      throw new AppError('unauthenticated', 'Login-forsøget er udløbet eller ukendt. Prøv at logge ind igen.');
    }
    let claims: oidc.IDToken | undefined;
    try {
      const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: pending.code_verifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
      });
      claims = tokens.claims();
    } catch {
      throw new AppError('unauthenticated', 'Log ind via kommunens login mislykkedes. Prøv igen.');
    }
    if (!claims) throw new AppError('unauthenticated', 'Identitetsudbyderen sendte ingen identitet.');
    const user = await this.provision(claims);
    return startSession(this.db, user, 'oidc', this.clock);
  }

  private async provision(claims: oidc.IDToken) {
    const subject = `${claims.iss}|${claims.sub}`;
    const claimed = claims[this.settings.rolesClaim];
    const roles = (Array.isArray(claimed) ? claimed : typeof claimed === 'string' ? [claimed] : []).filter((r): r is Role =>
      (ROLES as readonly string[]).includes(String(r)),
    );
    const forvaltningClaim = claims[this.settings.forvaltningClaim];
    const forvaltningId = typeof forvaltningClaim === 'string'
      ? ((await this.db.selectFrom('forvaltninger').select('id').where('id', '=', forvaltningClaim).executeTakeFirst())?.id ?? null)
      : null;
    const existing = await this.db.selectFrom('users').selectAll().where('oidc_subject', '=', subject).executeTakeFirst();
    if (existing) {
      if (existing.disabled_at) throw new AppError('forbidden', 'Din bruger er deaktiveret. Kontakt kommunens AI-koordinator.');
      // The identity provider is the source of truth for roles and forvaltning on every sign-in.
      const updated = await this.db
        .updateTable('users')
        .set({ roles: roles.length ? roles : existing.roles, forvaltning_id: forvaltningId ?? existing.forvaltning_id })
        .where('id', '=', existing.id)
        .returningAll()
        .executeTakeFirstOrThrow();
      forgetTokenActors(this.db);
      return updated;
    }
    const base = String(claims.preferred_username ?? claims.email ?? claims.sub).toLowerCase().replace(/[^a-z0-9._-]/g, '.').slice(0, 50);
    const taken = await this.db.selectFrom('users').select('id').where('username', '=', base).executeTakeFirst();
    const id = newId();
    return this.db.transaction().execute(async (trx) => {
      const row = await trx
        .insertInto('users')
        .values({
          id,
          username: taken ? `${base}.${id.slice(0, 6)}` : base,
          display_name: String(claims.name ?? base).slice(0, 200),
          forvaltning_id: forvaltningId,
          roles: roles.length ? roles : ['medarbejder'],
          password_hash: null,
          disabled_at: null,
          course_completed_at: null,
          oidc_subject: subject,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await recordAuditEvent(trx, cliOperator, { action: 'user.created', targetType: 'user', targetId: id, details: { roles: row.roles, via: 'oidc' } }, this.clock);
      return row;
    });
  }

  private configuration(): Promise<oidc.Configuration> {
    const issuer = new URL(this.settings.issuer);
    // Plain HTTP only on loopback (a development or test provider); real providers must use HTTPS.
    const loopback = issuer.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(issuer.hostname);
    this.#configuration ??= oidc
      .discovery(issuer, this.settings.clientId, this.settings.clientSecret, undefined, loopback ? { execute: [oidc.allowInsecureRequests] } : undefined)
      .catch((err) => {
        this.#configuration = undefined;
        throw err;
      });
    return this.#configuration.catch(() => {
      throw new AppError('upstream_failed', 'Kommunens login-tjeneste svarer ikke. Prøv igen om lidt.');
    });
  }
}
