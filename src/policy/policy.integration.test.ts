import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startTestServer, type TestServer } from '../../test/support/test-server.ts';
import { evaluateForCall } from './evaluate-for-call.ts';
import { TransparencyRegister } from './register-schema.ts';
import { DEFAULT_USE_CASE_ID } from './seed-use-cases.ts';
import { labelledSets } from './labelled-sets.ts';

let s: TestServer;
before(async () => {
  s = await startTestServer();
});
after(async () => {
  await s?.close();
});

const auditOf = async (action: string) =>
  s.app.db.selectFrom('audit_events').select(['action', 'target_id', 'details']).where('action', '=', action).orderBy('seq', 'desc').execute();

test('POST /api/policy/evaluate answers the labelled governance requests with their labels and the CLI JSON', async () => {
  const user = await s.createUser();
  const set = labelledSets().find((x) => x.file === 'governance-25.json')!;
  for (const r of set.requests) {
    const res = await s.request('POST', '/api/policy/evaluate', { token: user.token, body: { text: r.text, ...(r.channel === 'citizen' ? { useCase: 'borgerchat' } : {}) } });
    assert.equal(res.status, 200, res.text);
    assert.equal(res.body.decision, r.label, `#${r.id} ${r.text}`);
    for (const key of ['decision', 'tier', 'reasons', 'controls']) assert.ok(key in res.body, key);
  }
});

test('evaluating needs a login; the evaluation is audited without the text', async () => {
  assert.equal((await s.request('POST', '/api/policy/evaluate', { token: null, body: { text: 'hej' } })).status, 401);
  const user = await s.createUser();
  await s.request('POST', '/api/policy/evaluate', { token: user.token, body: { text: 'Afgør om Hans Jensen (CPR 010170-1234) er berettiget til hjælp.' } });
  const [event] = await auditOf('policy.checked');
  assert.equal((event!.details as { decision: string }).decision, 'BLOCK');
  const trail = JSON.stringify(await s.app.db.selectFrom('audit_events').select('details').execute()) + s.logs.join('');
  for (const secret of ['Hans', 'Jensen', '010170']) assert.ok(!trail.includes(secret), `${secret} leaked into audit or logs`);
});

test('use-case register: create with validation, computed tier and controls, audited; employees cannot manage it', async () => {
  const bad = await s.request('POST', '/api/policy/use-cases', { body: { name: 'x', domain: 'nowhere', decisionRole: 'none' } });
  assert.equal(bad.status, 400);
  assert.equal(bad.body.error.code, 'validation_failed');
  const employee = await s.createUser();
  assert.equal((await s.request('POST', '/api/policy/use-cases', { token: employee.token, body: { name: 'Test', domain: 'it_support', decisionRole: 'none' } })).status, 403);

  const created = await s.request('POST', '/api/policy/use-cases', {
    body: { name: 'Opsummering af klager over støj', domain: 'admin_internal', decisionRole: 'preparatory', dataCategories: ['personal_ordinary'], affectsIdentifiablePerson: true },
  });
  assert.equal(created.status, 201, created.text);
  assert.equal(created.body.id, 'opsummering-af-klager-over-stoej');
  assert.equal(created.body.phase, 'idea');
  assert.equal(created.body.assessment.tier, 'T2');
  assert.ok(created.body.assessment.controls.some((c: { id: string; rules: string[] }) => c.id === 'C15' && c.rules.includes('R06')));
  assert.deepEqual(created.body.nextPhase.missing.map((m: { rule: string }) => m.rule), ['R15', 'R15', 'R15', 'R17']);
  const [event] = await auditOf('use_case.created');
  assert.equal(event!.target_id, created.body.id);

  const updated = await s.request('PATCH', `/api/policy/use-cases/${created.body.id}`, { body: { summaryPublic: 'Klager opsummeres.', contactEmail: 'ai@kommune.dk' } });
  assert.equal(updated.status, 200);
  assert.equal(updated.body.version, 2);
  assert.deepEqual((await auditOf('use_case.updated'))[0]!.details, { fields: ['summaryPublic', 'contactEmail'], tier: 'T2', version: 2 });
  assert.equal((await s.request('PATCH', `/api/policy/use-cases/${created.body.id}`, { body: { phase: 'production' } })).status, 400, 'the phase moves only through the gate');
});

test('phase gate over HTTP: refused with exactly what is missing, allowed once supplied, skipping refused', async () => {
  const { body: u } = await s.request('POST', '/api/policy/use-cases', { body: { name: 'Bookning af udstyr', domain: 'facilities_booking', decisionRole: 'none', dataCategories: ['internal'] } });
  const skip = await s.request('POST', `/api/policy/use-cases/${u.id}/phase`, { body: { phase: 'production' } });
  assert.equal(skip.status, 409);
  const refused = await s.request('POST', `/api/policy/use-cases/${u.id}/phase`, { body: { phase: 'pilot' } });
  assert.equal(refused.status, 409);
  assert.deepEqual(refused.body.error.details.missing.map((m: { field: string }) => m.field).sort(), ['accountableOwner', 'contactEmail', 'summaryPublic']);
  assert.equal((await auditOf('use_case.phase_refused'))[0]!.target_id, u.id);
  await s.request('PATCH', `/api/policy/use-cases/${u.id}`, { body: { summaryPublic: 'Booking af udstyr.', accountableOwner: 'Leder', contactEmail: 'ai@kommune.dk', department: 'Kultur' } });
  const pilot = await s.request('POST', `/api/policy/use-cases/${u.id}/phase`, { body: { phase: 'pilot' } });
  assert.equal(pilot.status, 200, pilot.text);
  assert.equal(pilot.body.phase, 'pilot');
  const prod = await s.request('POST', `/api/policy/use-cases/${u.id}/phase`, { body: { phase: 'production' } });
  assert.deepEqual(prod.body.error.details.missing.map((m: { rule: string; field: string }) => `${m.rule}:${m.field}`).sort(), ['R15:revisionDate', 'R16:businessCase.documentedGain', 'R16:businessCase.operatingCostsIncluded']);
  await s.request('PATCH', `/api/policy/use-cases/${u.id}`, { body: { revisionDate: '2027-06-30', businessCase: { expectedGain: 'Færre opkald', documentedGain: true, operatingCostsIncluded: true } } });
  assert.equal((await s.request('POST', `/api/policy/use-cases/${u.id}/phase`, { body: { phase: 'production' } })).body.phase, 'production');
  const breaking = await s.request('PATCH', `/api/policy/use-cases/${u.id}`, { body: { revisionDate: null } });
  assert.equal(breaking.status, 409, 'a use case in production keeps meeting its requirements');
  const scale = await s.request('POST', `/api/policy/use-cases/${u.id}/phase`, { body: { phase: 'scale_up' } });
  assert.deepEqual(scale.body.error.details.missing.map((m: { field: string }) => m.field), ['pilotEvidence']);
});

test('/register and /register.json: public, valid against the schema, only published use cases', async () => {
  const json = await s.request('GET', '/register.json', { token: null });
  assert.equal(json.status, 200);
  const register = TransparencyRegister.parse(json.body);
  const ids = register.entries.map((e) => e.id);
  assert.ok(ids.includes(DEFAULT_USE_CASE_ID) && ids.includes('borgerchat'));
  assert.ok(!ids.includes('budgetoverblik') && !ids.includes('sortering-byggesager'), 'drafts are not published');
  const published = await s.app.db.selectFrom('use_cases').select('id').where('register_status', '=', 'published').execute();
  assert.deepEqual(ids.sort(), published.map((r) => r.id).sort());
  const chat = register.entries.find((e) => e.id === 'borgerchat')!;
  assert.equal(chat.standards.nlAlgoritmeregister.status, 'In gebruik');
  assert.equal(chat.standards.ukAtrs.phase, 'production');
  assert.equal(register.policy.principles.length, 7);
  assert.equal(register.policy.optOuts.length, 7);

  const schema = await s.request('GET', '/register.schema.json', { token: null });
  assert.equal(schema.status, 200);
  assert.ok(schema.body.properties.entries);

  const page = await s.request('GET', '/register', { token: null });
  assert.equal(page.status, 200);
  assert.match(page.headers.get('content-type') ?? '', /text\/html/);
  assert.match(page.text, /<html lang="da">/);
  assert.match(page.text, /Borgerchat om kommunens services/);
  assert.match(page.text, /Aktive fravalg/);
  assert.doesNotMatch(page.text, /Overblik over budget og regnskab/);
});

test('evaluateForCall: the token\'s use case or the default, shadow mode logs instead of blocking, audit holds rule ids only', async () => {
  const user = await s.createUser();
  const actor = { kind: 'user' as const, userId: user.id, username: user.username, roles: ['medarbejder' as const], forvaltningId: null, tokenId: null, useCaseId: null, courseCompleted: true };
  const text = 'Ranger ansøgerne til pædagogstillingen ud fra deres CV\'er.';
  const blocked = await evaluateForCall(s.app.db, actor, { text });
  assert.equal(blocked.useCaseId, DEFAULT_USE_CASE_ID);
  assert.equal(blocked.decision, 'BLOCK');
  assert.equal(blocked.shadowMode, false);

  await s.request('POST', '/api/policy/use-cases', { body: { id: 'skygge-test', name: 'Skyggetest', domain: 'admin_internal', decisionRole: 'drafting', dataCategories: ['internal', 'personal_ordinary'], shadowMode: true } });
  const shadowed = await evaluateForCall(s.app.db, { ...actor, useCaseId: 'skygge-test' }, { text });
  assert.equal(shadowed.decision, 'ALLOW_WITH_CONTROLS');
  assert.equal(shadowed.shadowDecision, 'BLOCK');
  assert.ok(shadowed.controls.includes('C05'));
  const [event] = await auditOf('policy.evaluated');
  assert.equal(event!.target_id, 'skygge-test');
  const details = event!.details as Record<string, unknown>;
  assert.equal(details.decision, 'ALLOW_WITH_CONTROLS');
  assert.equal(details.shadowDecision, 'BLOCK');
  assert.ok((details.blockingRules as string[]).includes('R18'));
  assert.ok(!JSON.stringify(details).includes('pædagog'));

  await assert.rejects(evaluateForCall(s.app.db, { ...actor, useCaseId: 'skygge-test' }, { text, useCaseId: 'borgerchat' }), /bundet til en anden anvendelse/);
});
