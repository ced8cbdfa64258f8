import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evaluateRequest } from './evaluate-request.ts';
import { labelledSets } from './labelled-sets.ts';
import { DEFAULT_USE_CASE_ID, seedUseCase } from './seed-use-cases.ts';

const governance = labelledSets().find((s) => s.file === 'governance-25.json')!;
const dev = labelledSets().find((s) => s.file === 'dev.json')!;
const citizenChat = seedUseCase('borgerchat');
const general = seedUseCase(DEFAULT_USE_CASE_ID);

for (const [setName, set] of [['governance.md §3', governance], ['dev', dev]] as const) {
  for (const r of set.requests) {
    test(`${setName} #${r.id} (${r.label}): ${r.text.slice(0, 60)}`, () => {
      const useCases = r.channel === 'citizen' ? [citizenChat] : [null, general];
      for (const useCase of useCases) {
        const d = evaluateRequest({ text: r.text, useCase });
        assert.equal(d.decision, r.label, `under ${useCase?.id ?? 'no use case'}: ${d.reasons.map((x) => `${x.rule}:${x.effect}`).join(', ')}`);
        if (r.rules[0]) assert.ok(d.reasons.some((x) => x.rule === r.rules[0]), `expected ${r.rules[0]} among ${d.reasons.map((x) => x.rule)}`);
      }
    });
  }
}

test('governance.md §3 has 7 ALLOW, 10 ALLOW_WITH_CONTROLS and 8 BLOCK', () => {
  const count = (l: string) => governance.requests.filter((r) => r.label === l).length;
  assert.deepEqual([count('ALLOW'), count('ALLOW_WITH_CONTROLS'), count('BLOCK')], [7, 10, 8]);
});

test('every BLOCK names a rule, its legal source and what to do instead', () => {
  for (const r of [...governance.requests, ...dev.requests].filter((x) => x.label === 'BLOCK')) {
    const d = evaluateRequest({ text: r.text, useCase: r.channel === 'citizen' ? citizenChat : null });
    const blocking = d.reasons.filter((x) => x.effect === 'BLOCK');
    assert.ok(blocking.length > 0, r.text);
    for (const b of blocking) {
      assert.match(b.rule, /^R\d\d$/);
      assert.ok(b.source.length > 5, `${b.rule} has no source`);
      assert.ok(b.instead && b.instead.length > 20, `${b.rule} says nothing about what to do instead`);
    }
    assert.equal(d.instead, blocking.find((b) => b.instead)!.instead);
  }
});

test('a decision asked of the assistant is blocked with the advice to decide and then ask for the letter', () => {
  const d = evaluateRequest({ text: 'Afgør om Hans Jensen (CPR 010170-1234) er berettiget til hjælp til enkeltudgifter, og send afgørelsen.' });
  assert.equal(d.decision, 'BLOCK');
  assert.equal(d.tier, 'T0');
  assert.match(d.instead!, /Træf selv afgørelsen, og bed derefter om et udkast til brevet/);
  assert.ok(d.controls.includes('C14'), 'the CPR number is still masked');
});

test('the verdict never repeats the request: no names, CPR numbers or words from the text', () => {
  const d = evaluateRequest({ text: 'Afgør om Hans Jensen (CPR 010170-1234) har ret til hjælp, han er diabetiker.' });
  const json = JSON.stringify(d);
  for (const secret of ['Hans', 'Jensen', '010170', 'diabetiker']) assert.ok(!json.includes(secret), secret);
});

test('robust to missing capitals, missing æøå and typos', () => {
  for (const text of ['afgør om borgeren er berettiget til boligstøtte', 'AFGØR OM BORGEREN ER BERETTIGET TIL BOLIGSTØTTE', 'afgor om borgeren er beretiget til boligstotte', 'afgoer om borgeren er berettiget til boligstoette']) {
    assert.equal(evaluateRequest({ text }).decision, 'BLOCK', text);
  }
  assert.equal(evaluateRequest({ text: 'ranger ansogerne til stillingen efter deres cv' }).decision, 'BLOCK');
  assert.equal(evaluateRequest({ text: 'skriv en presemeddelelse om den nye skole' }).decision, 'ALLOW_WITH_CONTROLS');
});

test('a human decision first makes the same case a drafting task', () => {
  const asked = evaluateRequest({ text: 'Giv borgeren afslag på ansøgningen om enkeltydelse.' });
  const drafted = evaluateRequest({ text: 'Jeg har givet borgeren afslag på ansøgningen om enkeltydelse. Skriv afgørelsesbrevet.' });
  assert.equal(asked.decision, 'BLOCK');
  assert.equal(drafted.decision, 'ALLOW_WITH_CONTROLS');
  assert.ok(drafted.controls.includes('C11') && drafted.controls.includes('C04'));
});

test('general questions about rules are allowed; the same question about one person is not', () => {
  assert.equal(evaluateRequest({ text: 'Hvilke betingelser gælder for økonomisk friplads?' }).decision, 'ALLOW');
  assert.equal(evaluateRequest({ text: 'Har familien ret til økonomisk friplads?' }).decision, 'BLOCK');
});

test('privacy flags count only when the text is about someone', () => {
  const general = evaluateRequest({ text: 'Hvad siger serviceloven om boligstøtte?', flags: ['social'] });
  assert.equal(general.decision, 'ALLOW');
  const person = evaluateRequest({ text: 'Opsummer notatet om borgeren.', flags: ['art9.health', 'PERSON'] });
  assert.equal(person.decision, 'ALLOW_WITH_CONTROLS');
  assert.ok(person.signals.includes('data:special_art9'));
  assert.ok(person.controls.includes('C15'));
});

test('a use case blocks data it is not approved for, and says what to do', () => {
  const booking = seedUseCase('booking-af-lokaler');
  const d = evaluateRequest({ text: 'Opsummer lægeerklæringen om borgeren.', useCase: booking });
  assert.equal(d.decision, 'BLOCK');
  assert.ok(d.reasons.some((r) => r.rule === 'R06' && r.effect === 'BLOCK'));
  assert.match(d.instead!, /Fjern oplysningerne/);
  const cpr = evaluateRequest({ text: 'Skriv til borgeren med CPR 010190-1234.', useCase: booking });
  assert.ok(cpr.reasons.some((r) => r.rule === 'R21' && r.effect === 'BLOCK'));
});

test('a retired use case and one that no longer meets its phase are blocked', () => {
  const retired = evaluateRequest({ text: 'Opsummer dagsordenen.', useCase: seedUseCase('match-ledige-virksomheder') });
  assert.equal(retired.decision, 'BLOCK');
  const broken = { ...seedUseCase(DEFAULT_USE_CASE_ID), dpia: 'in_progress' as const };
  const d = evaluateRequest({ text: 'Opsummer dagsordenen.', useCase: broken });
  assert.equal(d.decision, 'BLOCK');
  assert.ok(d.reasons.some((r) => r.rule === 'R07'));
});

test('a pilot without a basis covering personal data only takes data-free requests', () => {
  const pilot = { ...seedUseCase('budgetoverblik'), dataCategories: ['internal' as const, 'personal_ordinary' as const] };
  assert.equal(evaluateRequest({ text: 'Lav et overblik over budgettet.', useCase: pilot }).decision, 'ALLOW');
  const d = evaluateRequest({ text: 'Lav et overblik over borgerens gæld.', useCase: pilot });
  assert.ok(d.reasons.some((r) => r.rule === 'R17' && r.effect === 'BLOCK'));
});

test('ranking applicants is allowed only under an approved T4 use case, with every T4 control', () => {
  const text = 'Ranger ansøgerne til pædagogstillingen ud fra deres CV\'er.';
  const t4 = {
    ...seedUseCase(DEFAULT_USE_CASE_ID),
    id: 'rekruttering',
    name: 'Rekruttering',
    domain: 'hr_recruitment_staff' as const,
    decisionRole: 'decision_support' as const,
    profiling: true,
    fria: 'done' as const,
    consultation: 'Medarbejderrepræsentanter er hørt.',
  };
  const d = evaluateRequest({ text, useCase: t4 });
  assert.equal(d.decision, 'ALLOW_WITH_CONTROLS', d.reasons.map((r) => `${r.rule}:${r.effect}:${r.message}`).join('\n'));
  assert.equal(d.tier, 'T4');
  for (const c of ['C07', 'C18', 'C21', 'C22']) assert.ok(d.controls.includes(c as never), c);
  assert.equal(evaluateRequest({ text, useCase: { ...t4, fria: 'missing' } }).decision, 'BLOCK');
});

test('citizen chatbot: disclosure and scope guard on every answer, no determination of own entitlement', () => {
  const d = evaluateRequest({ text: 'Kan jeg få boligstøtte, når jeg er studerende?', useCase: citizenChat });
  assert.equal(d.decision, 'ALLOW_WITH_CONTROLS');
  assert.ok(d.controls.includes('C02') && d.controls.includes('C24'));
  assert.ok(d.reasons.some((r) => r.rule === 'R02' && r.effect === 'CONTROLS'));
});

test('pure: the same input gives the same verdict', () => {
  const text = 'Opsummer høringssvarene til lokalplanforslaget og grupper dem efter tema.';
  assert.deepEqual(evaluateRequest({ text, useCase: general }), evaluateRequest({ text, useCase: general }));
});

test('pasted material is data, not instructions: a quoted question or a "Derfor er han berettiget" does not block', () => {
  const note = 'Opsummer dette notat: Borgeren ringede og spurgte, om hun kan få boligstøtte. Kan hun få hjælp? Jeg lovede at vende tilbage.';
  assert.equal(evaluateRequest({ text: note, useCase: general }).decision, 'ALLOW_WITH_CONTROLS');
  const letter = 'Kære Hans Jensen\n\nDu har søgt om hjælp til enkeltudgifter. Vi har lagt vægt på din opsparing. Derfor er han ikke berettiget til hjælp.\n\nFind mangler i afgørelsen ovenfor.';
  const d = evaluateRequest({ text: letter, useCase: general });
  assert.equal(d.decision, 'ALLOW_WITH_CONTROLS');
  assert.ok(d.reasons.some((r) => r.rule === 'R23'));
  assert.equal(evaluateRequest({ text: 'Afgør ansøgningen: Hans Jensen søger om hjælp til tandbehandling.' }).decision, 'BLOCK');
});

test('a question about someone else\'s entitlement: general guidance in the citizen chat, blocked for staff', () => {
  const text = 'Kan min mor få hjemmehjælp, hun er 88 år?';
  const citizen = evaluateRequest({ text, useCase: citizenChat });
  assert.equal(citizen.decision, 'ALLOW_WITH_CONTROLS');
  assert.ok(citizen.controls.includes('C24'));
  assert.equal(evaluateRequest({ text, useCase: general }).decision, 'BLOCK');
  assert.equal(evaluateRequest({ text: 'Bevilg min mor hjemmehjælp.', useCase: citizenChat }).decision, 'BLOCK');
});
