import type { Check } from '../analysers/check.ts';
import { danishRegex } from '../analysers/boundary.ts';
import { type CheckedReference, checkLawReferences } from '../laws/check-law-references.ts';
import type { LawLibrary } from '../laws/law-library.ts';

const FACT_TOKEN = danishRegex(String.raw`§§?\s?\d+\s?[a-z]?\b|\b\d{1,3}(?:\.\d{3})+(?:,\d+)?\b|\b\d+(?:,\d+)?\b`, 'gi');
const normaliseFact = (s: string) => s.replace(/\s+/g, '').toLowerCase();

/** Numbers, amounts, dates and § in `text`, normalised so "§ 52" and "§52" compare equal. */
export function factTokens(text: string): Set<string> {
  return new Set([...text.matchAll(FACT_TOKEN)].map((m) => normaliseFact(m[0])));
}

/**
 * A model's rewrite or summary may drop facts, but must not invent them: every number, amount, date or § in the
 * answer must be in the source. This is the verifier that catches a changed deadline or a wrong paragraph.
 */
export function inventedFactsCheck(source: string, answer: string, id = 'facts'): Check {
  const known = factTokens(source);
  const invented = [...factTokens(answer)].filter((t) => !known.has(t));
  return invented.length
    ? { id, status: 'WEAK', message: `Svaret indeholder tal eller paragraffer, som ikke står i kildeteksten: ${invented.slice(0, 8).join(', ')}. Kontrollér dem.`, evidence: invented.slice(0, 8) }
    : { id, status: 'OK', message: 'Alle tal, datoer og paragraffer i svaret findes i kildeteksten.' };
}

/** Facts of the source the answer leaves out (for rewrites that must keep every deadline and amount). */
export function droppedFactsCheck(source: string, answer: string, id = 'facts-kept'): Check {
  const kept = factTokens(answer);
  const dropped = [...factTokens(source)].filter((t) => !kept.has(t));
  return dropped.length
    ? { id, status: 'WEAK', message: `Omskrivningen mangler tal eller paragraffer fra originalen: ${dropped.slice(0, 8).join(', ')}.`, evidence: dropped.slice(0, 8) }
    : { id, status: 'OK', message: 'Alle tal, datoer og paragraffer fra originalen er med.' };
}

const STATUS_BY_REFERENCE: Record<CheckedReference['status'], Check['status']> = {
  current: 'OK',
  moved: 'WEAK',
  repealed: 'MISSING',
  not_found: 'MISSING',
  unknown_law: 'N/A',
};

export function referenceCheck(ref: CheckedReference, index: number): Check {
  const status = ref.status === 'current' && ref.missingSubsection ? 'WEAK' : STATUS_BY_REFERENCE[ref.status];
  return { id: `L${index + 1}`, status, message: ref.message, evidence: [ref.reference.text] };
}

export async function lawReferenceChecks(text: string, laws: LawLibrary | null): Promise<{ references: CheckedReference[]; checks: Check[] }> {
  if (!laws) {
    return { references: [], checks: [{ id: 'laws', status: 'N/A', message: 'Lovsamlingen er ikke tilgængelig; henvisningerne er ikke kontrolleret.' }] };
  }
  const references = await checkLawReferences(text, laws);
  return { references, checks: references.map(referenceCheck) };
}

/** Items of a list the model wrote: "- idé", "1. idé", "• idé". */
export function listItems(answer: string): string[] {
  return answer
    .split('\n')
    .map((l) => /^\s*(?:[-*•]|\d+[.)])\s+(.+)$/.exec(l)?.[1]?.trim())
    .filter((l): l is string => !!l);
}
