import { z } from 'zod';
import { DataCategory, Decision, DecisionRole, Domain, Phase, Tier } from './schemas.ts';

/**
 * The public transparency register (`GET /register.json`). Each entry carries our own field names and the
 * same content under the field names of the Dutch Algoritmeregister (publication standard 1.0) and the UK
 * Algorithmic Transparency Recording Standard (v1.1 data standard), so either country's tooling can read it.
 */
export const NlAlgoritmeregisterEntry = z.object({
  standard_version: z.literal('1.0.0'),
  name: z.string().max(100),
  description_short: z.string(),
  organization: z.string(),
  status: z.enum(['In ontwikkeling', 'In gebruik', 'Buiten gebruik']),
  contact_email: z.string(),
  publication_category: z.enum(['Hoog-risico AI-systeem', 'Impactvolle algoritmes', 'Overige algoritmes']),
  goal: z.string(),
  proportionality: z.string(),
  lawful_basis: z.string(),
  human_intervention: z.string(),
  risks: z.string(),
  source_data: z.string(),
  methods_and_models: z.string(),
  provider: z.string(),
  process_index_url: z.string(),
  website: z.string(),
  impacttoetsen: z.string(),
  lang: z.literal('DAN'),
});

export const UkAtrsEntry = z.object({
  standard_version: z.literal('1.1'),
  name: z.string(),
  description: z.string(),
  organisation: z.string(),
  team: z.string(),
  senior_responsible_owner: z.string(),
  contact_email: z.string(),
  phase: z.enum(['idea', 'design', 'development', 'production', 'retired']),
  scope: z.string(),
  benefit: z.string(),
  alternatives_considered: z.string(),
  process_integration: z.string(),
  human_decisions: z.string(),
  appeals_and_review: z.string(),
  required_training: z.string(),
  frequency_usage: z.string(),
  source_data_description: z.string(),
  data_access_and_storage: z.string(),
  model_type: z.string(),
  external_supplier: z.string(),
  impact_assessment_name: z.string(),
  risk_mitigation: z.string(),
});

export const RegisterEntry = z.object({
  id: z.string(),
  name: z.string(),
  summary: z.string(),
  organisation: z.string(),
  department: z.string(),
  accountableOwner: z.string(),
  contactEmail: z.string(),
  phase: Phase,
  tier: Tier,
  approvalLevel: z.string(),
  domain: Domain,
  citizenFacing: z.boolean(),
  decisionRole: DecisionRole,
  dataCategories: z.array(DataCategory),
  legalBasis: z.object({ gdprArt6: z.string().nullable(), gdprArt9: z.string().nullable(), nationalBasis: z.string().nullable() }).nullable(),
  dpia: z.string(),
  fria: z.string(),
  hosting: z.string(),
  controls: z.array(z.object({ id: z.string(), title: z.string() })),
  documentation: z.record(z.string(), z.string()),
  publishedAt: z.string().nullable(),
  updatedAt: z.string(),
  revisionDate: z.string().nullable(),
  standards: z.object({ nlAlgoritmeregister: NlAlgoritmeregisterEntry, ukAtrs: UkAtrsEntry }),
});
export type RegisterEntry = z.infer<typeof RegisterEntry>;

export const TransparencyRegister = z.object({
  schemaVersion: z.literal('1.0'),
  organisation: z.string(),
  generatedAt: z.string(),
  policy: z.object({
    title: z.string(),
    adoptedAt: z.string(),
    principles: z.array(z.object({ id: z.string(), text: z.string(), onThePlatform: z.string() })),
    optOuts: z.array(z.object({ id: z.string(), text: z.string(), onThePlatform: z.string() })),
  }),
  /** What the request gate can answer, so readers know what "BLOCK" means here. */
  decisions: z.array(Decision),
  entries: z.array(RegisterEntry),
});
export type TransparencyRegister = z.infer<typeof TransparencyRegister>;

/** The register's JSON Schema, served at `/register.schema.json`. */
export const registerJsonSchema = () => z.toJSONSchema(TransparencyRegister, { io: 'output' });
