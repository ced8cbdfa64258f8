import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { bootstrapActor } from '../access/index.ts';
import { configureGateway } from '../gateway/index.ts';
import { ingestDocument } from '../knowledge/index.ts';
import { type FakeUpstream, startFakeUpstream } from '../models/index.ts';
import { type TestServer, type TestUser, startTestServer } from '../../test/support/test-server.ts';
import { GOOD_REFUSAL, HEARING_LETTER, WEAK_REFUSAL } from './fixtures/decision-letters.ts';
import { sharedData } from './shared-data.ts';
import { AI_DRAFT_LABEL, TASK_IDS } from './index.ts';

const CPR = '010190-1235';
const CITIZEN = 'Jens Peter Madsen';

const GUIDELINE = `# Retningslinjer for hjemmehjælp

## Visitation
Hjemmehjælp visiteres efter en samtale i borgerens hjem. Visitator vurderer behovet for praktisk hjælp og personlig pleje.

## Frit valg
Borgeren kan vælge mellem kommunens hjemmepleje og en privat leverandør af hjemmehjælp.
`;

const EMAIL = `Hej

Jeg fik afslag på hjælp til rengøring den 2. marts 2026. Hvornår kan jeg søge igen? Kan jeg klage over afgørelsen?

Med venlig hilsen
Jens Madsen`;

const NOTES = `Borgeren har søgt om støtte til en el-scooter den 2. februar 2026. Lægeerklæring af 14. februar 2026: kan gå 500 meter med rollator. Hjemmebesøg den 20. februar 2026 ved ergoterapeut. Afslag efter servicelovens § 112, stk. 1.`;

const IDEA_TOPIC = 'Idéer til at gøre ventetiden i Borgerservice mere behagelig for borgerne';

/** What the fake language model answers, chosen by the task's system prompt. */
function reply(body: { messages: { role: string; content: string }[] }): string {
  const system = body.messages.find((m) => m.role === 'system')?.content ?? '';
  if (system.includes('Skriv kun resuméet')) return 'Borgeren har søgt om en el-scooter. Fristen er den 9. maj 2026.';
  if (system.includes('ikke må overse')) return '- Frist: 1. april 2026\n- Beløb: 99.999 kr.';
  if (system.includes('idéudvikling')) return ['- Skærme med ventetid', '- Kaffe og vand', '- Legehjørne til børn', '- SMS når det er din tur', '- Flere siddepladser', '- Selvbetjening ved indgangen'].join('\n');
  if (system.includes('svar på e-mails')) return 'Hej Jens\n\nDu kan søge igen, når din situation ændrer sig. Du kan klage over afgørelsen inden 4 uger.\n\nNæste skridt: Vi vender tilbage, når vi har modtaget din klage.\n\nMed venlig hilsen\n[Navn]';
  if (system.includes('Omskriv brugerens tekst')) return 'Du skal sende din klage til kommunen inden 4 uger. Vi sender den videre til Ankestyrelsen.';
  if (system.includes('opdaterer lovhenvisninger')) return 'Efter forvaltningslovens § 24, stk. 1, skal en begrundelse henvise til reglerne.';
  if (system.includes('Forbedr brugerens afgørelsesbrev')) return GOOD_REFUSAL;
  if (system.includes('oplysninger, begrundelser eller dele der mangler')) return '- Klagefristen mangler\n- Der står ikke, hvem der har truffet afgørelsen';
  if (system.includes('nummererede passager')) return 'Hjemmehjælp visiteres efter en samtale i hjemmet [1]. Du kan vælge en privat leverandør [7].';
  if (system.includes('Oversæt brugerens spørgsmål')) return '{"dataset":"genbrugspladser","filters":[{"column":"by","op":"=","value":"Aarhus"},{"column":"farve","op":"=","value":"rød"}]}';
  if (system.includes('Opsummér søgeresultaterne')) return 'Genbrugspladserne har åbent i weekenden [1].';
  if (system.includes('afgørelsesbrev til borgeren')) return GOOD_REFUSAL;
  return 'Ukendt opgave.';
}

let server: TestServer;
let upstream: FakeUpstream;
let search: Server;
let searchQueries: string[] = [];
let employee: TestUser;

before(async () => {
  upstream = await startFakeUpstream();
  upstream.respondWith(reply);
  // A real loopback search service with the SearXNG JSON interface.
  search = createServer((req, res) => {
    const q = new URL(req.url ?? '/', 'http://x').searchParams.get('q') ?? '';
    searchQueries.push(q);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ results: [{ title: 'Genbrugspladser', url: 'https://example.org/genbrug', content: 'Åbent lørdag og søndag 10-17.' }] }));
  });
  await new Promise<void>((r) => search.listen(0, '127.0.0.1', r));
  server = await startTestServer({
    env: {
      KAI_OPENAI_BASE_URL: upstream.url,
      KAI_OPENAI_MODEL: 'Lokal-Model 1',
      KAI_OPENAI_HOSTING: 'self_hosted',
      KAI_WEB_SEARCH_URL: `http://127.0.0.1:${(search.address() as AddressInfo).port}/search`,
    },
  });
  configureGateway(server.app, { backoff: { baseMs: 5, maxMs: 20 }, cacheTtlMs: 0 });
  employee = await server.createUser({ forvaltningId: 'social' });
  await ingestDocument(server.app.db, bootstrapActor, { fileName: 'hjemmehjaelp.md', bytes: Buffer.from(GUIDELINE) });
  const fvl = sharedData('laws/forvaltningsloven.md');
  if (fvl.present) await ingestDocument(server.app.db, bootstrapActor, { fileName: 'forvaltningsloven.md', bytes: readFileSync(fvl.path) });
  const csv = 'navn;by;lørdag\nGenbrugsstation Nord;Aarhus;10-17\nGenbrugsstation Syd;Odense;9-15\n';
  const registered = await server.request('POST', '/api/tasks/datasets', { body: { id: 'genbrugspladser', name: 'Genbrugspladser', description: 'Åbningstider', format: 'csv', content: csv } });
  assert.equal(registered.status, 200, registered.text);
});

after(async () => {
  await server.close();
  await upstream.close();
  await new Promise((r) => search.close(r));
});

const run = (task: string, body: Record<string, unknown>, token = employee.token) => server.request('POST', `/api/tasks/${task}/run`, { token, body });

const INPUTS: Record<string, { text: string; options?: Record<string, unknown> }> = {
  'draft-case-text': { text: NOTES },
  brainstorm: { text: IDEA_TOPIC },
  'draft-email-reply': { text: EMAIL },
  'adapt-audience': { text: 'Såfremt De ønsker at klage, skal klagen fremsendes til kommunen inden 4 uger, idet den videresendes til Ankestyrelsen.', options: { audience: 'borger' } },
  'update-legislation': { text: 'Efter forvaltningslovens § 24, stk. 9, skal begrundelsen henvise til reglerne, jf. forvaltningslovens § 19.' },
  'case-practice': { text: WEAK_REFUSAL },
  summarise: { text: NOTES },
  'attention-points': { text: NOTES },
  'find-gaps': { text: WEAK_REFUSAL },
  'ask-knowledge': { text: 'Hvordan visiteres hjemmehjælp?' },
  'data-lookup': { text: 'Genbrugspladser i by = Aarhus' },
  'web-search': { text: 'åbningstider genbrugspladser weekend' },
};

test('GET /api/tasks lists the twelve tasks with Danish names, both engines and schemas', async () => {
  const res = await server.request('GET', '/api/tasks', { token: employee.token });
  assert.equal(res.status, 200, res.text);
  assert.deepEqual(res.body.map((t: any) => t.id), [...TASK_IDS]);
  for (const t of res.body) {
    assert.ok(t.name && t.description, t.id);
    assert.deepEqual(t.engines, ['local', 'llm']);
    assert.equal(t.input.type, 'object');
  }
  assert.equal((await server.request('GET', '/api/tasks', { token: null })).status, 401);
});

test('GET /api/tasks/use-cases offers staff the use cases in pilot, production or scale-up, with tier and data categories', async () => {
  const res = await server.request('GET', '/api/tasks/use-cases', { token: employee.token });
  assert.equal(res.status, 200, res.text);
  const byId = new Map(res.body.map((u: any) => [u.id, u]));
  assert.deepEqual(new Set(res.body.map((u: any) => u.phase)), new Set(['pilot', 'production', 'scale_up']));
  assert.ok(!byId.has('jobcenter-samtalereferater'), 'an idea is not offered');
  assert.ok(!byId.has('match-ledige-virksomheder'), 'a retired use case is not offered');
  const general: any = byId.get('generel-intern-assistance');
  assert.equal(general.phase, 'production');
  assert.match(general.tier, /^T[0-4]$/);
  assert.ok(general.dataCategories.includes('cpr'));
  const dpo = await server.createUser({ roles: ['dpo'] });
  assert.equal((await server.request('GET', '/api/tasks/use-cases', { token: dpo.token })).status, 403);
});

test('POST /api/lix answers the CLI contract', async () => {
  const res = await server.request('POST', '/api/lix', { token: employee.token, body: { text: 'Du får svar inden 4 uger. Vi behandler din ansøgning.' } });
  assert.equal(res.status, 200, res.text);
  assert.deepEqual(Object.keys(res.body).sort(), ['lix', 'longWords', 'sentences', 'words']);
  assert.equal(res.body.sentences, 2);
});

test('every task runs on the local engine, through the gateway, with checks', async () => {
  for (const id of TASK_IDS) {
    const res = await run(id, { ...INPUTS[id], engine: 'local' });
    assert.equal(res.status, 200, `${id}: ${res.text}`);
    assert.equal(res.body.task, id);
    assert.equal(res.body.engine, 'local');
    assert.ok(Array.isArray(res.body.checks) && res.body.checks.length > 0, id);
    for (const c of res.body.checks) assert.ok(['OK', 'WEAK', 'MISSING', 'N/A'].includes(c.status), `${id} ${c.id}`);
    assert.equal(res.body.usage.inputTokens, 0, 'a local run spends no tokens');
    assert.ok(res.body.callId);
  }
  assert.equal(upstream.chatRequests().length, 0, 'a local run reached the model');
});

test('local engines do real work', async () => {
  const checklist = await run('case-practice', { text: GOOD_REFUSAL });
  assert.equal(checklist.body.checks.find((c: any) => c.id === 'D3').status, 'OK');
  const hearing = await run('case-practice', { text: HEARING_LETTER });
  assert.equal(hearing.body.checks.find((c: any) => c.id === 'D0').status, 'N/A');
  assert.equal(hearing.body.checks.find((c: any) => c.id === 'D2').status, 'N/A');

  const adapted = await run('adapt-audience', INPUTS['adapt-audience']!);
  assert.match(adapted.body.output.text, /^Hvis du ønsker|^Hvis De ønsker/);
  assert.ok(adapted.body.output.after.lix <= adapted.body.output.before.lix);
  assert.equal(adapted.body.label, AI_DRAFT_LABEL);

  const english = await run('adapt-audience', { text: 'Du får svar inden 4 uger.', options: { audience: 'engelsk' } });
  assert.match(english.body.output.message, /kræver sprogmodellen/);

  const brainstorm = await run('brainstorm', { text: IDEA_TOPIC });
  assert.match(brainstorm.body.output.message, /kræver sprogmodellen/);

  const knowledge = await run('ask-knowledge', INPUTS['ask-knowledge']!);
  assert.equal(knowledge.body.output.passages[0].title.length > 0, true);
  assert.match(knowledge.body.output.passages[0].text, /visiteres/);
  const nothing = await run('ask-knowledge', { text: 'Hvad koster en parkeringslicens til en varebil?' });
  assert.equal(nothing.body.output.refused, true);

  const data = await run('data-lookup', INPUTS['data-lookup']!);
  assert.equal(data.body.output.total, 1);
  assert.equal(data.body.output.rows[0].navn, 'Genbrugsstation Nord');

  const web = await run('web-search', INPUTS['web-search']!);
  assert.equal(web.body.output.results[0].url, 'https://example.org/genbrug');

  const email = await run('draft-email-reply', { text: EMAIL });
  assert.match(email.body.output.reply, /^Kære Jens/);
  assert.equal(email.body.checks.find((c: any) => c.id === 'klagevejledning').status, 'OK');
});

test('the law checker reads the acts from the knowledge bank', { skip: !sharedData('laws/forvaltningsloven.md').present && 'mangler ../shared/data/laws' }, async () => {
  const res = await run('update-legislation', INPUTS['update-legislation']!);
  const refs = res.body.output.references.map((r: any) => [r.section, r.status]);
  assert.deepEqual(refs, [
    ['24', 'not_found'],
    ['19', 'current'],
  ]);
  assert.equal(res.body.checks[1].status, 'WEAK', '§ 19 has three stk. and none is named');
});

test('every task runs on the language-model engine, and the local analysers check the answer', async () => {
  for (const id of TASK_IDS) {
    const before = upstream.chatRequests().length;
    const res = await run(id, { ...INPUTS[id], engine: 'llm' });
    assert.equal(res.status, 200, `${id}: ${res.text}`);
    assert.equal(res.body.engine, 'llm', id);
    assert.equal(upstream.chatRequests().length, before + 1, `${id} did not call the model once`);
    assert.ok(res.body.model?.id, id);
    assert.ok(res.body.checks.length > 0, id);
  }
});

test('verifiers catch what the model got wrong', async () => {
  const check = (body: any, id: string) => body.checks.find((c: any) => c.id === id);
  assert.equal(check((await run('summarise', { ...INPUTS.summarise, engine: 'llm' })).body, 'facts').status, 'WEAK', 'invented date not flagged');
  assert.equal(check((await run('attention-points', { ...INPUTS['attention-points'], engine: 'llm' })).body, 'grounded').status, 'WEAK');
  assert.equal(check((await run('ask-knowledge', { ...INPUTS['ask-knowledge'], engine: 'llm' })).body, 'citations-exist').status, 'MISSING', 'citation [7] does not exist');
  const data = (await run('data-lookup', { ...INPUTS['data-lookup'], engine: 'llm' })).body;
  assert.equal(check(data, 'columns-exist').status, 'WEAK', 'the model used a column the table does not have');
  assert.equal(data.output.total, 1);
  const practice = (await run('case-practice', { ...INPUTS['case-practice'], engine: 'llm' })).body;
  assert.equal(check(practice, 'D3').status, 'OK', 'the revised letter is checked with the checklist');
  assert.equal(practice.output.before.find((c: any) => c.id === 'D3').status, 'WEAK');
  assert.equal(practice.output.label, AI_DRAFT_LABEL);
});

test('with nothing relevant in the knowledge bank the model is not asked', async () => {
  const before = upstream.chatRequests().length;
  const res = await run('ask-knowledge', { text: 'Hvad koster en parkeringslicens til en varebil?', engine: 'llm' });
  assert.equal(res.status, 200, res.text);
  assert.equal(res.body.output.refused, true);
  assert.equal(res.body.engine, 'local');
  assert.ok(res.body.note);
  assert.equal(upstream.chatRequests().length, before);
});

test('personal data stays out of the model, the search service, the logs and the audit trail', async () => {
  const text = `Borgeren ${CITIZEN}, CPR ${CPR}, har søgt om hjælp. Du får afslag efter servicelovens § 112, stk. 1.`;
  const res = await run('summarise', { text, engine: 'llm' });
  assert.equal(res.status, 200, res.text);
  assert.ok(res.body.pseudonymisedEntities >= 2);
  const sent = JSON.stringify(upstream.chatRequests().at(-1)!.body);
  assert.ok(!sent.includes(CPR) && !sent.includes('Madsen'), 'personal data reached the model');
  await run('case-practice', { text });

  searchQueries = [];
  const web = await run('web-search', { text: `${CITIZEN} ${CPR}` });
  assert.equal(web.status, 200, web.text);
  assert.equal(web.body.checks[0].id, 'personal-data');
  assert.equal(web.body.checks[0].status, 'MISSING');
  assert.deepEqual(searchQueries, [], 'a query with personal data was sent to the search service');

  const events = await server.app.db.selectFrom('audit_events').select('details').execute();
  const trail = JSON.stringify(events) + server.logs.join('\n');
  assert.ok(!trail.includes(CPR) && !trail.includes('Madsen'), 'personal data in logs or audit');
});

test('streaming: the llm answer arrives as server-sent events ending in the checked result', async () => {
  const res = await fetch(`${server.url}/api/tasks/summarise/run`, {
    method: 'POST',
    headers: { authorization: `Bearer ${employee.token}`, 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify({ text: NOTES, engine: 'llm' }),
  });
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type') ?? '', /text\/event-stream/);
  const body = await res.text();
  assert.match(body, /event: delta/);
  const result = JSON.parse(/event: result\ndata: (.*)\n/.exec(body)![1]!);
  assert.equal(result.engine, 'llm');
  assert.ok(result.checks.length > 0);
});

test('access: the AI-literacy course gates task runs; bad options are a Danish 400', async () => {
  const untrained = await server.createUser({ courseCompleted: false });
  const blocked = await run('summarise', { text: NOTES }, untrained.token);
  assert.equal(blocked.status, 403);
  const bad = await run('adapt-audience', { text: NOTES, options: { audience: 'pirat' } });
  assert.equal(bad.status, 400);
  assert.equal(bad.body.error.code, 'validation_failed');
  assert.equal((await run('no-such-task', { text: NOTES })).status, 404);
  const forbidden = await server.request('POST', '/api/tasks/datasets', { token: employee.token, body: { id: 'x-y', name: 'xy', format: 'csv', content: 'a\n1' } });
  assert.equal(forbidden.status, 403);
});
