import type { KnowledgePassage } from '../task-definition.ts';
import { type LawLibrary, type Provision, normaliseSection } from './law-library.ts';
import { LAW_KEYS, type LawKey } from './law-names.ts';

/** How the knowledge bank names each act in its locators ("Serviceloven § 112, stk. 1"). */
const KNOWLEDGE_NAMES: Record<LawKey, string> = {
  serviceloven: 'Serviceloven',
  'barnets-lov': 'Barnets lov',
  forvaltningsloven: 'Forvaltningsloven',
  offentlighedsloven: 'Offentlighedsloven',
  retssikkerhedsloven: 'Retssikkerhedsloven',
  aktivloven: 'Aktivloven',
  kommunestyrelsesloven: 'Kommunestyrelsesloven',
  databeskyttelsesloven: 'Databeskyttelsesloven',
};

const label = (section: string) => section.replace(/^(\d+)([a-z])$/, '$1 $2');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The acts as ingested into the knowledge bank: one passage per stk., located "Serviceloven § 112, stk. 1".
 * A provision is found by searching for the act and section and keeping the passages whose locator names it.
 */
export function knowledgeLawLibrary(search: (query: string, k: number) => Promise<KnowledgePassage[]>): LawLibrary {
  const present = new Map<LawKey, boolean>();
  return {
    async hasLaw(law) {
      if (!LAW_KEYS.includes(law)) return false;
      if (!present.has(law)) {
        const hits = await search(`${KNOWLEDGE_NAMES[law]} lov`, 10);
        present.set(law, hits.some((h) => h.locator.toLowerCase().startsWith(`${KNOWLEDGE_NAMES[law].toLowerCase()} §`)));
      }
      return present.get(law)!;
    },
    async provision(law, section): Promise<Provision | null> {
      const key = normaliseSection(section);
      const name = KNOWLEDGE_NAMES[law];
      const hits = await search(`${name} § ${label(key)}`, 20);
      const own = new RegExp(`^${escape(name)} §§?\\s?${escape(label(key))}(?:[,.]|\\s*-|$)`, 'i');
      const parts = hits.filter((h) => own.test(h.locator)).sort((a, b) => a.locator.localeCompare(b.locator, 'da', { numeric: true }));
      if (!parts.length) return null;
      const text = parts.map((p) => p.text).join(' ');
      return { law, section: key, text, source: null, repealed: /\(Ophævet\)/.test(text.slice(0, 80)) };
    },
  };
}
