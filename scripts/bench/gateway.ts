// Gateway overhead: latency of a governed call minus a direct call to the same fake upstream, at a fixed
// arrival rate (open loop), with a 4 KB Danish prompt full of personal data. Three processes, as in a
// deployment: the fake upstream, the platform (this process) and the load generator, so neither the model
// nor the client spends the platform's CPU. Two views: the whole HTTP path (POST /v1/chat/completions with
// a bearer key vs. the same request straight to the fake, both from the load generator) and the pipeline
// in-process (governedCall vs. the model provider's own call). A pass-through proxy that does nothing but forward
// gives the floor any HTTP gateway has here.
import { type ChildProcess, fork, spawn } from 'node:child_process';
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import { bootstrapActor, createApiToken, createUser } from '../../src/access/index.ts';
import { createApp } from '../../src/app.ts';
import { configureGateway, flushGateway, governedCall } from '../../src/gateway/index.ts';
import { type Actor, parseConfig } from '../../src/kernel/index.ts';
import { createModel, openAiCompatibleProvider } from '../../src/models/index.ts';
import { DEFAULT_USE_CASE_ID, evaluateRequest, getUseCase } from '../../src/policy/index.ts';
import { createPseudonymSession } from '../../src/privacy/index.ts';
import { seedOnFirstStart } from '../../src/seed.ts';
import { buildServer } from '../../src/server/index.ts';
import { createTestDatabase } from '../../test/support/test-database.ts';

const SELF = fileURLToPath(import.meta.url);
const BIN = fileURLToPath(new URL('../../bin/kommune-ai.js', import.meta.url));
const RATES = [100, 500];
const SECONDS_PER_RATE = 4;
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

/**
 * The floor of any HTTP gateway on this machine: a pass-through proxy in a process of its own that parses the
 * request, forwards it over keep-alive, parses and re-serialises the answer, and does nothing else.
 */
async function startPassThrough(upstream: string): Promise<{ url: string; stop(): void }> {
  const child = fork(SELF, ['--pass-through', upstream], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const url = await new Promise<string>((resolve) => child.once('message', (m) => resolve(String(m))));
  return { url, stop: () => child.kill('SIGTERM') };
}

function servePassThrough(upstream: string): void {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const target = new URL(`${upstream}/chat/completions`);
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = JSON.stringify(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      const up = http.request(target, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (answer) => {
        const parts: Buffer[] = [];
        answer.on('data', (c: Buffer) => parts.push(c));
        answer.on('end', () => {
          const out = JSON.stringify(JSON.parse(Buffer.concat(parts).toString('utf8')));
          res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(out) }).end(out);
        });
      });
      up.end(body);
    });
  });
  server.listen(0, '127.0.0.1', () => process.send!(`http://127.0.0.1:${(server.address() as { port: number }).port}`));
}

interface LoadResult {
  latencies: number[];
  errors: Record<string, number>;
  /** Requests sent ÷ time from the first to the last send: whether the generator kept the rate. */
  achievedRps: number;
  /** How late the generator sent, behind the schedule (p99 and worst). */
  sendLagP99Ms: number;
  sendLagMaxMs: number;
}

/**
 * Fires `count` calls at `rate` per second whatever earlier ones do (open loop: every call due by now is
 * sent at once, so a slow answer does not hold back the next request). Latency is from send to answer.
 */
async function openLoop(rate: number, count: number, call: () => Promise<unknown>): Promise<LoadResult> {
  const latencies: number[] = [];
  const lags: number[] = [];
  const errors: Record<string, number> = {};
  const pending: Promise<void>[] = [];
  const start = performance.now();
  let firstSend = 0;
  let lastSend = 0;
  for (let i = 0; i < count; ) {
    const now = performance.now();
    const due = start + (i * 1000) / rate;
    if (due > now) {
      await new Promise((r) => setTimeout(r, Math.max(0, due - now - 0.5)));
      continue;
    }
    for (; i < count && start + (i * 1000) / rate <= now; i++) {
      lags.push(now - (start + (i * 1000) / rate));
      const s = performance.now();
      firstSend ||= s;
      lastSend = s;
      pending.push(
        call().then(
          () => void latencies.push(performance.now() - s),
          (err: Error & { code?: string }) => void (errors[err.code ?? err.message] = (errors[err.code ?? err.message] ?? 0) + 1),
        ),
      );
    }
  }
  await Promise.all(pending);
  lags.sort((a, b) => a - b);
  return { latencies, errors, achievedRps: round((count - 1) / ((lastSend - firstSend) / 1000)), sendLagP99Ms: round(pct(lags, 99)), sendLagMaxMs: round(lags.at(-1) ?? 0) };
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;

function compare(direct: LoadResult, governed: LoadResult) {
  const d = [...direct.latencies].sort((a, b) => a - b);
  const g = [...governed.latencies].sort((a, b) => a - b);
  return {
    requests: g.length,
    errors: governed.errors,
    achievedRps: governed.achievedRps,
    sendLagP99Ms: governed.sendLagP99Ms,
    sendLagMaxMs: governed.sendLagMaxMs,
    directP50Ms: round(pct(d, 50)),
    directP99Ms: round(pct(d, 99)),
    governedP50Ms: round(pct(g, 50)),
    governedP99Ms: round(pct(g, 99)),
    overheadP50Ms: round(pct(g, 50) - pct(d, 50)),
    overheadP99Ms: round(pct(g, 99) - pct(d, 99)),
  };
}

interface LoadJob {
  url: string;
  headers: Record<string, string>;
  body: string;
  rate: number;
  count: number;
}

/** The load generator: a process of its own, posting over keep-alive connections. */
function startLoadGenerator(): { run(job: LoadJob): Promise<LoadResult>; stop(): void } {
  const child: ChildProcess = fork(SELF, ['--load-generator'], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  let waiting: ((r: LoadResult) => void) | null = null;
  child.on('message', (m) => waiting?.(m as LoadResult));
  return {
    run: (job) =>
      new Promise((resolve) => {
        waiting = resolve;
        child.send(job);
      }),
    stop: () => child.kill('SIGTERM'),
  };
}

function serveLoad(): void {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const post = (job: LoadJob) =>
    new Promise<void>((resolve, reject) => {
      const req = http.request(job.url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(job.body), ...job.headers } }, (res) => {
        res.on('data', () => undefined);
        res.on('end', () => (res.statusCode === 200 ? resolve() : reject(new Error(`status ${res.statusCode}`))));
      });
      req.on('error', reject);
      req.end(job.body);
    });
  process.on('message', async (job: LoadJob) => {
    process.send!(await openLoop(job.rate, job.count, () => post(job)));
  });
}

async function measureEngine(fake: { url: string }, load: ReturnType<typeof startLoadGenerator>, env: Record<string, string | undefined>) {
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
    const directJob = { url: `${fake.url}/chat/completions`, headers: {}, body };
    const governedJob = { url: `${serverUrl}/v1/chat/completions`, headers: { authorization: `Bearer ${token}` }, body };
    const provider = openAiCompatibleProvider({ baseUrl: fake.url, model: 'fake-model' });
    const direct = () => provider.chat({ messages: [{ role: 'user', content: prompt }], signal: AbortSignal.timeout(30_000) });
    const inProcess = () => governedCall(app, actor, { engine: 'llm', text: prompt });

    // Warm-up: JIT, the privacy model, connection pools.
    await openLoop(50, 100, direct);
    await openLoop(50, 100, inProcess);
    await load.run({ ...directJob, rate: 50, count: 100 });
    await load.run({ ...governedJob, rate: 50, count: 100 });
    await flushGateway(app);

    // Where one call's time goes when nothing else runs. Only the privacy and policy steps are CPU-heavy;
    // the rest of the gateway (cached use case and catalogue, routing, metering, queueing the audit) is
    // what is left of the sequential overhead.
    const n = 100;
    const time = async (f: () => unknown) => {
      const t = performance.now();
      for (let i = 0; i < n; i++) await f();
      return round((performance.now() - t) / n);
    };
    const useCase = await getUseCase(app.db, DEFAULT_USE_CASE_ID);
    const pseudonymiseMs = await time(() => createPseudonymSession().pseudonymise(prompt));
    const policyEvaluateMs = await time(() => evaluateRequest({ text: prompt, useCase, flags: ['CPR', 'PERSON', 'ADDRESS', 'PHONE'] }));
    const directMs = await time(direct);
    const governedMs = await time(inProcess);
    await flushGateway(app);
    const overheadMs = round(governedMs - directMs);
    const steps = { pseudonymiseMs, policyEvaluateMs, directMs, governedMs, overheadMs, restOfGatewayMs: round(overheadMs - pseudonymiseMs - policyEvaluateMs) };

    const result: Record<string, unknown> = { engine: app.engine, steps, http: {}, pipeline: {} };
    for (const rate of RATES) {
      const count = rate * SECONDS_PER_RATE;
      const d = await load.run({ ...directJob, rate, count });
      const g = await load.run({ ...governedJob, rate, count });
      await flushGateway(app);
      (result.http as Record<string, unknown>)[`${rate}rps`] = compare(d, g);
      const dp = await openLoop(rate, count, direct);
      const gp = await openLoop(rate, count, inProcess);
      await flushGateway(app);
      (result.pipeline as Record<string, unknown>)[`${rate}rps`] = compare(dp, gp);
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
  const load = startLoadGenerator();
  const t0 = performance.now();
  try {
    const prompt = danishPrompt(4096);
    const result: Record<string, unknown> = { promptBytes: Buffer.byteLength(prompt), cprNumbersInPrompt: (prompt.match(/\d{6}-\d{4}/g) ?? []).length };
    // What the HTTP hop alone costs, so the figures below can be read against it.
    const passThrough = await startPassThrough(fake.url);
    try {
      const body = JSON.stringify({ model: 'fake-model', messages: [{ role: 'user', content: prompt }] });
      await load.run({ url: passThrough.url, headers: {}, body, rate: 50, count: 100 });
      const floor: Record<string, unknown> = {};
      for (const rate of RATES) {
        const d = await load.run({ url: `${fake.url}/chat/completions`, headers: {}, body, rate, count: rate * SECONDS_PER_RATE });
        const p = await load.run({ url: passThrough.url, headers: {}, body, rate, count: rate * SECONDS_PER_RATE });
        floor[`${rate}rps`] = compare(d, p);
      }
      result.httpPassThroughFloor = floor;
    } finally {
      passThrough.stop();
    }
    result.pglite = await measureEngine(fake, load, { KAI_DATABASE_URL: undefined });
    // Scripts are entry points: they may read the environment, as the CLI does.
    if (process.env.KAI_DATABASE_URL) result.postgresql = await measureEngine(fake, load, { KAI_DATABASE_URL: process.env.KAI_DATABASE_URL });
    result.seconds = round((performance.now() - t0) / 1000);
    return result;
  } finally {
    load.stop();
    fake.stop();
  }
}

if (process.argv.includes('--load-generator')) serveLoad();
if (process.argv.includes('--pass-through')) servePassThrough(process.argv[process.argv.indexOf('--pass-through') + 1]!);
