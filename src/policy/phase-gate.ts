import { type ControlId, RULES, type RuleId } from './catalogue.ts';
import { approvedHosting, assessUseCase, dpiaTriggered, hasPersonalData, hasSpecialData, tierAtLeast } from './assess-use-case.ts';
import type { Phase, UseCaseFields } from './schemas.ts';

/** One thing a use case lacks for a phase, with the rule that requires it. */
export interface GateItem {
  rule: RuleId;
  control: ControlId | null;
  field: string | null;
  message: string;
  source: string;
}

/** What the gains ledger measured for a use case during its pilot (usage module); null when nothing is measured. */
export interface PilotEffect {
  calls: number;
  minutesSaved: number;
  from: string;
  to: string;
}

const item = (rule: RuleId, control: ControlId | null, field: string | null, message: string): GateItem => ({ rule, control, field, message, source: RULES[rule].source });

/** Forward one step, back one step, retire from anywhere, and revive a retired use case as an idea. */
const TRANSITIONS: Record<Phase, readonly Phase[]> = {
  idea: ['pilot', 'retired'],
  pilot: ['production', 'idea', 'retired'],
  production: ['scale_up', 'pilot', 'retired'],
  scale_up: ['production', 'retired'],
  retired: ['idea'],
};

export const canMove = (from: Phase, to: Phase) => TRANSITIONS[from].includes(to);

/**
 * Everything the use case lacks to be in `phase` (governance.md R05–R07, R15–R17, C01–C25). Empty means
 * the phase is allowed. `pilotEffect` is the gains ledger's measurement; without one, the recorded evidence counts.
 */
export function phaseRequirements(u: UseCaseFields, phase: Phase, pilotEffect: PilotEffect | null = null): GateItem[] {
  if (phase === 'idea' || phase === 'retired') return [];
  const missing: GateItem[] = [];
  const a = assessUseCase(u);
  const personal = hasPersonalData(u);
  if (a.tier === 'T0') {
    for (const r of a.reasons.filter((x) => x.effect === 'BLOCK')) missing.push(item(r.rule, null, null, `${r.message} Anvendelsen kan ikke sættes i gang.`));
    return missing;
  }
  if (!u.accountableOwner) missing.push(item('R15', 'C01', 'accountableOwner', 'Angiv en ansvarlig ejer.'));
  if (!u.contactEmail) missing.push(item('R15', 'C01', 'contactEmail', 'Angiv en kontakt-e-mail.'));
  if (!u.summaryPublic) missing.push(item('R15', 'C01', 'summaryPublic', 'Skriv en kort beskrivelse i klart sprog.'));

  if (phase === 'pilot') {
    if (personal && !u.legalBasis?.coversPhases.includes('pilot')) {
      missing.push(item('R17', 'C17', 'legalBasis.coversPhases', 'En pilot med personoplysninger kræver hjemmel, der dækker pilotfasen. Ellers må piloten kun bruge syntetiske, anonymiserede eller offentlige data.'));
    }
    return missing;
  }

  // production and scale_up
  for (const f of a.missingFields) {
    if (!['accountableOwner', 'contactEmail', 'summaryPublic', 'revisionDate'].includes(f.field)) missing.push(item('R15', 'C01', f.field, `Udfyld feltet "${f.label}", som kræves fra ${f.tier}.`));
  }
  if (personal) {
    const lb = u.legalBasis;
    if (!lb?.gdprArt6) missing.push(item('R05', 'C08', 'legalBasis.gdprArt6', 'Angiv hjemmel efter GDPR art. 6.'));
    if (!lb?.coversPhases.includes(phase === 'scale_up' ? 'scale_up' : 'production') && !lb?.coversPhases.includes('production')) {
      missing.push(item('R05', 'C08', 'legalBasis.coversPhases', 'Hjemlen skal dække drift, ikke kun udvikling og pilot.'));
    }
    if (tierAtLeast(a.tier, 'T3') && !lb?.nationalBasis) {
      missing.push(item('R05', 'C08', 'legalBasis.nationalBasis', 'Angiv den supplerende nationale hjemmel til AI-behandlingen i drift.'));
    }
    if (!lb?.assessedBy.length) missing.push(item('R05', 'C08', 'legalBasis.assessedBy', 'Hjemlen skal være vurderet af DPO eller jurist.'));
  }
  if (hasSpecialData(u)) {
    if (u.dataCategories.includes('special_art9') && !u.legalBasis?.gdprArt9) missing.push(item('R06', 'C08', 'legalBasis.gdprArt9', 'Angiv undtagelse efter GDPR art. 9, stk. 2.'));
    if (!approvedHosting(u)) missing.push(item('R06', 'C15', 'hosting', 'Følsomme oplysninger kræver egen drift eller en EU-databehandler med databehandleraftale.'));
  }
  if (personal && u.hosting === 'public_consumer_service') missing.push(item('R20', 'C15', 'hosting', 'Personoplysninger må ikke sendes til en offentlig AI-tjeneste.'));
  if ((dpiaTriggered(u) || hasSpecialData(u)) && u.dpia !== 'approved') missing.push(item('R07', 'C06', 'dpia', 'Konsekvensanalysen (DPIA) skal være godkendt.'));
  if (a.tier === 'T4' && u.fria !== 'done') missing.push(item('R08', 'C07', 'fria', 'Konsekvensanalysen for grundlæggende rettigheder (FRIA) skal være udført.'));
  if (tierAtLeast(a.tier, 'T2') && u.register !== 'published') missing.push(item('R15', 'C01', 'register', 'Registreringen skal være offentliggjort i det offentlige register.'));
  if (!u.revisionDate) missing.push(item('R15', 'C25', 'revisionDate', 'Angiv en revisionsdato.'));
  if (!u.businessCase.documentedGain) missing.push(item('R16', 'C16', 'businessCase.documentedGain', 'Business casen skal dokumentere den forventede gevinst.'));
  if (!u.businessCase.operatingCostsIncluded) missing.push(item('R16', 'C16', 'businessCase.operatingCostsIncluded', 'Business casen skal medregne driftsomkostningerne.'));
  const oversight = u.humanOversight;
  if (u.inDecisionCase && tierAtLeast(a.tier, 'T3')) {
    if (!oversight.finalDecisionByHuman) missing.push(item('R04', 'C04', 'humanOversight.finalDecisionByHuman', 'Et menneske skal træffe den endelige afgørelse.'));
    if (!oversight.canOverride) missing.push(item('R04', 'C04', 'humanOversight.canOverride', 'Sagsbehandleren skal kunne tilsidesætte AI-forslaget.'));
  }
  if (a.tier === 'T4') {
    if (!oversight.reviewerTrained) missing.push(item('R13', 'C09', 'humanOversight.reviewerTrained', 'Brugerne skal have rollebaseret træning.'));
    if (!oversight.overrideLogged) missing.push(item('R14', 'C05', 'humanOversight.overrideLogged', 'Tilsidesættelser skal logges.'));
  }

  if (phase === 'scale_up') {
    const measured = pilotEffect !== null && pilotEffect.calls > 0 && pilotEffect.minutesSaved > 0;
    const recorded = u.pilotEvidence.documented && u.pilotEvidence.summary.length > 0 && (u.pilotEvidence.minutesSavedPerMonth ?? 0) > 0;
    if (!measured && !recorded) {
      missing.push(item('R16', 'C17', 'pilotEvidence', 'Skalering kræver dokumenteret effekt af piloten: målt sparet tid i gevinstregnskabet eller registreret evidens med opsummering og sparede minutter pr. måned.'));
    }
  }
  return missing;
}
