import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { runCli } from '../support/run-cli.ts';
import { startServerProcess } from '../support/server-process.ts';

// These tests exercise the embedded database across processes; on PostgreSQL the CLI opens its own connection.
const dataDir = mkdtempSync(join(tmpdir(), 'kai-cli-'));
const env = { KAI_DATA_DIR: dataDir, KAI_DATABASE_URL: '' };
after(() => rmSync(dataDir, { recursive: true, force: true }));

test('CLI works on the data dir directly, then through a running server, and data survives a restart', async () => {
  const created = await runCli(['users', 'create', 'sagsbehandler1', '--name', 'Sagsbehandler', '--roles', 'medarbejder', '--password', 'en-meget-lang-kode', '--json'], { env });
  assert.equal(created.code, 0, created.stderr);
  assert.equal(created.json.username, 'sagsbehandler1');
  assert.ok(!existsSync(join(dataDir, 'server.json')));

  const server = await startServerProcess(env);
  try {
    assert.ok(existsSync(join(dataDir, 'server.json')), 'the server publishes its address for the CLI');
    // With the server holding the embedded database, the CLI goes through its API.
    const token = await runCli(['tokens', 'create', '--user', 'sagsbehandler1', '--name', 'fagsystem', '--json'], { env });
    assert.equal(token.code, 0, token.stderr);
    assert.match(token.json.token, /^kai_/);
    const me = await fetch(new URL('/api/me', server.url), { headers: { authorization: `Bearer ${token.json.token}` } });
    assert.equal(me.status, 200);

    const list = await runCli(['users', 'list', '--json'], { env });
    assert.deepEqual(list.json.map((u: { username: string }) => u.username).sort(), ['sagsbehandler1']);

    const verify = await runCli(['audit', 'verify', '--json'], { env });
    assert.equal(verify.json.ok, true);
    assert.ok(verify.json.events >= 2);
  } finally {
    await server.stop();
  }
  assert.ok(!existsSync(join(dataDir, 'server.json')), 'a stopped server removes its address file');

  const again = await startServerProcess(env);
  try {
    const res = await fetch(new URL('/api/auth/login', again.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'sagsbehandler1', password: 'en-meget-lang-kode' }),
    });
    assert.equal(res.status, 200, 'the user survived the restart');
  } finally {
    await again.stop();
  }
  const secret = readFileSync(join(dataDir, 'secret.key'), 'utf8');
  assert.ok(secret.length > 40);
  assert.equal(statSync(join(dataDir, 'secret.key')).mode & 0o777, 0o600, 'the generated key is readable by the owner only');
});

test('CLI errors are clear and machine-readable with --json', async () => {
  const bad = await runCli(['users', 'create', 'X Y', '--name', 'n', '--roles', 'medarbejder', '--json'], { env });
  assert.equal(bad.code, 1);
  assert.equal(bad.json.error.code, 'validation_failed');
  const unknown = await runCli(['tokens', 'revoke', '00000000-0000-4000-8000-000000000000', '--json'], { env });
  assert.equal(unknown.code, 1);
  assert.equal(unknown.json.error.code, 'not_found');
});
