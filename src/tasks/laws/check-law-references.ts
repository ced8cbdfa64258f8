import type { LawLibrary, Provision } from './law-library.ts';
import { LAW_TITLES } from './law-names.ts';
import { type LawReference, findLawReferences } from './law-references.ts';
import { CHILDRENS_CHAPTERS_LEFT_SERVICELOVEN, movedProvision } from './moved-provisions.ts';

export const REFERENCE_STATUSES = ['current', 'moved', 'repealed', 'not_found', 'unknown_law'] as const;
export type ReferenceStatus = (typeof REFERENCE_STATUSES)[number];

export interface CheckedReference {
  reference: LawReference;
  status: ReferenceStatus;
  /** Danish, for the caseworker. */
  message: string;
  /** Where the rule is now and the start of what it says. */
  current: { law: string; section: string; excerpt: string; source: string | null } | null;
  /** The cited provision has several subsections but the reference names none (FVL § 24 wants the stk.). */
  missingSubsection: boolean;
}

const EXCERPT_CHARS = 400;
const excerpt = (text: string) => (text.length > EXCERPT_CHARS ? `${text.slice(0, EXCERPT_CHARS).trimEnd()} …` : text);
const cite = (law: string, section: string) => `§ ${section.replace(/^(\d+)([a-z])$/, '$1 $2')} i ${law}`;
const subsectionCount = (p: Provision) => 1 + (p.text.match(/Stk\.\s?\d+\./g)?.length ?? 0);

function present(p: Provision) {
  return { law: LAW_TITLES[p.law], section: p.section, excerpt: excerpt(p.text), source: p.source };
}

/**
 * Checks every law reference in a text against the current acts: does the § exist, has it moved (the children's
 * provisions left serviceloven for barnets lov in 2024), is it repealed, does the cited stk. exist, and what does
 * the rule say now.
 */
export async function checkLawReferences(text: string, library: LawLibrary): Promise<CheckedReference[]> {
  const results: CheckedReference[] = [];
  for (const reference of findLawReferences(text)) results.push(await checkOne(reference, library));
  return results;
}

async function checkOne(reference: LawReference, library: LawLibrary): Promise<CheckedReference> {
  const base = { reference, current: null, missingSubsection: false };
  const { law, section } = reference;
  if (!law || !(await library.hasLaw(law))) {
    const name = reference.lawName ?? (law ? LAW_TITLES[law] : 'en ukendt lov');
    return { ...base, status: 'unknown_law', message: `Henvisningen til ${name} kan ikke kontrolleres: loven findes ikke i lovsamlingen, eller det fremgår ikke, hvilken lov der menes.` };
  }
  const moved = movedProvision(law, section);
  if (moved) {
    const target = await library.provision(moved.to.law, moved.to.section);
    return {
      ...base,
      status: 'moved',
      message: `${cite(LAW_TITLES[law], section)} (${moved.topic}) er flyttet til ${cite(LAW_TITLES[moved.to.law], moved.to.section)} pr. ${moved.since}. Opdatér henvisningen.`,
      current: target ? present(target) : null,
    };
  }
  const provision = await library.provision(law, section);
  const childrensChapter =
    law === CHILDRENS_CHAPTERS_LEFT_SERVICELOVEN.law &&
    Number.parseInt(section, 10) >= CHILDRENS_CHAPTERS_LEFT_SERVICELOVEN.from &&
    Number.parseInt(section, 10) <= CHILDRENS_CHAPTERS_LEFT_SERVICELOVEN.to;
  if (!provision || provision.repealed) {
    if (childrensChapter) {
      return {
        ...base,
        status: 'moved',
        message: `${cite(LAW_TITLES[law], section)} findes ikke længere: reglerne om børn og unge blev flyttet til barnets lov pr. ${CHILDRENS_CHAPTERS_LEFT_SERVICELOVEN.since}. Find den nye bestemmelse i barnets lov.`,
      };
    }
    return provision
      ? { ...base, status: 'repealed', message: `${cite(LAW_TITLES[law], section)} er ophævet i den gældende lov.`, current: present(provision) }
      : { ...base, status: 'not_found', message: `${cite(LAW_TITLES[law], section)} findes ikke i den gældende lov. Kontrollér paragrafnummeret.` };
  }
  const count = subsectionCount(provision);
  if (reference.subsection && Number(reference.subsection) > count) {
    return {
      ...base,
      status: 'not_found',
      message: `${cite(LAW_TITLES[law], section)} har ${count === 1 ? 'kun ét stykke' : `kun ${count} stykker`}; stk. ${reference.subsection} findes ikke.`,
      current: present(provision),
    };
  }
  const missingSubsection = !reference.subsection && count > 1;
  return {
    ...base,
    status: 'current',
    missingSubsection,
    message: missingSubsection
      ? `${cite(LAW_TITLES[law], section)} findes og gælder, men har ${count} stykker: angiv hvilket stk. afgørelsen bygger på.`
      : `${cite(LAW_TITLES[law], section)} findes i den gældende lov.`,
    current: present(provision),
  };
}
