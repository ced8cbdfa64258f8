import { CONTROLS, type ControlId, RULES, type RuleId } from './catalogue.ts';
import { approvedHosting, assessUseCase, maxTier, tierAtLeast } from './assess-use-case.ts';
import { detectSignals, type ProfilingArea, type RequestSignals } from './detect-signals.ts';
import { categoriesFromFlags } from './flags.ts';
import { phaseRequirements } from './phase-gate.ts';
import type { DataCategory, Domain, PolicyDecision, ProhibitedPractice, Reason, Tier, UseCase, UseCaseFields } from './schemas.ts';

export interface EvaluateRequestInput {
  text: string;
  /** The use case the request runs under; without one, only the request itself is judged. */
  useCase?: (UseCaseFields & { id: string; phase: UseCase['phase'] }) | null;
  /** The privacy module's flag ids for the text, optionally with the entity types it found (`CPR`, `PERSON` …). */
  flags?: readonly string[];
}

const INSTEAD = {
  decision: 'Træf selv afgørelsen, og bed derefter om et udkast til brevet. Platformen kan også opsummere sagen, finde de regler, der gælder, eller gennemgå dit eget udkast for mangler.',
  profiling: 'Vurder selv hver enkelt person. Platformen kan opsummere den enkelte sag eller ansøgning og lave en tjekliste ud fra de krav, der gælder, som du selv anvender.',
  recruitment: 'Læs og vurder selv ansøgningerne. Platformen kan opsummere den enkelte ansøgning eller lave en tjekliste ud fra stillingsopslagets krav, som du selv anvender.',
  matching: 'Kontrol og samkøring af oplysninger om borgere kræver en konkret kontrolhjemmel, en DPIA og en godkendt højrisiko-anvendelse. Tal med jeres jurist og databeskyttelsesrådgiver om sagen.',
  consumer: 'Brug kommunens AI-platform i stedet: her maskeres personoplysninger, og kun godkendte modeller bruges. Send aldrig borgeres eller kollegers oplysninger til offentlige AI-tjenester.',
  realPerson: 'Lav ikke realistiske billeder, lyd eller video af rigtige personer. Brug et rigtigt foto med samtykke eller en tydeligt tegnet illustration.',
} as const;

const PROHIBITED: Record<ProhibitedPractice, { message: string; instead: string }> = {
  emotion_recognition_work_or_school: {
    message: 'At aflæse følelser hos medarbejdere eller elever ud fra ansigt, stemme eller video er forbudt.',
    instead: 'Mål trivsel med en frivillig og anonym trivselsundersøgelse, og lad platformen opsummere de samlede svar.',
  },
  social_scoring: {
    message: 'At give borgere en score for deres adfærd eller personlige forhold (social scoring) er forbudt.',
    instead: 'Behandl hver sag efter de regler, der gælder for den. Platformen kan finde reglerne og opsummere sagen.',
  },
  biometric_categorisation_sensitive: {
    message: 'At udlede etnicitet, religion, seksuel orientering eller politisk holdning ud fra biometriske data er forbudt.',
    instead: 'Brug ikke AI til dette. Oplysninger af denne art må kun indgå, hvis personen selv har givet dem, og der er hjemmel.',
  },
  crime_risk_from_profiling_only: {
    message: 'At forudsige, om en person vil begå kriminalitet, alene ud fra profilering er forbudt.',
    instead: 'Vurderinger af kriminalitetsrisiko foretages af fagpersoner ud fra konkrete, objektive oplysninger.',
  },
};

const PROFILING: Record<ProfilingArea, { rules: RuleId[]; message: string; domain: Domain | null; instead: string }> = {
  recruitment: { rules: ['R18', 'R08'], message: 'Rangering eller vurdering af ansøgere til en stilling er højrisiko-AI (bilag III, nr. 4) og kræver en godkendt T4-anvendelse.', domain: 'hr_recruitment_staff', instead: INSTEAD.recruitment },
  staff: { rules: ['R18'], message: 'Overvågning, vurdering eller rangering af medarbejdere er højrisiko-AI (bilag III, nr. 4) og kræver en godkendt T4-anvendelse.', domain: 'hr_recruitment_staff', instead: INSTEAD.profiling },
  employment: { rules: ['R09', 'R05', 'R07'], message: 'Profilering, scoring eller matchning af ledige kræver en klar national hjemmel, en DPIA og en godkendt T4-anvendelse.', domain: 'employment_services', instead: INSTEAD.profiling },
  benefits: { rules: ['R09', 'R08', 'R05', 'R07'], message: 'Profilering eller udsøgning af modtagere af ydelser er højrisiko-AI (bilag III, nr. 5, litra a) og kræver en godkendt T4-anvendelse.', domain: 'benefits_eligibility', instead: INSTEAD.profiling },
  children: { rules: ['R19', 'R09'], message: 'Profilering eller rangering af børn og familier kræver en særlig hjemmel og en godkendt T4-anvendelse.', domain: 'children_family', instead: INSTEAD.profiling },
  education: { rules: ['R08', 'R09'], message: 'Rangering eller vurdering af elever og studerende er højrisiko-AI (bilag III, nr. 3).', domain: 'education_admission', instead: INSTEAD.profiling },
  housing: { rules: ['R09', 'R05'], message: 'Rangering af borgere til boliger eller botilbud er på strategiens højrisikoliste og kræver en godkendt T4-anvendelse.', domain: 'housing_offers_botilbud', instead: INSTEAD.profiling },
  care: { rules: ['R09', 'R05'], message: 'Profilering eller prioritering af borgere til pleje og sundhedsydelser kræver en godkendt T4-anvendelse.', domain: 'health_care_nursing', instead: INSTEAD.profiling },
  other: { rules: ['R09', 'R05'], message: 'Scoring, rangering eller profilering af personer kræver hjemmel og en godkendt anvendelse.', domain: null, instead: INSTEAD.profiling },
};

const PERSONAL: readonly DataCategory[] = ['personal_ordinary', 'cpr', 'confidential_private', 'special_art9', 'criminal_art10', 'child'];

const CATEGORY_LABEL: Record<DataCategory, string> = {
  none: 'ingen data',
  public: 'offentlige oplysninger',
  internal: 'interne oplysninger',
  personal_ordinary: 'personoplysninger',
  cpr: 'CPR-numre',
  confidential_private: 'fortrolige oplysninger om økonomiske eller sociale forhold',
  special_art9: 'følsomme oplysninger (fx helbred)',
  criminal_art10: 'oplysninger om strafbare forhold',
  child: 'oplysninger om børn',
};

class Verdict {
  readonly reasons: Reason[] = [];
  readonly controls = new Map<ControlId, Set<RuleId>>();
  tier: Tier = 'T1';

  add(rule: RuleId, effect: Reason['effect'], message: string, opts: { tier?: Tier; controls?: ControlId[]; instead?: string; source?: string } = {}): void {
    if (this.reasons.some((r) => r.rule === rule && r.message === message)) return;
    this.reasons.push({ rule, message, source: opts.source ?? RULES[rule].source, effect, ...(opts.instead ? { instead: opts.instead } : {}) });
    if (opts.tier) this.tier = maxTier(this.tier, opts.tier);
    for (const c of opts.controls ?? []) (this.controls.get(c) ?? this.controls.set(c, new Set()).get(c)!).add(rule);
  }

  get blocked(): boolean {
    return this.reasons.some((r) => r.effect === 'BLOCK');
  }
}

/**
 * The request gate (governance.md §2, request level): what the request asks for, which data it carries,
 * and whether its use case covers that. Pure: the same text, use case and flags give the same verdict.
 */
export function evaluateRequest(input: EvaluateRequestInput): PolicyDecision {
  const s = detectSignals(input.text);
  const uc = input.useCase ?? null;
  const categories = new Set<DataCategory>([...s.categories, ...categoriesFromFlags(input.flags ?? [], s.personReference || s.decisionCase)]);
  const personal = [...categories].some((c) => PERSONAL.includes(c));
  const v = new Verdict();

  if (uc) judgeUseCase(v, uc, categories, personal);

  if (s.prohibited) {
    const p = PROHIBITED[s.prohibited];
    v.add('R01', 'BLOCK', p.message, { tier: 'T0', instead: p.instead });
  }
  // A citizen asking about their own or a relative's entitlement gets the general rules (C24), not a block.
  const citizenQuestion = Boolean(uc?.citizenFacing) && s.entitlementQuestion;
  if (s.decisionAsked || (s.entitlementQuestion && !citizenQuestion)) {
    v.add('R02', 'BLOCK', 'Du beder AI om at træffe eller reelt træffe en afgørelse om en person. Det må kun et menneske.', { tier: 'T0', instead: INSTEAD.decision });
    if (s.domains.includes('benefits_eligibility')) v.add('R08', 'INFO', 'Vurdering af ret til ydelser er højrisiko-AI (bilag III, nr. 5, litra a).', { tier: 'T4' });
    if (s.domains.includes('children_family')) v.add('R19', 'INFO', 'Afgørelser om børn træffes af fagpersoner.', { tier: 'T4' });
  }
  if (s.profiling) judgeProfiling(v, s.profiling, s, uc);

  if (s.consumerServiceWithData) {
    v.add('R20', 'BLOCK', 'Personoplysninger og sagsakter må ikke sendes til offentlige AI-tjenester.', { tier: 'T3', instead: INSTEAD.consumer });
  } else if (s.consumerService) {
    v.add('R20', 'INFO', 'Offentlige AI-tjenester må kun få offentlige oplysninger. Brug kommunens platform til alt andet.');
  }

  if (s.realPersonMedia) v.add('R12', 'BLOCK', 'Realistiske billeder, lyd eller video af rigtige personer laves ikke.', { tier: 'T2', instead: INSTEAD.realPerson });
  else if (s.syntheticMedia) v.add('R12', 'CONTROLS', 'Billeder, lyd og video lavet med AI skal mærkes som AI-genereret.', { tier: 'T2', controls: ['C03'] });

  judgeCategories(v, categories, s);

  if (s.legalAssessment) {
    v.add('R22', 'CONTROLS', 'Juridiske vurderinger er kun udkast: en jurist gennemgår dem, og kilderne vises og kontrolleres.', { tier: 'T3', controls: s.reclaim ? ['C04', 'C13', 'C12'] : ['C04', 'C13'] });
  }
  const decides = s.decisionAsked || (s.entitlementQuestion && !citizenQuestion);
  if (s.decisionCase && !decides) {
    const controls: ControlId[] = s.role === 'procedural' ? ['C04', 'C05'] : ['C04', 'C05', 'C13'];
    if (s.role === 'preparatory') controls.push('C12');
    if (s.caseNote) controls.push('C13');
    v.add('R04', 'CONTROLS', s.role === 'procedural'
      ? 'En snæver sagsbehandlingsopgave i sager med afgørelse: resultatet logges, og ingen sag prioriteres efter sandsynligheden for udfaldet.'
      : 'Forberedende arbejde i en sag med afgørelse: du træffer selv afgørelsen, og det, du bruger, journaliseres.', { tier: 'T3', controls });
  }
  if (s.decisionLetter && !decides) {
    v.add('R23', 'CONTROLS', s.humanDecided
      ? 'Afgørelsesbrevet kontrolleres med tjeklisten for begrundelse, lovhenvisninger og klagevejledning, før det sendes.'
      : 'Afgørelsesbrevet kontrolleres med tjeklisten, før det sendes. Bekræft, at du selv har truffet afgørelsen.', { tier: 'T3', controls: ['C11', 'C04'] });
  }
  if (s.publicText) v.add('R11', 'CONTROLS', 'Tekst til offentligheden: en navngiven redaktør godkender den, ellers mærkes den som AI-genereret.', { tier: 'T2', controls: ['C03'] });

  if (uc?.citizenFacing) {
    v.add('R10', 'CONTROLS', 'Borgeren skal tydeligt kunne se, at svaret kommer fra AI, og får kun generel vejledning.', { tier: 'T2', controls: ['C02', 'C24', 'C05'] });
    if (s.ownEntitlementQuestion || citizenQuestion) {
      v.add('R02', 'CONTROLS', 'Svar med de generelle regler og hvordan man søger; giv ingen konkret vurdering af retten til ydelsen, og tilbyd kontakt til en sagsbehandler.', { controls: ['C24'] });
    }
  }

  if (tierAtLeast(v.tier, 'T3') && !v.blocked) v.add('R13', 'CONTROLS', 'Opgaven kræver, at brugeren har rollebaseret træning ud over grundkurset.', { controls: ['C09'] });
  if (tierAtLeast(v.tier, 'T2') && !v.blocked) v.add('R14', 'CONTROLS', 'Brugen logges i revisionssporet.', { controls: ['C05'] });

  if (v.reasons.length === 0) v.add('R24', 'INFO', 'Intern opgave med lav risiko uden personoplysninger.');
  else if (v.reasons.every((r) => r.effect === 'INFO') && !personal) v.add('R24', 'INFO', 'Ingen regel kræver kontroller for denne opgave.');

  const decision = v.blocked ? 'BLOCK' : v.controls.size > 0 ? 'ALLOW_WITH_CONTROLS' : 'ALLOW';
  const controlIds = [...v.controls.keys()].sort();
  return {
    decision,
    tier: v.tier,
    reasons: v.reasons,
    controls: controlIds,
    controlDetails: controlIds.map((id) => ({ id, title: CONTROLS[id].title, source: CONTROLS[id].source, rules: [...v.controls.get(id)!].sort() })),
    instead: v.reasons.find((r) => r.effect === 'BLOCK' && r.instead)?.instead ?? null,
    signals: signalIds(s, categories),
    useCaseId: uc?.id ?? null,
  };
}

function judgeUseCase(v: Verdict, uc: NonNullable<EvaluateRequestInput['useCase']>, categories: Set<DataCategory>, personal: boolean): void {
  const name = `"${uc.name}"`;
  if (uc.phase === 'retired') {
    v.add('R15', 'BLOCK', `Anvendelsen ${name} er udfaset og må ikke bruges.`, { instead: 'Vælg en anden anvendelse, eller bed AI-koordinatoren om at genoptage denne.' });
    return;
  }
  const assessment = assessUseCase(uc);
  if (assessment.tier === 'T0') {
    for (const r of assessment.reasons.filter((x) => x.effect === 'BLOCK')) v.add(r.rule, 'BLOCK', `Anvendelsen ${name}: ${r.message}`, { tier: 'T0', instead: 'Anvendelsen kan ikke godkendes. Tal med AI-koordinatoren om et alternativ.' });
    return;
  }
  if (uc.phase === 'production' || uc.phase === 'scale_up') {
    for (const gap of phaseRequirements(uc, uc.phase)) {
      if (gap.rule === 'R16') continue; // the business case gates the phase move, not the single request
      v.add(gap.rule, 'BLOCK', `Anvendelsen ${name} opfylder ikke længere kravene til drift: ${gap.message}`, { instead: 'Bed AI-koordinatoren om at udfylde registreringen, eller brug en anden anvendelse.' });
    }
  } else if (personal && !uc.legalBasis?.coversPhases.includes(uc.phase)) {
    v.add('R17', 'BLOCK', `Anvendelsen ${name} er i fasen "${uc.phase}" og har ikke hjemmel til personoplysninger endnu.`, { instead: 'Brug syntetiske, anonymiserede eller offentlige data i piloten, eller brug en anvendelse i drift.' });
  }
  if (personal && !approvedHosting(uc)) {
    v.add('R20', 'BLOCK', `Anvendelsen ${name} bruger en model, der ikke er godkendt til personoplysninger.`, { instead: INSTEAD.consumer });
  }
  const covers = (c: DataCategory) => uc.dataCategories.includes(c);
  const uncovered = [...categories].filter((c) => PERSONAL.includes(c) && !covers(c));
  for (const c of uncovered) {
    const rule: RuleId = c === 'cpr' ? 'R21' : c === 'child' ? 'R19' : c === 'personal_ordinary' ? 'R05' : 'R06';
    const instead = c === 'cpr' ? 'Fjern CPR-nummeret fra teksten, eller brug en anvendelse, der er godkendt til CPR-numre.' : `Fjern oplysningerne, eller brug en anvendelse, der er godkendt til ${CATEGORY_LABEL[c]}.`;
    v.add(rule, 'BLOCK', `Anvendelsen ${name} er ikke godkendt til ${CATEGORY_LABEL[c]}.`, { tier: 'T3', instead });
  }
  if (categories.has('special_art9') && covers('special_art9') && !(uc.legalBasis?.gdprArt9 && uc.dpia === 'approved')) {
    v.add('R06', 'BLOCK', `Anvendelsen ${name} mangler undtagelse efter GDPR art. 9 eller en godkendt DPIA.`, { tier: 'T3', instead: 'Fjern de følsomme oplysninger, eller bed AI-koordinatoren om at få anvendelsen godkendt til dem.' });
  }
}

function judgeProfiling(v: Verdict, area: ProfilingArea, s: RequestSignals, uc: EvaluateRequestInput['useCase']): void {
  const p = s.dataMatching && area !== 'recruitment' && area !== 'staff'
    ? { ...PROFILING[area], rules: [...new Set<RuleId>(['R05', 'R09', 'R07', ...PROFILING[area].rules])], message: 'Udsøgning og samkøring af oplysninger om borgere til kontrol er profilering og kræver en konkret kontrolhjemmel, en DPIA og en FRIA.', instead: INSTEAD.matching }
    : PROFILING[area];
  const approved = uc && uc.profiling && p.domain === uc.domain && assessUseCase(uc).tier === 'T4'
    && (uc.phase === 'production' || uc.phase === 'scale_up') && phaseRequirements(uc, uc.phase).length === 0;
  if (approved) {
    v.add(p.rules[0]!, 'CONTROLS', `Anvendelsen "${uc.name}" er godkendt som højrisiko-anvendelse til dette; alle T4-kontroller gælder.`, {
      tier: 'T4', controls: ['C01', 'C04', 'C05', 'C06', 'C07', 'C09', 'C10', 'C18', 'C19', 'C20', 'C22', 'C23', ...(area === 'recruitment' || area === 'staff' ? (['C21'] as ControlId[]) : [])],
    });
    return;
  }
  const [first, ...rest] = p.rules;
  v.add(first!, 'BLOCK', p.message, { tier: 'T4', instead: p.instead });
  for (const r of rest) v.add(r, 'INFO', RULES[r].title + '.', { tier: 'T4' });
}

function judgeCategories(v: Verdict, categories: Set<DataCategory>, s: RequestSignals): void {
  if (categories.has('special_art9') || categories.has('criminal_art10')) {
    v.add('R06', 'CONTROLS', 'Teksten ser ud til at indeholde følsomme oplysninger eller oplysninger om strafbare forhold: kun godkendte modeller, maskering og logning.', { tier: 'T3', controls: ['C14', 'C15', 'C05', 'C06'] });
  }
  if (categories.has('child')) {
    v.add('R19', 'CONTROLS', 'Teksten handler om et barn: kun udkast og opsummeringer, som en fagperson kontrollerer.', { tier: 'T4', controls: ['C04', 'C14', 'C15', 'C05'] });
  }
  if (categories.has('cpr')) v.add('R21', 'CONTROLS', 'CPR-numre maskeres, før en sprogmodel ser teksten.', { tier: 'T3', controls: ['C14'] });
  if (categories.has('confidential_private')) {
    v.add('R06', 'CONTROLS', 'Teksten ser ud til at indeholde fortrolige oplysninger om økonomiske eller sociale forhold: kun godkendte modeller.', { tier: s.decisionCase ? 'T3' : 'T2', controls: ['C14', 'C15'] });
  }
  if ([...categories].some((c) => PERSONAL.includes(c))) {
    v.add('R06', 'CONTROLS', 'Teksten indeholder personoplysninger: de maskeres, og kun godkendte modeller bruges.', { tier: s.decisionCase ? 'T3' : 'T2', controls: ['C14', 'C15'] });
    v.add('R05', 'CONTROLS', 'Personoplysninger behandles kun under en godkendt anvendelse med hjemmel, der dækker drift.', { controls: ['C08'] });
  }
}

function signalIds(s: RequestSignals, categories: Set<DataCategory>): string[] {
  const out: string[] = [];
  if (s.prohibited) out.push(`prohibited:${s.prohibited}`);
  if (s.decisionAsked) out.push('decision_intent');
  if (s.entitlementQuestion) out.push('entitlement_question');
  if (s.humanDecided) out.push('human_decided');
  if (s.ownEntitlementQuestion) out.push('own_entitlement_question');
  if (s.profiling) out.push(`profiling:${s.profiling}`);
  if (s.dataMatching) out.push('data_matching');
  if (s.consumerService) out.push(s.consumerServiceWithData ? 'consumer_service_with_data' : 'consumer_service');
  if (s.publicText) out.push('public_interest_text');
  if (s.syntheticMedia) out.push(s.realPersonMedia ? 'synthetic_media_real_person' : 'synthetic_media');
  if (s.legalAssessment) out.push('legal_assessment');
  if (s.decisionCase) out.push('decision_case');
  if (s.decisionLetter) out.push('decision_letter');
  if (s.caseNote) out.push('case_note');
  out.push(`role:${s.role}`);
  for (const d of s.domains) out.push(`domain:${d}`);
  for (const c of [...categories].sort()) out.push(`data:${c}`);
  return out;
}
