import { CONTROLS, type ControlId, RULES, type RuleId } from './catalogue.ts';
import { type ControlDetail, type DataCategory, DOCUMENTATION_FIELDS, type DocumentationField, type Domain, type Reason, type Tier, TIERS, type UseCaseFields } from './schemas.ts';

/** Annex III areas among our domains (governance.md R08). */
const ANNEX_III: readonly Domain[] = ['benefits_eligibility', 'employment_services', 'hr_recruitment_staff', 'education_admission', 'emergency_triage'];
/** The strategy's high-risk list: authority decisions, health, care, children, housing offers, job and benefit decisions, legal assessments. */
const HIGH_RISK_LIST: readonly Domain[] = [
  'authority_decision_other', 'health_care_nursing', 'children_family', 'housing_offers_botilbud', 'benefits_eligibility', 'employment_services', 'legal_assessment', 'emergency_triage',
];
const PERSONAL: readonly DataCategory[] = ['personal_ordinary', 'cpr', 'confidential_private', 'special_art9', 'criminal_art10', 'child'];
const SENSITIVE: readonly DataCategory[] = ['cpr', 'confidential_private', 'special_art9', 'criminal_art10', 'child'];

export const hasPersonalData = (u: Pick<UseCaseFields, 'dataCategories'>) => u.dataCategories.some((c) => PERSONAL.includes(c));
export const hasSpecialData = (u: Pick<UseCaseFields, 'dataCategories'>) => u.dataCategories.some((c) => c === 'special_art9' || c === 'criminal_art10');
export const approvedHosting = (u: Pick<UseCaseFields, 'hosting'>) => u.hosting === 'self_hosted' || u.hosting === 'eu_processor_with_dpa';

/** Tiers ordered from least to most severe; T0 (prohibited) is the most severe. */
const SEVERITY: Record<Tier, number> = { T1: 1, T2: 2, T3: 3, T4: 4, T0: 5 };
export const maxTier = (a: Tier, b: Tier): Tier => (SEVERITY[a] >= SEVERITY[b] ? a : b);
export const tierAtLeast = (t: Tier, min: Tier) => SEVERITY[t] >= SEVERITY[min];

const APPROVAL_LEVEL: Record<Tier, string> = {
  T0: 'Kan ikke godkendes',
  T1: 'Systemejer',
  T2: 'Afdelingschef',
  T3: 'Direktør og databeskyttelsesrådgiver (DPO)',
  T4: 'Direktionen, DPO og jurister; det politiske udvalg orienteres',
};

export const dpiaTriggered = (u: UseCaseFields) =>
  hasPersonalData(u) && (u.profiling || hasSpecialData(u) || u.dataCategories.includes('child') || ['decision_support', 'automated_decision'].includes(u.decisionRole));

/** Whether the use case escapes Annex III through Art. 6(3): a narrow procedural or preparatory role without profiling. */
const art63Exit = (u: UseCaseFields) => !u.profiling && ['none', 'information', 'drafting', 'procedural', 'preparatory'].includes(u.decisionRole);

export interface UseCaseAssessment {
  tier: Tier;
  approvalLevel: string;
  /** Why the tier is what it is, and which rules add controls. */
  reasons: Reason[];
  controls: ControlDetail[];
  /** Register fields this tier makes mandatory that are still empty. */
  missingFields: { field: string; label: string; tier: Tier }[];
}

/** The use-case gate of governance.md §2: tier by the §2.3 matrix, controls by §2.4, each with the rule that requires it. */
export function assessUseCase(u: UseCaseFields): UseCaseAssessment {
  const reasons: Reason[] = [];
  const controls = new Map<ControlId, Set<RuleId>>();
  let tier: Tier = 'T1';
  const fire = (rule: RuleId, message: string, t: Tier | null, ctrl: ControlId[] = [], source: string = RULES[rule].source) => {
    reasons.push({ rule, message, source, effect: t === 'T0' ? 'BLOCK' : ctrl.length ? 'CONTROLS' : 'INFO' });
    if (t) tier = maxTier(tier, t);
    for (const c of ctrl) (controls.get(c) ?? controls.set(c, new Set()).get(c)!).add(rule);
  };
  const personal = hasPersonalData(u);

  if (u.prohibitedPractice) fire('R01', 'Anvendelsen er en forbudt AI-praksis og kan ikke godkendes.', 'T0');
  if (u.decisionRole === 'automated_decision' && u.affectsIdentifiablePerson) {
    fire('R02', 'AI-output, der selv er afgørelsen om en person, er ikke tilladt; platformen har ingen lovhjemmel til automatiske afgørelser.', 'T0');
  }
  const annex = ANNEX_III.includes(u.domain);
  if (annex && !art63Exit(u)) fire('R08', 'Området står i AI-forordningens bilag III, og AI-outputtet kan påvirke udfaldet.', 'T4', ['C01', 'C04', 'C05', 'C06', 'C07', 'C09', 'C10', 'C18', 'C19', 'C20', 'C22', 'C23']);
  if (u.profiling && (annex || HIGH_RISK_LIST.includes(u.domain))) fire('R09', 'Profilering af personer i et højrisiko-område er altid højrisiko.', 'T4', ['C06', 'C07', 'C18']);
  if (u.domain === 'hr_recruitment_staff') fire('R18', 'Anvendelsen vedrører medarbejdere eller rekruttering.', 'T4', ['C21']);
  if (u.domain === 'children_family' || u.dataCategories.includes('child')) {
    fire('R19', 'Anvendelsen vedrører børn og familier.', 'T4', ['C04', 'C06']);
  }
  if (u.citizenFacing && HIGH_RISK_LIST.includes(u.domain)) fire('R08', 'Borgervendt anvendelse på strategiens højrisikoliste.', 'T4', ['C04', 'C10']);

  const caseRole = ['drafting', 'procedural', 'preparatory', 'decision_support'].includes(u.decisionRole);
  if (u.inDecisionCase && caseRole) {
    fire('R04', 'Anvendelsen indgår i sager, hvor der træffes afgørelse; et menneske træffer afgørelsen.', 'T3', u.decisionRole === 'procedural' ? ['C04', 'C05'] : ['C04', 'C05', 'C11', 'C12', 'C13', 'C09']);
  }
  if (u.dataCategories.some((c) => SENSITIVE.includes(c))) {
    fire('R06', 'Anvendelsen behandler følsomme eller fortrolige oplysninger, oplysninger om børn eller CPR-numre.', 'T3', ['C14', 'C15', 'C05', 'C06']);
  } else if (personal) {
    fire('R06', 'Anvendelsen behandler almindelige personoplysninger.', u.inDecisionCase ? 'T3' : 'T2', ['C14', 'C15']);
  }
  if (u.dataCategories.includes('cpr')) fire('R21', 'CPR-numre maskeres før behandling.', null, ['C14']);
  if (u.domain === 'legal_assessment') fire('R22', 'Juridiske vurderinger er på strategiens højrisikoliste: kun udkast, som en jurist gennemgår.', 'T3', ['C04']);
  if (!u.citizenFacing && HIGH_RISK_LIST.includes(u.domain)) {
    fire('R08', 'Intern anvendelse på et område, som strategiens risikomatrix regner for højrisiko.', 'T3', [], 'Frederiksberg Kommunes AI-strategi 2025, risikomatricen');
  }
  if (personal) fire('R05', 'Personoplysninger kræver dokumenteret hjemmel for hver fase, i drift med supplerende national hjemmel.', null, ['C08']);
  if (dpiaTriggered(u)) fire('R07', 'Behandlingen udløser krav om konsekvensanalyse (DPIA).', null, ['C06']);
  if (u.citizenFacing) fire('R10', 'Borgere skal vide, at de taler med AI, og får kun generel vejledning.', 'T2', ['C02', 'C24', 'C05']);
  if (u.outputs.publicInterestText) fire('R11', 'Tekster til offentligheden mærkes som AI, medmindre en redaktør godkender dem.', 'T2', ['C03']);
  if (u.outputs.syntheticMedia) fire('R12', u.outputs.depictsRealPerson ? 'Realistiske billeder af rigtige personer laves ikke.' : 'Syntetiske billeder, lyd og video mærkes som AI.', u.outputs.depictsRealPerson ? 'T0' : 'T2', u.outputs.depictsRealPerson ? [] : ['C03']);
  if (u.hosting === 'public_consumer_service' && personal) fire('R20', 'Personoplysninger må ikke sendes til offentlige AI-tjenester.', 'T0');

  if (tierAtLeast(tier, 'T2')) fire('R14', 'Hver brug logges.', null, ['C05']);
  fire('R13', tierAtLeast(tier, 'T3') ? 'Brugerne skal have grundkurset og rollebaseret træning.' : 'Brugerne skal have grundkurset i AI-kompetencer.', null, ['C09']);
  fire('R15', tierAtLeast(tier, 'T2') ? 'Registreringen offentliggøres før drift og får en revisionsdato.' : 'Anvendelsen registreres med en revisionsdato.', null, ['C01', 'C25']);
  fire('R16', 'Drift kræver en business case med gevinst og driftsomkostninger; skalering kræver dokumenteret effekt.', null, ['C16', 'C17']);
  if (reasons.every((r) => ['R05', 'R13', 'R14', 'R15', 'R16', 'R21'].includes(r.rule))) {
    reasons.unshift({ rule: 'R24', message: 'Intern opgave med lav risiko uden personoplysninger ud over arbejdskontakter.', source: RULES.R24.source, effect: 'INFO' });
  }

  return {
    tier,
    approvalLevel: APPROVAL_LEVEL[tier],
    reasons,
    controls: [...controls].sort(([a], [b]) => a.localeCompare(b)).map(([id, rules]) => ({ id, title: CONTROLS[id].title, source: CONTROLS[id].source, rules: [...rules].sort() })),
    missingFields: missingRegisterFields(u, tier),
  };
}

const BASE_FIELDS = {
  summaryPublic: 'Kort beskrivelse i klart sprog',
  accountableOwner: 'Ansvarlig ejer',
  contactEmail: 'Kontakt (e-mail)',
  revisionDate: 'Revisionsdato',
} as const;

/** The §1 fields mandatory for the tier that are still empty. */
export function missingRegisterFields(u: UseCaseFields, tier: Tier): { field: string; label: string; tier: Tier }[] {
  const missing: { field: string; label: string; tier: Tier }[] = [];
  const t = tier === 'T0' ? 'T4' : tier;
  const rank = (x: Tier) => TIERS.indexOf(x);
  for (const [field, label] of Object.entries(BASE_FIELDS)) {
    const v = u[field as keyof typeof BASE_FIELDS];
    if (v === null || v === '') missing.push({ field, label, tier: 'T1' });
  }
  if (!u.forvaltningId && !u.department) missing.push({ field: 'department', label: 'Forvaltning eller afdeling', tier: 'T1' });
  if (hasPersonalData(u) && !u.legalBasis?.gdprArt6) missing.push({ field: 'legalBasis.gdprArt6', label: 'Hjemmel (GDPR art. 6)', tier: 'T1' });
  if (hasPersonalData(u) && rank(t) >= rank('T2') && !u.processingRegisterRef) missing.push({ field: 'processingRegisterRef', label: 'Henvisning til fortegnelsen over behandlingsaktiviteter', tier: 'T2' });
  if (rank(t) >= rank('T2') && !u.businessCase.expectedGain) missing.push({ field: 'businessCase.expectedGain', label: 'Forventet gevinst', tier: 'T2' });
  for (const [field, spec] of Object.entries(DOCUMENTATION_FIELDS) as [DocumentationField, { tier: Tier; label: string }][]) {
    if (rank(t) >= rank(spec.tier) && !u[field]) missing.push({ field, label: spec.label, tier: spec.tier });
  }
  return missing;
}
