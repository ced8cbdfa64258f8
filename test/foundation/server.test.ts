import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { can } from '../../src/access/index.ts';
import { type Actor } from '../../src/kernel/index.ts';
import { allRoutes } from '../../src/server/index.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

let server: TestServer;

before(async () => {
  server = await startTestServer();
});
after(async () => server?.close());

const concretePath = (url: string) => url.replace(/:([A-Za-z0-9_]+)/g, (_m, name) => (name === 'seq' ? '1' : name === 'id' ? '00000000-0000-4000-8000-000000000000' : 'x'));
const countRows = async (table: 'users' | 'audit_events') =>
  Number((await server.app.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

test('GET /health answers 200 without credentials', async () => {
  const res = await server.request('GET', '/health', { token: null });
  assert.equal(res.status, 200);
  assert.equal(res.body.status, 'ok');
  assert.ok(res.headers.get('x-request-id'));
  assert.ok(res.headers.get('content-security-policy'), 'security headers are set');
  assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
});

test('every non-public /api and /v1 route answers 401 without credentials', async () => {
  const guarded = allRoutes.filter((r) => r.auth !== 'public');
  assert.ok(guarded.length >= 10);
  for (const r of guarded) {
    const res = await server.request(r.method, concretePath(r.url), { token: null, ...(r.method === 'GET' ? {} : { body: {} }) });
    assert.equal(res.status, 401, `${r.method} ${r.url} answered ${res.status}`);
    assert.equal(res.body.error.code, 'unauthenticated');
  }
  const publicApi = allRoutes.filter((r) => r.auth === 'public' && r.url.startsWith('/api/')).map((r) => `${r.method} ${r.url}`);
  assert.deepEqual(publicApi.filter((r) => !r.includes('/api/auth/')), [], 'only signing in is public under /api');
});

test('a medarbejder gets 403 on every route needing an ability they lack', async () => {
  const user = await server.createUser({ roles: ['medarbejder'] });
  const medarbejder: Actor = { kind: 'user', userId: user.id, username: user.username, roles: ['medarbejder'], forvaltningId: null, tokenId: null, useCaseId: null, courseCompleted: true };
  const adminOnly = allRoutes.filter((r) => r.auth !== 'public' && r.auth !== 'authenticated' && !can(medarbejder, r.auth));
  assert.ok(adminOnly.some((r) => r.url.startsWith('/api/admin/')));
  for (const r of adminOnly) {
    const res = await server.request(r.method, concretePath(r.url), { token: user.token, ...(r.method === 'GET' ? {} : { body: {} }) });
    assert.equal(res.status, 403, `${r.method} ${r.url} answered ${res.status}`);
  }
});

test('bad input answers a 4xx JSON error and writes nothing', async () => {
  const users = await countRows('users');
  const events = await countRows('audit_events');
  const good = { username: 'ny-bruger', displayName: 'Ny', roles: ['medarbejder'], password: 'en-lang-adgangskode' };
  const cases: { name: string; opts: Parameters<TestServer['request']>[2]; status: number }[] = [
    { name: 'malformed JSON', opts: { rawBody: '{"username": ', headers: { 'content-type': 'application/json' } }, status: 400 },
    { name: 'unknown field', opts: { body: { ...good, isAdmin: true } }, status: 400 },
    { name: 'wrong type', opts: { body: { ...good, roles: 'medarbejder' } }, status: 400 },
    { name: 'unknown role', opts: { body: { ...good, roles: ['konge'] } }, status: 400 },
    { name: 'oversized body', opts: { rawBody: JSON.stringify({ ...good, displayName: 'x'.repeat(3 * 1024 * 1024) }), headers: { 'content-type': 'application/json' } }, status: 413 },
    { name: 'not JSON', opts: { rawBody: 'username=x', headers: { 'content-type': 'application/x-www-form-urlencoded' } }, status: 415 },
  ];
  for (const c of cases) {
    const res = await server.request('POST', '/api/admin/users', c.opts);
    assert.equal(res.status, c.status, c.name);
    assert.equal(typeof res.body.error.code, 'string', c.name);
    assert.equal(typeof res.body.error.message, 'string', c.name);
  }
  assert.equal(await countRows('users'), users);
  assert.equal(await countRows('audit_events'), events + cases.length, 'only the bootstrap-token use itself is audited');
});

test('login sets an HttpOnly SameSite cookie; cookie writes need the CSRF token', async () => {
  const user = await server.createUser({ roles: ['medarbejder'] });
  const login = await server.request('POST', '/api/auth/login', { token: null, body: { username: user.username, password: user.password } });
  assert.equal(login.status, 200);
  const setCookie = login.headers.get('set-cookie') ?? '';
  assert.match(setCookie, /kai_session=/);
  assert.match(setCookie, /HttpOnly/i);
  assert.match(setCookie, /SameSite=Strict/i);
  const cookie = setCookie.split(';')[0]!;

  const me = await server.request('GET', '/api/me', { token: null, headers: { cookie } });
  assert.equal(me.status, 200);
  assert.equal(me.body.user.username, user.username);
  assert.ok(me.body.abilities.includes('tasks:run'));
  assert.ok(!me.body.abilities.includes('admin:users'));

  const noCsrf = await server.request('POST', '/api/tokens', { token: null, headers: { cookie }, body: { name: 'min nøgle' } });
  assert.equal(noCsrf.status, 403);
  const withCsrf = await server.request('POST', '/api/tokens', { token: null, headers: { cookie, 'x-csrf-token': login.body.csrfToken }, body: { name: 'min nøgle' } });
  assert.equal(withCsrf.status, 201);

  const wrong = await server.request('POST', '/api/auth/login', { token: null, body: { username: user.username, password: 'forkert-forkert' } });
  assert.equal(wrong.status, 401);
  assert.equal(wrong.body.error.message, 'Forkert brugernavn eller adgangskode.');
});

test('API tokens are shown once, stored hashed, revocable and expire', async () => {
  const user = await server.createUser({ roles: ['medarbejder'] });
  const created = await server.request('POST', '/api/tokens', { token: user.token, body: { name: 'fagsystem', expiresInDays: 1 } });
  assert.equal(created.status, 201);
  const token: string = created.body.token;
  const stored = await server.app.db.selectFrom('api_tokens').selectAll().where('id', '=', created.body.apiToken.id).executeTakeFirstOrThrow();
  assert.notEqual(stored.token_hash, token);
  assert.ok(!JSON.stringify(stored).includes(token));
  assert.equal((await server.request('GET', '/api/me', { token })).status, 200);

  assert.equal((await server.request('POST', `/api/tokens/${created.body.apiToken.id}/revoke`, { token: user.token })).status, 200);
  assert.equal((await server.request('GET', '/api/me', { token })).status, 401);

  await server.app.db.updateTable('api_tokens').set({ expires_at: new Date(Date.now() - 1000) }).where('user_id', '=', user.id).execute();
  assert.equal((await server.request('GET', '/api/me', { token: user.token })).status, 401, 'an expired token is refused');
});

test('disabling a user ends their tokens at once', async () => {
  const user = await server.createUser({ roles: ['medarbejder'] });
  assert.equal((await server.request('POST', `/api/admin/users/${user.username}/disable`)).status, 200);
  assert.equal((await server.request('GET', '/api/me', { token: user.token })).status, 401);
});

test('the AI-literacy course is passed with enough correct answers', async () => {
  const user = await server.createUser({ roles: ['medarbejder'], courseCompleted: false });
  const course = await server.request('GET', '/api/course', { token: user.token });
  assert.equal(course.status, 200);
  assert.ok(course.body.questions.every((q: object) => !('correct' in q)), 'the answer key is not sent');
  const failed = await server.request('POST', '/api/course/attempts', { token: user.token, body: { answers: {} } });
  assert.equal(failed.body.passed, false);
  const { COURSE } = await import('../../src/access/index.ts');
  const answers = Object.fromEntries(COURSE.questions.map((q) => [q.id, q.correct]));
  const passed = await server.request('POST', '/api/course/attempts', { token: user.token, body: { answers } });
  assert.equal(passed.body.passed, true);
  assert.ok((await server.request('GET', '/api/me', { token: user.token })).body.courseCompleted);
});

test('openapi.json documents the routes from their schemas', async () => {
  const res = await server.request('GET', '/openapi.json', { token: null });
  assert.equal(res.status, 200);
  assert.equal(res.body.openapi, '3.1.0');
  const create = res.body.paths['/api/admin/users'].post;
  assert.ok(create.requestBody.content['application/json'].schema.properties.username);
  assert.equal(create['x-required-ability'], 'admin:users');
});

test('the start page renders in Danish', async () => {
  const res = await server.request('GET', '/', { token: null });
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type') ?? '', /text\/html/);
  assert.match(res.text, /lang="da"/);
});

test('names, passwords and tokens stay out of logs and the audit trail', async () => {
  const secretName = 'Karen Margrethe Sørensen-Bech';
  const res = await server.request('POST', '/api/admin/users', {
    body: { username: 'ksb', displayName: secretName, roles: ['medarbejder'], password: 'hemmelig-adgangskode-42' },
  });
  assert.equal(res.status, 201);
  await server.request('GET', `/api/audit/events?action=${encodeURIComponent(secretName)}`);
  const audit = JSON.stringify(await server.app.db.selectFrom('audit_events').selectAll().execute());
  const logs = server.logs.join('');
  for (const needle of [secretName, 'Sørensen', 'hemmelig-adgangskode-42', server.bootstrapToken]) {
    assert.ok(!audit.includes(needle), `audit holds ${needle}`);
    assert.ok(!logs.includes(needle), `logs hold ${needle}`);
  }
  assert.ok(logs.includes('/api/admin/users'), 'requests are logged');
});

test('rate limiting answers 429 per user when configured', async () => {
  const limited = await startTestServer({ env: { KAI_RATE_LIMIT_PER_MINUTE: '3' }, seed: false });
  try {
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await limited.request('GET', '/api/me')).status);
    assert.deepEqual(statuses, [200, 200, 200, 429, 429]);
    const res = await limited.request('GET', '/api/me');
    assert.equal(res.body.error.code, 'rate_limited');
  } finally {
    await limited.close();
  }
});

test('a user changes their own password; the old one stops working', async () => {
  const user = await server.createUser({ roles: ['medarbejder'] });
  const weak = await server.request('POST', '/api/me/password', { token: user.token, body: { currentPassword: user.password, newPassword: 'kort' } });
  assert.equal(weak.status, 400);
  const wrong = await server.request('POST', '/api/me/password', { token: user.token, body: { currentPassword: 'ikke-den-rigtige', newPassword: 'en-helt-ny-adgangskode' } });
  assert.equal(wrong.status, 403);
  const ok = await server.request('POST', '/api/me/password', { token: user.token, body: { currentPassword: user.password, newPassword: 'en-helt-ny-adgangskode' } });
  assert.equal(ok.status, 200);
  const old = await server.request('POST', '/api/auth/login', { token: null, body: { username: user.username, password: user.password } });
  assert.equal(old.status, 401);
  const fresh = await server.request('POST', '/api/auth/login', { token: null, body: { username: user.username, password: 'en-helt-ny-adgangskode' } });
  assert.equal(fresh.status, 200);
});

test('an administrator changes a user\'s roles and forvaltning', async () => {
  const user = await server.createUser({ roles: ['medarbejder'] });
  await server.createForvaltning('borgerservice', 'Borgerservice');
  const res = await server.request('PATCH', `/api/admin/users/${user.username}`, { body: { roles: ['medarbejder', 'leder'], forvaltningId: 'borgerservice' } });
  assert.equal(res.status, 200);
  assert.deepEqual(res.body.roles, ['medarbejder', 'leder']);
  const me = await server.request('GET', '/api/me', { token: user.token });
  assert.ok(me.body.abilities.includes('usage:read-own'));
  const missing = await server.request('PATCH', `/api/admin/users/${user.username}`, { body: { forvaltningId: 'findes-ikke' } });
  assert.equal(missing.status, 400);
});
