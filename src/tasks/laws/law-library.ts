import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { LAW_KEYS, type LawKey } from './law-names.ts';

export interface Provision {
  law: LawKey;
  /** Normalised section number: "52", "52a". */
  section: string;
  text: string;
  source: string | null;
  repealed: boolean;
}

/**
 * Where the checker reads the current law. In production this is the knowledge bank (the acts are ingested
 * there); tests and the CLI can load the consolidated acts from provisions.jsonl with `lawLibraryFromJsonl`.
 */
export interface LawLibrary {
  provision(law: LawKey, section: string): Promise<Provision | null>;
  /** Whether the library holds the act at all; an unknown act cannot make a § "not found". */
  hasLaw(law: LawKey): Promise<boolean>;
}

export const normaliseSection = (section: string): string => section.toLowerCase().replace(/\s+/g, '');

const sectionOrder = (s: string): [number, string] => {
  const m = /^(\d+)([a-z]*)$/.exec(s);
  return m ? [Number(m[1]), m[2] ?? ''] : [Number.NaN, ''];
};

/** Whether "123b" lies in a repealed range such as "123a-123d". */
function inRange(section: string, range: string): boolean {
  const [from, to] = range.split('-');
  if (!from || !to) return false;
  const [n, l] = sectionOrder(section);
  const [fn, fl] = sectionOrder(from);
  const [tn, tl] = sectionOrder(to);
  const afterStart = n > fn || (n === fn && l >= fl);
  const beforeEnd = n < tn || (n === tn && (l <= tl || tl === ''));
  return afterStart && beforeEnd;
}

const ProvisionLine = z.object({ law: z.string(), section: z.string(), text: z.string(), source: z.string().optional() });

export function lawLibraryFromProvisions(rows: { law: string; section: string; text: string; source?: string | undefined }[]): LawLibrary {
  const byLaw = new Map<LawKey, Map<string, Provision>>();
  for (const row of rows) {
    const law = (LAW_KEYS as readonly string[]).includes(row.law) ? (row.law as LawKey) : null;
    if (!law) continue;
    const section = normaliseSection(row.section);
    const repealed = /^§+\s?[\d\s a-z–-]+\.\s*\(Ophævet\)/i.test(row.text.trim());
    const map = byLaw.get(law) ?? new Map<string, Provision>();
    map.set(section, { law, section, text: row.text, source: row.source ?? null, repealed });
    byLaw.set(law, map);
  }
  return {
    async hasLaw(law) {
      return byLaw.has(law);
    },
    async provision(law, section) {
      const map = byLaw.get(law);
      if (!map) return null;
      const key = normaliseSection(section);
      const exact = map.get(key);
      if (exact) return exact;
      for (const [range, p] of map) if (range.includes('-') && inRange(key, range)) return { ...p, section: key };
      return null;
    },
  };
}

export async function lawLibraryFromJsonl(path: string | URL): Promise<LawLibrary> {
  const text = await readFile(path, 'utf8');
  const rows = text
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => ProvisionLine.parse(JSON.parse(l)));
  return lawLibraryFromProvisions(rows);
}
