import { z } from 'zod';
import { Hosting } from '../kernel/index.ts';
import { CONTROL_IDS, type ControlId as ControlKey, RULE_IDS, type RuleId as RuleKey } from './catalogue.ts';

export const PHASES = ['idea', 'pilot', 'production', 'scale_up', 'retired'] as const;
export const Phase = z.enum(PHASES);
export type Phase = z.infer<typeof Phase>;

export const DecisionRole = z.enum(['none', 'information', 'drafting', 'procedural', 'preparatory', 'decision_support', 'automated_decision']);
export type DecisionRole = z.infer<typeof DecisionRole>;

export const DATA_CATEGORIES = ['none', 'public', 'internal', 'personal_ordinary', 'cpr', 'confidential_private', 'special_art9', 'criminal_art10', 'child'] as const;
export const DataCategory = z.enum(DATA_CATEGORIES);
export type DataCategory = z.infer<typeof DataCategory>;

export const DOMAINS = [
  'admin_internal', 'facilities_booking', 'it_support', 'knowledge_search', 'finance_budget', 'communication',
  'planning_construction', 'traffic', 'archive', 'benefits_eligibility', 'employment_services', 'hr_recruitment_staff',
  'education_admission', 'health_care_nursing', 'children_family', 'housing_offers_botilbud', 'legal_assessment',
  'authority_decision_other', 'emergency_triage',
] as const;
export const Domain = z.enum(DOMAINS);
export type Domain = z.infer<typeof Domain>;

export const TIERS = ['T0', 'T1', 'T2', 'T3', 'T4'] as const;
export const Tier = z.enum(TIERS);
export type Tier = z.infer<typeof Tier>;

export const Decision = z.enum(['ALLOW', 'ALLOW_WITH_CONTROLS', 'BLOCK']);
export type Decision = z.infer<typeof Decision>;

export const RuleId = z.enum(RULE_IDS as [RuleKey, ...RuleKey[]]);
export const ControlId = z.enum(CONTROL_IDS as [ControlKey, ...ControlKey[]]);

export const ProhibitedPractice = z.enum(['social_scoring', 'emotion_recognition_work_or_school', 'biometric_categorisation_sensitive', 'crime_risk_from_profiling_only']);
export type ProhibitedPractice = z.infer<typeof ProhibitedPractice>;

const text = (max = 4000) => z.string().trim().max(max);
const isoDate = z.iso.date();

export const LegalBasis = z.strictObject({
  gdprArt6: z.enum(['6.1.a', '6.1.b', '6.1.c', '6.1.e']).nullable().default(null),
  gdprArt9: z.enum(['9.2.a', '9.2.b', '9.2.g', '9.2.h']).nullable().default(null),
  /** The national provision that supplements Art. 6(1)(e) for the AI processing; kept as data the legal team maintains. */
  nationalBasis: text(500).nullable().default(null),
  coversPhases: z.array(Phase).default([]),
  assessedBy: z.array(z.enum(['DPO', 'legal'])).default([]),
  assessedAt: isoDate.nullable().default(null),
});
export type LegalBasis = z.infer<typeof LegalBasis>;

export const HumanOversight = z.strictObject({
  finalDecisionByHuman: z.boolean().default(false),
  canOverride: z.boolean().default(false),
  reviewerTrained: z.boolean().default(false),
  overrideLogged: z.boolean().default(false),
});

export const BusinessCase = z.strictObject({
  expectedGain: text(2000).default(''),
  expectedMinutesSavedPerMonth: z.number().min(0).max(10_000_000).nullable().default(null),
  operatingCostsDkkPerYear: z.number().min(0).max(1_000_000_000).nullable().default(null),
  documentedGain: z.boolean().default(false),
  operatingCostsIncluded: z.boolean().default(false),
});

/** What a pilot showed, recorded by hand until the gains ledger measures it (scale_up gate, R16/C17). */
export const PilotEvidence = z.strictObject({
  documented: z.boolean().default(false),
  summary: text(2000).default(''),
  minutesSavedPerMonth: z.number().min(0).max(10_000_000).nullable().default(null),
  measuredFrom: isoDate.nullable().default(null),
  measuredTo: isoDate.nullable().default(null),
});

/**
 * The free-text documentation fields of governance.md §1 with the tier from which each is mandatory.
 * Keys follow the canonical field names of that table.
 */
export const DOCUMENTATION_FIELDS = {
  purposeAndImpact: { tier: 'T2', label: 'Formål og virkning' },
  proportionality: { tier: 'T2', label: 'Proportionalitet og alternativer' },
  frequencyScale: { tier: 'T2', label: 'Omfang og hyppighed' },
  dataSources: { tier: 'T2', label: 'Datakilder' },
  dataSharingAndAccess: { tier: 'T2', label: 'Deling af og adgang til data' },
  model: { tier: 'T2', label: 'Model og teknisk virkemåde' },
  supplier: { tier: 'T2', label: 'Leverandør' },
  risksAndMitigations: { tier: 'T2', label: 'Risici og afhjælpning' },
  noticeToAffected: { tier: 'T2', label: 'Information til berørte' },
  humanOversightDescription: { tier: 'T2', label: 'Menneskelig kontrol' },
  recourse: { tier: 'T3', label: 'Klage og genoptagelse' },
  biasTesting: { tier: 'T3', label: 'Skævhed og beskyttede egenskaber' },
  monitoring: { tier: 'T3', label: 'Ydeevne og overvågning' },
  impactAssessments: { tier: 'T3', label: 'Konsekvensanalyser' },
  reversibility: { tier: 'T3', label: 'Reversibilitet' },
  fallback: { tier: 'T3', label: 'Reserveproces uden AI' },
  consultation: { tier: 'T4', label: 'Inddragelse af berørte og medarbejdere' },
} as const satisfies Record<string, { tier: Tier; label: string }>;
export type DocumentationField = keyof typeof DOCUMENTATION_FIELDS;

const documentationShape = Object.fromEntries(
  Object.keys(DOCUMENTATION_FIELDS).map((k) => [k, text().default('')]),
) as Record<DocumentationField, z.ZodDefault<z.ZodString>>;

export const UseCaseId = z
  .string()
  .min(3)
  .max(80)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'Id må kun indeholde små bogstaver, tal og bindestreg.');

/** Everything an ai-koordinator records about a use case (governance.md §1 and §2.1). Tier and controls are computed. */
export const UseCaseFields = z.strictObject({
  name: z.string().trim().min(3).max(100),
  /** Plain language (B1), shown in the public register. */
  summaryPublic: text(1000).default(''),
  forvaltningId: z.string().max(40).nullable().default(null),
  department: text(200).default(''),
  accountableOwner: text(200).default(''),
  contactEmail: z.union([z.email(), z.literal('')]).default(''),
  domain: Domain,
  citizenFacing: z.boolean().default(false),
  decisionRole: DecisionRole,
  inDecisionCase: z.boolean().default(false),
  affectsIdentifiablePerson: z.boolean().default(false),
  profiling: z.boolean().default(false),
  dataCategories: z.array(DataCategory).min(1).default(['internal']),
  legalBasis: LegalBasis.nullable().default(null),
  processingRegisterRef: text(500).default(''),
  dpia: z.enum(['not_required_documented', 'required_missing', 'in_progress', 'approved']).default('required_missing'),
  fria: z.enum(['n/a', 'missing', 'done']).default('n/a'),
  humanOversight: HumanOversight.prefault({}),
  hosting: Hosting.default('self_hosted'),
  outputs: z.strictObject({
    publicInterestText: z.boolean().default(false),
    syntheticMedia: z.boolean().default(false),
    depictsRealPerson: z.boolean().default(false),
  }).prefault({}),
  prohibitedPractice: ProhibitedPractice.nullable().default(null),
  businessCase: BusinessCase.prefault({}),
  pilotEvidence: PilotEvidence.prefault({}),
  register: z.enum(['none', 'draft', 'published']).default('none'),
  revisionDate: isoDate.nullable().default(null),
  /** Evaluate and log requests, but do not block them (for piloting the gate itself). */
  shadowMode: z.boolean().default(false),
  ...documentationShape,
});
export type UseCaseFields = z.infer<typeof UseCaseFields>;

export const NewUseCase = UseCaseFields.extend({ id: UseCaseId.optional(), phase: z.literal('idea').default('idea') });
export type NewUseCase = z.input<typeof NewUseCase>;

/**
 * A change to a use case: any subset of its fields, each replaced whole (a nested object such as
 * `businessCase` is given complete). Defaults are stripped so a missing key never resets a stored value.
 * The phase moves only through the phase gate.
 */
const withoutDefault = (s: z.ZodType): z.ZodType => (s instanceof z.ZodDefault || s instanceof z.ZodPrefault ? (s.unwrap() as z.ZodType) : s);
export const UseCasePatch = z.strictObject(
  Object.fromEntries(Object.entries(UseCaseFields.shape).map(([k, s]) => [k, withoutDefault(s as z.ZodType).optional()])) as {
    [K in keyof typeof UseCaseFields.shape]: z.ZodOptional<z.ZodType<z.output<(typeof UseCaseFields.shape)[K]>, z.input<(typeof UseCaseFields.shape)[K]>>>;
  },
);
export type UseCasePatch = z.input<typeof UseCasePatch>;

export const UseCase = UseCaseFields.extend({
  id: UseCaseId,
  phase: Phase,
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  publishedAt: z.string().nullable(),
});
export type UseCase = z.infer<typeof UseCase>;

export const Reason = z.object({
  rule: RuleId,
  message: z.string(),
  source: z.string(),
  /** BLOCK: this reason stops the request; CONTROLS: it adds controls; INFO: it explains the classification. */
  effect: z.enum(['BLOCK', 'CONTROLS', 'INFO']),
  /** For a blocking reason: what the user can do instead. */
  instead: z.string().optional(),
});
export type Reason = z.infer<typeof Reason>;

export const ControlDetail = z.object({ id: ControlId, title: z.string(), source: z.string(), rules: z.array(RuleId) });
export type ControlDetail = z.infer<typeof ControlDetail>;

/** The request gate's verdict: the JSON of `policy evaluate --json` and `POST /api/policy/evaluate`. */
export const PolicyDecision = z.object({
  decision: Decision,
  tier: Tier,
  reasons: z.array(Reason),
  controls: z.array(ControlId),
  controlDetails: z.array(ControlDetail),
  /** What to do instead, when blocked. */
  instead: z.string().nullable(),
  /** Detector ids that fired (never the matched text: it may be personal data). */
  signals: z.array(z.string()),
  useCaseId: z.string().nullable(),
});
export type PolicyDecision = z.infer<typeof PolicyDecision>;
