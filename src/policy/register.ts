import type { Db } from '../db/index.ts';
import type { Clock } from '../kernel/index.ts';
import { systemClock } from '../kernel/index.ts';
import { assessUseCase } from './assess-use-case.ts';
import type { RegisterEntry, TransparencyRegister } from './register-schema.ts';
import type { Phase, Tier, UseCase } from './schemas.ts';
import { STRATEGY, type StrategyDocument } from './strategy.ts';
import { listUseCases } from './use-cases.ts';

const NL_STATUS: Record<Phase, RegisterEntry['standards']['nlAlgoritmeregister']['status']> = {
  idea: 'In ontwikkeling',
  pilot: 'In ontwikkeling',
  production: 'In gebruik',
  scale_up: 'In gebruik',
  retired: 'Buiten gebruik',
};
const UK_PHASE: Record<Phase, RegisterEntry['standards']['ukAtrs']['phase']> = {
  idea: 'idea',
  pilot: 'development',
  production: 'production',
  scale_up: 'production',
  retired: 'retired',
};
const NL_CATEGORY: Record<Tier, RegisterEntry['standards']['nlAlgoritmeregister']['publication_category']> = {
  T0: 'Hoog-risico AI-systeem',
  T4: 'Hoog-risico AI-systeem',
  T3: 'Impactvolle algoritmes',
  T2: 'Impactvolle algoritmes',
  T1: 'Overige algoritmes',
};

export const ROLE_LABEL: Record<UseCase['decisionRole'], string> = {
  none: 'Ingen forbindelse til sager eller afgørelser',
  information: 'Generel information og videnssøgning',
  drafting: 'Laver udkast, som en medarbejder retter og står inde for',
  procedural: 'Snæver sagsbehandlingsopgave (sortering, manglende bilag)',
  preparatory: 'Forberedende arbejde (opsummering, udtræk af fakta)',
  decision_support: 'Beslutningsstøtte, som kan påvirke udfaldet',
  automated_decision: 'Automatisk afgørelse',
};

function legalBasisText(u: UseCase): string {
  const lb = u.legalBasis;
  if (!lb) return 'Ingen personoplysninger.';
  return [lb.gdprArt6 && `GDPR art. ${lb.gdprArt6.slice(0, 1)}, stk. 1, litra ${lb.gdprArt6.slice(-1)}`, lb.gdprArt9 && `art. 9, stk. 2, litra ${lb.gdprArt9.slice(-1)}`, lb.nationalBasis]
    .filter(Boolean)
    .join('; ');
}

export function registerEntry(u: UseCase, organisation: string): RegisterEntry {
  const a = assessUseCase(u);
  const documentation: Record<string, string> = {};
  for (const key of ['purposeAndImpact', 'proportionality', 'frequencyScale', 'dataSources', 'dataSharingAndAccess', 'model', 'supplier', 'risksAndMitigations', 'noticeToAffected', 'humanOversightDescription', 'recourse', 'biasTesting', 'monitoring', 'impactAssessments', 'reversibility', 'fallback', 'consultation'] as const) {
    if (u[key]) documentation[key] = u[key];
  }
  const oversight = u.humanOversightDescription || ROLE_LABEL[u.decisionRole];
  const impact = [u.dpia === 'approved' ? 'DPIA godkendt' : `DPIA: ${u.dpia}`, u.fria === 'done' ? 'FRIA udført' : null, u.impactAssessments || null].filter(Boolean).join('. ');
  return {
    id: u.id,
    name: u.name,
    summary: u.summaryPublic,
    organisation,
    department: u.department,
    accountableOwner: u.accountableOwner,
    contactEmail: u.contactEmail,
    phase: u.phase,
    tier: a.tier,
    approvalLevel: a.approvalLevel,
    domain: u.domain,
    citizenFacing: u.citizenFacing,
    decisionRole: u.decisionRole,
    dataCategories: u.dataCategories,
    legalBasis: u.legalBasis ? { gdprArt6: u.legalBasis.gdprArt6, gdprArt9: u.legalBasis.gdprArt9, nationalBasis: u.legalBasis.nationalBasis } : null,
    dpia: u.dpia,
    fria: u.fria,
    hosting: u.hosting,
    controls: a.controls.map(({ id, title }) => ({ id, title })),
    documentation,
    publishedAt: u.publishedAt,
    updatedAt: u.updatedAt,
    revisionDate: u.revisionDate,
    standards: {
      nlAlgoritmeregister: {
        standard_version: '1.0.0',
        name: u.name.slice(0, 100),
        description_short: u.summaryPublic,
        organization: organisation,
        status: NL_STATUS[u.phase],
        contact_email: u.contactEmail,
        publication_category: NL_CATEGORY[a.tier],
        goal: u.purposeAndImpact,
        proportionality: u.proportionality,
        lawful_basis: legalBasisText(u),
        human_intervention: oversight,
        risks: u.risksAndMitigations,
        source_data: u.dataSources,
        methods_and_models: u.model,
        provider: u.supplier,
        process_index_url: u.processingRegisterRef,
        website: u.noticeToAffected,
        impacttoetsen: impact,
        lang: 'DAN',
      },
      ukAtrs: {
        standard_version: '1.1',
        name: u.name,
        description: u.summaryPublic,
        organisation,
        team: u.department,
        senior_responsible_owner: u.accountableOwner,
        contact_email: u.contactEmail,
        phase: UK_PHASE[u.phase],
        scope: u.purposeAndImpact,
        benefit: u.businessCase.expectedGain,
        alternatives_considered: u.proportionality,
        process_integration: ROLE_LABEL[u.decisionRole],
        human_decisions: oversight,
        appeals_and_review: u.recourse,
        required_training: a.tier === 'T3' || a.tier === 'T4' ? 'Grundkursus i AI-kompetencer og rollebaseret træning' : 'Grundkursus i AI-kompetencer',
        frequency_usage: u.frequencyScale,
        source_data_description: u.dataSources,
        data_access_and_storage: u.dataSharingAndAccess,
        model_type: u.model,
        external_supplier: u.supplier,
        impact_assessment_name: impact,
        risk_mitigation: u.risksAndMitigations,
      },
    },
  };
}

/** The published use cases, the strategy's principles and opt-outs: what the public may read without logging in. */
export async function buildRegister(db: Db, clock: Clock = systemClock): Promise<TransparencyRegister> {
  const doc = await readStrategy(db);
  const useCases = await listUseCases(db, { publishedOnly: true });
  return {
    schemaVersion: '1.0',
    organisation: doc.organisation,
    generatedAt: clock.now().toISOString(),
    policy: { title: doc.title, adoptedAt: doc.adoptedAt, principles: doc.principles, optOuts: doc.optOuts },
    decisions: ['ALLOW', 'ALLOW_WITH_CONTROLS', 'BLOCK'],
    entries: useCases.map((u) => registerEntry(u, doc.organisation)),
  };
}

/** The strategy as seeded (and possibly edited in the database), or the built-in text before the first seed. */
export async function readStrategy(db: Db): Promise<StrategyDocument> {
  const row = await db.selectFrom('policy_documents').selectAll().orderBy('adopted_at', 'desc').limit(1).executeTakeFirst();
  if (!row) return STRATEGY;
  return {
    id: row.id,
    organisation: row.organisation,
    title: row.title,
    adoptedAt: row.adopted_at,
    principles: row.principles as StrategyDocument['principles'],
    optOuts: row.opt_outs as StrategyDocument['optOuts'],
  };
}
