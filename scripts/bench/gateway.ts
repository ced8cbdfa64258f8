// Gateway overhead: latency of a governed call minus a direct call to the same fake upstream, at a fixed
// arrival rate (open loop), with a 4 KB Danish prompt full of personal data. The fake runs in its own
// process, as a real model server would. Two views: the pipeline in-process (governedCall) and the whole
// HTTP path (POST /v1/chat/completions with a bearer key against POST /v1/chat/completions on the fake).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { bootstrapActor, createApiToken, createUser } from '../../src/access/index.ts';
import { createApp } from '../../src/app.ts';
import { configureGateway, flushGateway, governedCall } from '../../src/gateway/index.ts';
import { type Actor, parseConfig } from '../../src/kernel/index.ts';
import { createModel } from '../../src/models/index.ts';
import { DEFAULT_USE_CASE_ID, evaluateForCall } from '../../src/policy/index.ts';
import { createPseudonymSession } from '../../src/privacy/index.ts';
import { seedOnFirstStart } from '../../src/seed.ts';
import { buildServer } from '../../src/server/index.ts';
import { createTestDatabase } from '../../test/support/test-database.ts';

const BIN = fileURLToPath(new URL('../../bin/kommune-ai.js', import.meta.url));
const round = (n: number) => Math.round(n * 1000) / 1000;

function danishPrompt(bytes: number): string {
  const people = [
    ['Mette Hansen', '010190-1235', 'Vestergade 12, 8000 Aarhus C', '21 43 65 87'],
    ['Jens Peter Madsen', '150372-2143', 'Nørregade 7, 5000 Odense C', '30 11 22 33'],
    ['Fatima Ali', '230885-4402', 'Ringstedgade 40, 4000 Roskilde', '42 55 66 77'],
  ];
  let text = 'Opsummér sagen kort til en kollega. ';
  for (let i = 0; Buffer.byteLength(text) < bytes; i++) {
    const [name, cpr, address, phone] = people[i % people.length]!;
    text += `${name} (CPR ${cpr}), ${address}, tlf. ${phone}, har den ${1 + (i % 28)}. marts søgt om hjælp til merudgifter efter serviceloven § 41. `
      + 'Ansøgningen er modtaget, og forvaltningen har bedt om yderligere dokumentation for udgifterne inden for fjorten dage. ';
  }
  return text.slice(0, bytes);
}

async function startFake(): Promise<{ url: string; stop(): void }> {
  const child = spawn(process.execPath, [BIN, 'fake-upstream', '--port', '0', '--chunk-delay', '0', '--json'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line) resolve(JSON.parse(line).url);
    });
    child.once('exit', () => reject(new Error('fake upstream exited')));
  });
  return { url, stop: () => child.kill('SIGTERM') };
}

/** Fires `count` calls at `rate` per second regardless of how fast earlier ones finish; returns each latency. */
async function openLoop(rate: number, count: number, call: () => Promise<unknown>): Promise<{ latencies: number[]; errors: Record<string, number> }> {
  const latencies: number[] = [];
  const pending: Promise<void>[] = [];
  const start = performance.now();
  const errors: Record<string, number> = {};
  for (let i = 0; i < count; i++) {
    const due = start + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    const s = performance.now();
    pending.push(
      call().then(
        () => void latencies.push(performance.now() - s),
        (err: Error & { code?: string }) => void (errors[err.code ?? err.message] = (errors[err.code ?? err.message] ?? 0) + 1),
      ),
    );
  }
  await Promise.all(pending);
  return { latencies, errors };
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

function compare(direct: { latencies: number[] }, governed: { latencies: number[]; errors: Record<string, number> }) {
  const d = [...direct.latencies].sort((a, b) => a - b);
  const g = [...governed.latencies].sort((a, b) => a - b);
  return {
    requests: g.length,
    errors: governed.errors,
    directP50Ms: round(pct(d, 50)),
    directP99Ms: round(pct(d, 99)),
    governedP50Ms: round(pct(g, 50)),
    governedP99Ms: round(pct(g, 99)),
    overheadP50Ms: round(pct(g, 50) - pct(d, 50)),
    overheadP99Ms: round(pct(g, 99) - pct(d, 99)),
  };
}

async function measureEngine(fake: { url: string }, env: Record<string, string | undefined>) {
  const database = await createTestDatabase(env);
  const app = await createApp(parseConfig({ KAI_DATA_DIR: database.dataDir, KAI_DATABASE_URL: database.databaseUrl, KAI_RATE_LIMIT_PER_MINUTE: '0', KAI_LOG_LEVEL: 'silent' }));
  const server = await buildServer(app, { logger: false });
  const serverUrl = await server.listen({ port: 0, host: '127.0.0.1' });
  try {
    await seedOnFirstStart(app);
    configureGateway(app, { cacheTtlMs: 5_000 });
    await createModel(app.db, app.masterSecret, bootstrapActor, { id: 'bench', name: 'bench', provider: 'openai_compatible', baseUrl: fake.url, upstreamModel: 'fake-model', hosting: 'self_hosted', priceInDkkPerMTok: 10, priceOutDkkPerMTok: 30 });
    await app.db.insertInto('forvaltninger').values({ id: 'bench', name: 'Bench' }).execute();
    const user = await createUser(app.db, bootstrapActor, { username: 'benchbruger', displayName: 'Bench', forvaltningId: 'bench', roles: ['medarbejder'], password: 'bench-adgangskode-lang-nok' });
    await app.db.updateTable('users').set({ course_completed_at: new Date() }).where('id', '=', user.id).execute();
    const { token } = await createApiToken(app.db, bootstrapActor, { name: 'bench', userId: user.id });
    const actor: Actor = { kind: 'user', userId: user.id, username: user.username, roles: ['medarbejder'], forvaltningId: 'bench', tokenId: null, useCaseId: null, courseCompleted: true };

    const prompt = danishPrompt(4096);
    const body = JSON.stringify({ model: 'bench', messages: [{ role: 'user', content: prompt }] });
    const direct = () => fetch(`${fake.url}/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body }).then((r) => r.arrayBuffer());
    const inProcess = () => governedCall(app, actor, { engine: 'llm', text: prompt });
    const http = () =>
      fetch(`${serverUrl}/v1/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body }).then(async (r) => {
        if (r.status !== 200) throw new Error(`status ${r.status} ${((await r.json()) as { error?: { code?: string } }).error?.code ?? ''}`);
        await r.arrayBuffer();
      });

    // Warm-up: JIT, the privacy model, connection pools.
    await openLoop(50, 100, direct);
    await openLoop(50, 100, inProcess);
    await openLoop(50, 100, http);
    await flushGateway(app);

    // Where a call's time goes when nothing else runs: the privacy and policy steps, sequentially.
    const steps = { pseudonymiseMs: 0, policyGateMs: 0, sequentialCallMs: 0, sequentialDirectMs: 0 };
    const n = 50;
    let t = performance.now();
    for (let i = 0; i < n; i++) createPseudonymSession().pseudonymise(prompt);
    steps.pseudonymiseMs = round((performance.now() - t) / n);
    t = performance.now();
    for (let i = 0; i < n; i++) await evaluateForCall(app.db, actor, { text: prompt, useCaseId: DEFAULT_USE_CASE_ID, flags: ['CPR', 'PERSON'] });
    steps.policyGateMs = round((performance.now() - t) / n);
    t = performance.now();
    for (let i = 0; i < n; i++) await direct();
    steps.sequentialDirectMs = round((performance.now() - t) / n);
    await flushGateway(app);
    t = performance.now();
    for (let i = 0; i < n; i++) await inProcess();
    await flushGateway(app);
    steps.sequentialCallMs = round((performance.now() - t) / n);
    // What the gateway itself adds (routing, resilience, metering, audit) once the privacy and policy steps
    // and the upstream round trip are taken out.
    const gatewayOwnMs = round(steps.sequentialCallMs - steps.pseudonymiseMs - steps.policyGateMs - steps.sequentialDirectMs);

    const result: Record<string, unknown> = { engine: app.engine, steps: { ...steps, gatewayOwnMs }, pipeline: {}, http: {} };
    // 20/s is below saturation on this machine and shows the overhead itself; 100/s and 500/s are the targets.
    for (const rate of [20, 100, 500]) {
      const count = rate === 500 ? 500 : rate === 100 ? 200 : 100;
      const d = await openLoop(rate, count, direct);
      const g = await openLoop(rate, count, inProcess);
      await flushGateway(app);
      const d2 = await openLoop(rate, count, direct);
      const h = await openLoop(rate, count, http);
      await flushGateway(app);
      (result.pipeline as Record<string, unknown>)[`${rate}rps`] = compare(d, g);
      (result.http as Record<string, unknown>)[`${rate}rps`] = compare(d2, h);
    }
    return result;
  } finally {
    await server.close();
    await app.close();
    await database.drop();
  }
}

export async function bench() {
  const fake = await startFake();
  const t0 = performance.now();
  try {
    const prompt = danishPrompt(4096);
    const result: Record<string, unknown> = { promptBytes: Buffer.byteLength(prompt), cprNumbersInPrompt: redactSample(prompt) };
    result.pglite = await measureEngine(fake, { KAI_DATABASE_URL: undefined });
    // Scripts are entry points: they may read the environment, as the CLI does.
    if (process.env.KAI_DATABASE_URL) result.postgresql = await measureEngine(fake, { KAI_DATABASE_URL: process.env.KAI_DATABASE_URL });
    result.seconds = round((performance.now() - t0) / 1000);
    return result;
  } finally {
    fake.stop();
  }
}

function redactSample(prompt: string): number {
  return (prompt.match(/\d{6}-\d{4}/g) ?? []).length;
}
