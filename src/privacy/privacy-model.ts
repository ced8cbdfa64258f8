import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { featureHash } from './ner-tagger.ts';

/**
 * The trained Danish name recogniser and the lexicons it was trained with (first names, surnames, postcodes),
 * in one file that `npm run train:ner` writes. Loaded once, on first use.
 */
export const PrivacyModelFile = z.object({
  format: z.literal('kommune-ai/privacy-model@1'),
  trainedOn: z.string(),
  tags: z.array(z.string()).min(1),
  /** feature → weights, one per tag index, as a flat list of [tagIndex, weight] pairs. */
  weights: z.record(z.string(), z.array(z.number())),
  firstNames: z.array(z.string()),
  surnames: z.array(z.string()),
  /** Words the training text writes in lower case mid-sentence at least as often as capitalised: ordinary words. */
  commonWords: z.array(z.string()),
  /** Words written capitalised mid-sentence nearly always: names of people, places and organisations. */
  properNouns: z.array(z.string()),
  postcodes: z.record(z.string(), z.string()),
});
export type PrivacyModelFile = z.infer<typeof PrivacyModelFile>;

export interface PrivacyModel {
  tags: string[];
  /** Keyed by featureHash; rows of colliding features are summed (none collide in the shipped model). */
  weights: Map<number, Float64Array>;
  firstNames: Set<string>;
  surnames: Set<string>;
  commonWords: Set<string>;
  properNouns: Set<string>;
  postcodes: Map<string, string>;
}

export const MODEL_URL = new URL('./model/da-privacy-model.json', import.meta.url);

let cached: PrivacyModel | undefined;

export function privacyModel(): PrivacyModel {
  return (cached ??= compileModel(PrivacyModelFile.parse(JSON.parse(readFileSync(MODEL_URL, 'utf8')))));
}

export function compileModel(file: PrivacyModelFile): PrivacyModel {
  const weights = new Map<number, Float64Array>();
  for (const [feature, pairs] of Object.entries(file.weights)) {
    const key = featureHash(feature);
    let row = weights.get(key);
    if (!row) weights.set(key, (row = new Float64Array(file.tags.length)));
    for (let i = 0; i + 1 < pairs.length; i += 2) row[pairs[i]!]! += pairs[i + 1]!;
  }
  return {
    tags: file.tags,
    weights,
    firstNames: new Set(file.firstNames.map((n) => n.toLowerCase())),
    surnames: new Set(file.surnames.map((n) => n.toLowerCase())),
    commonWords: new Set(file.commonWords),
    properNouns: new Set(file.properNouns),
    postcodes: new Map(Object.entries(file.postcodes)),
  };
}

/** Reads the model file now (about a quarter of a second) instead of during the first request; for start-up. */
export function loadPrivacyModel(): void {
  privacyModel();
}
