import type { DataCategory } from './schemas.ts';

/** Entity types of the privacy module that identify a natural person (a CVR number names a company). */
const PERSONAL_ENTITIES = new Set(['CPR', 'PERSON', 'ADDRESS', 'PHONE', 'EMAIL', 'IBAN', 'BANK_ACCOUNT', 'LICENSE_PLATE']);

/**
 * Data categories from the privacy module's findings: its flag ids (`art9.*`, `art10.criminal`, `children`,
 * `social`) and, when the caller has them, the entity types it found (`CPR`, `PERSON` …).
 *
 * A flag says the text touches a subject, not that it holds data about someone: "hvad siger serviceloven om
 * boligstøtte" is flagged `social` but names nobody. So flags count only when a person is present, either
 * found as an entity or signalled by the request itself (`subjectPresent`).
 */
export function categoriesFromFlags(flags: readonly string[], subjectPresent = false): DataCategory[] {
  const out = new Set<DataCategory>();
  const entities = flags.filter((f) => PERSONAL_ENTITIES.has(f));
  if (entities.length) out.add('personal_ordinary');
  if (entities.includes('CPR')) out.add('cpr');
  if (!subjectPresent && entities.length === 0) return [...out];
  for (const f of flags) {
    if (f.startsWith('art9.')) out.add('special_art9');
    else if (f.startsWith('art10.')) out.add('criminal_art10');
    // "børnehave" is a topic, not a child: the flag names a child only next to an identified person.
    else if (f === 'children' && entities.length > 0) out.add('child');
    else if (f === 'social') out.add('confidential_private');
  }
  return [...out];
}
