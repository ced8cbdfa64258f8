import type { PolicyReason } from '../../components/policy-verdict.tsx';

export interface GateItem {
  rule: string;
  control: string | null;
  field: string | null;
  message: string;
  source: string;
}

export interface UseCaseView {
  id: string;
  name: string;
  summaryPublic: string;
  forvaltningId: string | null;
  domain: string;
  citizenFacing: boolean;
  decisionRole: string;
  dataCategories: string[];
  hosting: string;
  register: 'none' | 'draft' | 'published';
  phase: string;
  version: number;
  updatedAt: string;
  publishedAt: string | null;
  shadowMode: boolean;
  assessment: {
    tier: string;
    approvalLevel: string;
    reasons: PolicyReason[];
    controls: { id: string; title: string; source: string }[];
    missingFields: { field: string; label: string; tier: string }[];
  };
  nextPhase: { phase: string; missing: GateItem[] } | null;
}

export const USE_CASES_URL = '/api/policy/use-cases';
