import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startFakeOidcProvider, type FakeOidcProvider } from '../support/fake-oidc-provider.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

let provider: FakeOidcProvider;
let server: TestServer;

before(async () => {
  provider = await startFakeOidcProvider();
  // The redirect URI must point at the test server, whose port is known only once it listens; a fixed
  // placeholder host is rewritten below, since the callback path is all the server reads.
  server = await startTestServer({
    env: {
      KAI_OIDC_ISSUER: provider.issuer,
      KAI_OIDC_CLIENT_ID: provider.clientId,
      KAI_OIDC_CLIENT_SECRET: provider.clientSecret,
      KAI_OIDC_REDIRECT_URI: 'http://kommune-ai.test/api/auth/oidc/callback',
    },
  });
  await server.createForvaltning('social', 'Social- og Sundhedsforvaltningen');
});
after(async () => {
  await server?.close();
  await provider?.close();
});

/** Follows the browser's redirects by hand: our login → provider → our callback → front page. */
async function signIn(): Promise<{ cookie: string | null; finalLocation: string }> {
  const start = await fetch(`${server.url}/api/auth/oidc/login`, { redirect: 'manual' });
  assert.equal(start.status, 302);
  const authorize = new URL(start.headers.get('location')!);
  assert.equal(authorize.origin, provider.issuer);
  assert.equal(authorize.searchParams.get('code_challenge_method'), 'S256');
  const atProvider = await fetch(authorize, { redirect: 'manual' });
  const callback = new URL(atProvider.headers.get('location')!);
  const back = await fetch(`${server.url}${callback.pathname}${callback.search}`, { redirect: 'manual' });
  assert.equal(back.status, 302);
  const cookie = back.headers.get('set-cookie')?.split(';')[0] ?? null;
  return { cookie, finalLocation: back.headers.get('location')! };
}

test('the login screen can tell that single sign-on is available', async () => {
  const res = await server.request('GET', '/api/auth/providers', { token: null });
  assert.deepEqual(res.body, { password: true, oidc: true });
});

test('signing in through the identity provider creates the user with the roles it asserts', async () => {
  provider.signInAs({ sub: 'abc-123', preferred_username: 'Mette.Holm@kommune.dk', name: 'Mette Holm', roles: ['medarbejder', 'leder', 'konge'], forvaltning: 'social' });
  const { cookie, finalLocation } = await signIn();
  assert.equal(finalLocation, '/');
  assert.ok(cookie?.startsWith('kai_session='));
  const me = await server.request('GET', '/api/me', { token: null, headers: { cookie: cookie! } });
  assert.equal(me.status, 200);
  assert.equal(me.body.user.username, 'mette.holm.kommune.dk');
  assert.deepEqual(me.body.user.roles, ['medarbejder', 'leder'], 'unknown roles are ignored');
  assert.equal(me.body.user.forvaltningId, 'social');

  // The provider is the source of truth: a later sign-in with fewer roles takes the extra role away.
  provider.signInAs({ sub: 'abc-123', preferred_username: 'Mette.Holm@kommune.dk', name: 'Mette Holm', roles: ['medarbejder'] });
  const again = await signIn();
  const me2 = await server.request('GET', '/api/me', { token: null, headers: { cookie: again.cookie! } });
  assert.equal(me2.body.user.id, me.body.user.id);
  assert.deepEqual(me2.body.user.roles, ['medarbejder']);
});

test('a replayed or unknown callback is refused without a session', async () => {
  const res = await fetch(`${server.url}/api/auth/oidc/callback?code=forged&state=unknown`, { redirect: 'manual' });
  assert.equal(res.status, 302);
  assert.match(res.headers.get('location')!, /loginfejl=unauthenticated/);
  assert.equal(res.headers.get('set-cookie'), null);
});

test('without configuration the SSO routes say so', async () => {
  const plain = await startTestServer({ seed: false });
  try {
    assert.deepEqual((await plain.request('GET', '/api/auth/providers', { token: null })).body, { password: true, oidc: false });
    const res = await plain.request('GET', '/api/auth/oidc/login', { token: null });
    assert.equal(res.status, 503);
  } finally {
    await plain.close();
  }
});
