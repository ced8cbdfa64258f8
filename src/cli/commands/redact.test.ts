import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../../bin/kommune-ai.js', import.meta.url));
const run = (args: string[], input: string) => spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', env: { ...process.env, KAI_DATA_DIR: '/nonexistent-kai-dir' } });

test('kommune-ai redact --json prints the contract JSON with offsets into stdin', () => {
  const input = 'Kære Jens Hansen, ring på 20 12 34 56. CPR 010190-1234. Hun er sygemeldt.';
  const r = run(['redact', '--json'], input);
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.deepEqual(Object.keys(out).sort(), ['entities', 'flags', 'text']);
  assert.deepEqual(
    out.entities.map((e: { type: string; start: number; end: number }) => [e.type, input.slice(e.start, e.end)]),
    [['PERSON', 'Jens Hansen'], ['PHONE', '20 12 34 56'], ['CPR', '010190-1234']],
  );
  assert.deepEqual(out.flags, ['art9.health']);
  assert.equal(out.text, 'Kære [PERSON_1], ring på [PHONE_1]. CPR [CPR_1]. Hun er sygemeldt.');
});

test('kommune-ai redact without --json prints the redacted text; empty input is fine', () => {
  const r = run(['redact'], 'Mail: a.b@example.dk');
  assert.equal(r.status, 0);
  assert.equal(r.stdout, 'Mail: [EMAIL_1]\n');
  assert.match(r.stderr, /EMAIL 1/);
  const empty = run(['redact', '--json'], '');
  assert.deepEqual(JSON.parse(empty.stdout), { text: '', entities: [], flags: [] });
});
