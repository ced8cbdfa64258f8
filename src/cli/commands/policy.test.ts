import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { runCli } from '../../../test/support/run-cli.ts';
import { startTestServer, type TestServer } from '../../../test/support/test-server.ts';

let s: TestServer;
before(async () => {
  s = await startTestServer();
});
after(async () => {
  await s?.close();
});

const offline = { KAI_DATA_DIR: '/nonexistent-kai-dir', KAI_URL: '', KAI_DATABASE_URL: '' };

test('policy evaluate --json answers the contract and the same JSON as POST /api/policy/evaluate', async () => {
  {
    const text = 'Afgør om Hans Jensen (CPR 010170-1234) er berettiget til hjælp til enkeltudgifter.';
    const cli = await runCli(['policy', 'evaluate', '--json'], { stdin: JSON.stringify({ text }), env: offline });
    assert.equal(cli.code, 0, cli.stderr);
    for (const key of ['decision', 'tier', 'reasons', 'controls']) assert.ok(key in cli.json, key);
    for (const r of cli.json.reasons) assert.deepEqual(Object.keys(r).filter((k) => ['rule', 'message', 'source'].includes(k)).sort(), ['message', 'rule', 'source']);
    const api = await s.request('POST', '/api/policy/evaluate', { body: { text } });
    assert.deepEqual(cli.json, api.body);
  }
});

test('policy evaluate takes plain text too, and prints a readable verdict without --json', async () => {
  const r = await runCli(['policy', 'evaluate'], { stdin: 'Ranger ansøgerne til stillingen ud fra deres CV.', env: offline });
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^BLOCK \(T4\)/);
  assert.match(r.stdout, /Gør i stedet:/);
});

test('policy evaluate with a use case goes to the server; use-cases lists the register', async () => {
  const env = { KAI_URL: s.url, KAI_TOKEN: s.bootstrapToken, KAI_DATA_DIR: '/nonexistent-kai-dir' };
  const r = await runCli(['policy', 'evaluate', '--json', '--use-case', 'borgerchat'], { stdin: JSON.stringify({ text: 'Hvornår har genbrugspladsen åbent?' }), env });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.json.decision, 'ALLOW_WITH_CONTROLS');
  assert.equal(r.json.useCaseId, 'borgerchat');
  assert.ok(r.json.controls.includes('C02'));
  const list = await runCli(['policy', 'use-cases', '--json'], { env });
  assert.ok(list.json.some((u: { id: string; assessment: { tier: string } }) => u.id === 'generel-intern-assistance' && u.assessment.tier === 'T3'));
});
