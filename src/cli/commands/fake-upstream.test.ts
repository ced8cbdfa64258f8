import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../../bin/kommune-ai.js', import.meta.url));

test('kommune-ai fake-upstream serves OpenAI chat on a free port, takes faults over HTTP and stops on SIGTERM', async () => {
  const child = spawn(process.execPath, [BIN, 'fake-upstream', '--port', '0', '--chunk-delay', '0', '--json'], { stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const { url } = await new Promise<{ url: string }>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.includes('\n')) resolve(JSON.parse(out.split('\n')[0]!));
      });
      child.once('exit', (code) => reject(new Error(`exited ${code}`)));
    });
    const ask = () => fetch(`${url}/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ model: 'x', messages: [{ role: 'user', content: 'Hej [PERSON_1]' }] }) });
    const ok = await ask();
    assert.equal(ok.status, 200);
    assert.equal(((await ok.json()) as any).choices[0].message.content, 'Svar: Hej [PERSON_1]');
    await fetch(`${url.replace(/\/v1$/, '')}/_fake/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ kind: 'status', status: 503 }) });
    assert.equal((await ask()).status, 503);
    const received = (await (await fetch(`${url.replace(/\/v1$/, '')}/_fake/received`)).json()) as any[];
    assert.equal(received.length, 2);
  } finally {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  }
});
