import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assessUseCase } from './assess-use-case.ts';
import { canMove, phaseRequirements } from './phase-gate.ts';
import { NewUseCase, type UseCaseFields } from './schemas.ts';
import { SEED_USE_CASES, seedUseCase } from './seed-use-cases.ts';

const fields = (input: object): UseCaseFields => {
  const { id: _i, phase: _p, ...f } = NewUseCase.parse(input);
  return f;
};
const ruleOf = (items: { rule: string; field: string | null }[]) => items.map((m) => `${m.rule}:${m.field}`);

const fullDocs = {
  summaryPublic: 'Kort beskrivelse.', department: 'Afdeling', accountableOwner: 'Chef', contactEmail: 'ai@kommune.dk', revisionDate: '2027-01-01',
  purposeAndImpact: 'x', proportionality: 'x', frequencyScale: 'x', dataSources: 'x', dataSharingAndAccess: 'x', model: 'x', supplier: 'x', risksAndMitigations: 'x',
  noticeToAffected: 'x', humanOversightDescription: 'x', recourse: 'x', biasTesting: 'x', monitoring: 'x', impactAssessments: 'x', reversibility: 'x', fallback: 'x', consultation: 'x',
};
const businessCase = { expectedGain: 'Sparet tid', documentedGain: true, operatingCostsIncluded: true };

test('the seeded use cases spread over the risk matrix and each meets the requirements of its phase', () => {
  assert.ok(SEED_USE_CASES.length >= 8 && SEED_USE_CASES.length <= 12);
  const tiers = new Set(SEED_USE_CASES.map((s) => assessUseCase(seedUseCase(s.input.id)).tier));
  for (const t of ['T1', 'T2', 'T3', 'T4']) assert.ok(tiers.has(t as never), `no seeded ${t}`);
  assert.ok(SEED_USE_CASES.some((s) => s.input.citizenFacing));
  for (const s of SEED_USE_CASES) assert.deepEqual(phaseRequirements(seedUseCase(s.input.id), s.phase), [], s.input.id);
});

test('T1: production needs owner, contact, revision date and a business case; then it is allowed', () => {
  const bare = fields({ name: 'Booking af baner', domain: 'facilities_booking', decisionRole: 'none', dataCategories: ['internal'] });
  assert.equal(assessUseCase(bare).tier, 'T1');
  const missing = phaseRequirements(bare, 'production');
  assert.deepEqual(ruleOf(missing).sort(), ['R15:accountableOwner', 'R15:contactEmail', 'R15:department', 'R15:revisionDate', 'R15:summaryPublic', 'R16:businessCase.documentedGain', 'R16:businessCase.operatingCostsIncluded'].sort());
  for (const m of missing) assert.ok(m.message && m.source, 'every item says what and why');
  const done = { ...bare, ...fullDocs, businessCase: { ...bare.businessCase, ...businessCase } };
  assert.deepEqual(phaseRequirements(done, 'production'), []);
});

test('T2: a citizen-facing use case needs a published register entry and the T2 fields before production', () => {
  const chat = fields({ name: 'Borgerchat om affald', domain: 'communication', citizenFacing: true, decisionRole: 'information', dataCategories: ['public'], ...fullDocs, businessCase, register: 'draft' });
  assert.equal(assessUseCase(chat).tier, 'T2');
  assert.deepEqual(ruleOf(phaseRequirements(chat, 'production')), ['R15:register']);
  assert.deepEqual(phaseRequirements({ ...chat, register: 'published' }, 'production'), []);
  const undocumented = fields({ name: 'Borgerchat', domain: 'communication', citizenFacing: true, decisionRole: 'information', dataCategories: ['public'], businessCase, register: 'published', summaryPublic: 'x', accountableOwner: 'x', contactEmail: 'a@b.dk', revisionDate: '2027-01-01', department: 'x' });
  const fieldsMissing = phaseRequirements(undocumented, 'production').map((m) => m.field);
  for (const f of ['purposeAndImpact', 'risksAndMitigations', 'noticeToAffected', 'proportionality']) assert.ok(fieldsMissing.includes(f), f);
  assert.ok(!fieldsMissing.includes('recourse'), 'T3 fields are not required at T2');
});

test('T3: personal data in decision cases needs basis for operation, national basis, DPIA and a human decision-maker', () => {
  const base = fields({
    name: 'Udkast til afgørelsesbreve', domain: 'authority_decision_other', decisionRole: 'drafting', inDecisionCase: true, affectsIdentifiablePerson: true,
    dataCategories: ['personal_ordinary', 'special_art9'], ...fullDocs, businessCase, register: 'published', processingRegisterRef: 'FBA 12', hosting: 'self_hosted',
    legalBasis: { gdprArt6: '6.1.e', coversPhases: ['pilot'], assessedBy: ['DPO'] },
  });
  assert.equal(assessUseCase(base).tier, 'T3');
  assert.deepEqual(phaseRequirements(base, 'pilot'), []);
  const missing = ruleOf(phaseRequirements(base, 'production'));
  for (const m of ['R05:legalBasis.coversPhases', 'R05:legalBasis.nationalBasis', 'R06:legalBasis.gdprArt9', 'R07:dpia', 'R04:humanOversight.finalDecisionByHuman', 'R04:humanOversight.canOverride']) assert.ok(missing.includes(m), m);
  const supplied = {
    ...base,
    dpia: 'approved' as const,
    legalBasis: { ...base.legalBasis!, gdprArt9: '9.2.b' as const, nationalBasis: 'Serviceloven § 112', coversPhases: ['pilot' as const, 'production' as const] },
    humanOversight: { ...base.humanOversight, finalDecisionByHuman: true, canOverride: true },
  };
  assert.deepEqual(phaseRequirements(supplied, 'production'), []);
  assert.deepEqual(ruleOf(phaseRequirements({ ...supplied, hosting: 'third_country_processor' }, 'production')), ['R06:hosting']);
});

test('T4: profiling in an Annex III area needs FRIA, trained reviewers and logged overrides; scale-up needs pilot effect', () => {
  const t4 = fields({
    name: 'Visitation til hjemmehjælp', domain: 'benefits_eligibility', decisionRole: 'decision_support', inDecisionCase: true, affectsIdentifiablePerson: true, profiling: true,
    dataCategories: ['personal_ordinary', 'special_art9'], ...fullDocs, businessCase, register: 'published', processingRegisterRef: 'FBA 13', hosting: 'self_hosted', dpia: 'approved',
    legalBasis: { gdprArt6: '6.1.e', gdprArt9: '9.2.h', nationalBasis: 'Serviceloven § 83', coversPhases: ['pilot', 'production', 'scale_up'], assessedBy: ['DPO', 'legal'] },
    humanOversight: { finalDecisionByHuman: true, canOverride: true },
  });
  assert.equal(assessUseCase(t4).tier, 'T4');
  assert.deepEqual(ruleOf(phaseRequirements(t4, 'production')).sort(), ['R08:fria', 'R13:humanOversight.reviewerTrained', 'R14:humanOversight.overrideLogged']);
  const approved = { ...t4, fria: 'done' as const, humanOversight: { finalDecisionByHuman: true, canOverride: true, reviewerTrained: true, overrideLogged: true } };
  assert.deepEqual(phaseRequirements(approved, 'production'), []);
  assert.deepEqual(ruleOf(phaseRequirements(approved, 'scale_up')), ['R16:pilotEvidence']);
  assert.deepEqual(phaseRequirements(approved, 'scale_up', { calls: 120, minutesSaved: 900, from: '2026-01', to: '2026-03' }), [], 'measured by the gains ledger');
  const recorded = { ...approved, pilotEvidence: { ...approved.pilotEvidence, documented: true, summary: 'Pilot i to distrikter.', minutesSavedPerMonth: 600 } };
  assert.deepEqual(phaseRequirements(recorded, 'scale_up'), [], 'or by recorded evidence');
});

test('T0: a prohibited practice or an automated decision is never approvable', () => {
  const scoring = fields({ name: 'Borgerscore', domain: 'benefits_eligibility', decisionRole: 'decision_support', prohibitedPractice: 'social_scoring', dataCategories: ['personal_ordinary'] });
  assert.equal(assessUseCase(scoring).tier, 'T0');
  assert.deepEqual(ruleOf(phaseRequirements(scoring, 'pilot')), ['R01:null']);
  const adm = fields({ name: 'Automatisk bevilling', domain: 'benefits_eligibility', decisionRole: 'automated_decision', affectsIdentifiablePerson: true, dataCategories: ['personal_ordinary'] });
  assert.ok(ruleOf(phaseRequirements(adm, 'pilot')).includes('R02:null'));
});

test('pilot with personal data needs a basis that covers the pilot, otherwise only synthetic or public data', () => {
  const u = fields({ name: 'Opsummering af klager', domain: 'admin_internal', decisionRole: 'preparatory', dataCategories: ['personal_ordinary'], summaryPublic: 'x', accountableOwner: 'x', contactEmail: 'a@b.dk' });
  assert.deepEqual(ruleOf(phaseRequirements(u, 'pilot')), ['R17:legalBasis.coversPhases']);
  assert.deepEqual(phaseRequirements({ ...u, dataCategories: ['internal'] }, 'pilot'), []);
});

test('phases move one step at a time; retiring is always possible', () => {
  assert.ok(canMove('idea', 'pilot'));
  assert.ok(!canMove('idea', 'production'));
  assert.ok(!canMove('pilot', 'scale_up'));
  for (const p of ['idea', 'pilot', 'production', 'scale_up'] as const) assert.ok(canMove(p, 'retired'));
});

test('every reason and control of an assessment carries its source', () => {
  for (const s of SEED_USE_CASES) {
    const a = assessUseCase(seedUseCase(s.input.id));
    for (const r of a.reasons) assert.ok(r.source.length > 5, `${s.input.id} ${r.rule}`);
    for (const c of a.controls) assert.ok(c.rules.length > 0 && c.source.length > 5, `${s.input.id} ${c.id}`);
  }
});
