import { z } from 'zod';
import type { Hosting } from '../kernel/index.ts';

/**
 * How sensitive the data in a request is, lowest first. A model is approved up to one class and never
 * receives data above it (governance.md C15, R06, R20).
 */
export const DATA_CLASSES = ['public', 'internal', 'personal', 'confidential', 'sensitive'] as const;
export const DataClass = z.enum(DATA_CLASSES);
export type DataClass = z.infer<typeof DataClass>;

export const dataClassRank = (c: DataClass): number => DATA_CLASSES.indexOf(c);

/**
 * The most a hosting class may ever be approved for. Personal data only goes to self-hosted models or EU
 * processors under a data processing agreement; a third-country processor gets internal text at most,
 * a public consumer service only public text.
 */
export const HOSTING_CEILING: Record<Hosting, DataClass> = {
  self_hosted: 'sensitive',
  eu_processor_with_dpa: 'sensitive',
  third_country_processor: 'internal',
  public_consumer_service: 'public',
};

/**
 * The class of a request from what the privacy module found in it: Art. 9/10 or children flags make it
 * sensitive; social circumstances (fortrolige oplysninger) or a CPR number (databeskyttelsesloven § 11)
 * confidential; any other identifier personal. An unknown flag counts as sensitive: fail closed.
 */
export function classifyRequest(found: { entityTypes: readonly string[]; flags: readonly string[] }): DataClass {
  if (found.flags.some((f) => f !== 'social')) return 'sensitive';
  if (found.flags.includes('social') || found.entityTypes.includes('CPR')) return 'confidential';
  if (found.entityTypes.length > 0) return 'personal';
  return 'internal';
}
