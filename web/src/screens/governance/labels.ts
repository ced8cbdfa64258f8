export const PHASE_LABELS: Record<string, string> = {
  idea: 'Idé',
  pilot: 'Pilot',
  production: 'Drift',
  scale_up: 'Skalering',
  retired: 'Udfaset',
};

export const PIPELINE = ['idea', 'pilot', 'production', 'scale_up'] as const;

export const TIER_TEXT: Record<string, string> = {
  T0: 'T0 – forbudt',
  T1: 'T1 – lav',
  T2: 'T2 – begrænset',
  T3: 'T3 – høj',
  T4: 'T4 – meget høj',
};

export const TIER_BADGE: Record<string, string> = { T0: 'badge-error', T1: 'badge-success', T2: 'badge-info', T3: 'badge-warning', T4: 'badge-error' };

export const REGISTER_LABELS: Record<string, string> = { none: 'Ikke registreret', draft: 'Kladde', published: 'Offentliggjort' };

export const DOMAIN_LABELS: Record<string, string> = {
  admin_internal: 'Intern administration',
  facilities_booking: 'Booking af lokaler og udstyr',
  it_support: 'It-support',
  knowledge_search: 'Videnssøgning',
  finance_budget: 'Økonomi og budget',
  communication: 'Kommunikation',
  planning_construction: 'Planlægning og byggeri',
  traffic: 'Trafik',
  archive: 'Arkiv',
  benefits_eligibility: 'Ydelser og berettigelse',
  employment_services: 'Beskæftigelse',
  hr_recruitment_staff: 'HR, rekruttering og personale',
  education_admission: 'Undervisning og optag',
  health_care_nursing: 'Sundhed, omsorg og pleje',
  children_family: 'Børn og familier',
  housing_offers_botilbud: 'Boligtilbud og botilbud',
  legal_assessment: 'Juridiske vurderinger',
  authority_decision_other: 'Anden myndighedsafgørelse',
  emergency_triage: 'Akut visitation',
};

export const DECISION_ROLE_LABELS: Record<string, string> = {
  none: 'Ingen rolle i afgørelser',
  information: 'Information og vejledning',
  drafting: 'Udkast til tekster',
  procedural: 'Sagsgange og processkridt',
  preparatory: 'Forberedelse af sager',
  decision_support: 'Beslutningsstøtte',
  automated_decision: 'Automatisk afgørelse',
};

export const DATA_CATEGORY_LABELS: Record<string, string> = {
  none: 'Ingen data',
  public: 'Offentlige data',
  internal: 'Interne data',
  personal_ordinary: 'Almindelige personoplysninger',
  cpr: 'CPR-numre',
  confidential_private: 'Fortrolige oplysninger om private forhold',
  special_art9: 'Følsomme oplysninger (art. 9)',
  criminal_art10: 'Strafbare forhold (art. 10)',
  child: 'Oplysninger om børn',
};
