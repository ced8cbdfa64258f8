import { z } from 'zod';
import { Hosting } from '../kernel/index.ts';
import { DataClass } from './data-class.ts';

export const ModelId = z.string().regex(/^[a-z0-9][a-z0-9._-]{0,62}$/, 'Brug små bogstaver, tal, punktum, bindestreg og understreg (højst 63 tegn).');
export const ModelProviderKind = z.enum(['openai_compatible', 'llama_cpp']);
export const ModelKind = z.enum(['chat', 'embedding']);

const fields = {
  name: z.string().trim().min(1).max(120),
  provider: ModelProviderKind,
  kind: ModelKind.default('chat'),
  baseUrl: z.url().max(500).nullable().default(null),
  upstreamModel: z.string().trim().min(1).max(200),
  authHeader: z.enum(['bearer', 'api-key']).default('bearer'),
  apiVersion: z.string().max(50).nullable().default(null),
  /** Write-only: stored encrypted, never shown again. `null` removes it. */
  apiKey: z.string().min(1).max(500).nullable().optional(),
  modelPath: z.string().max(1000).nullable().default(null),
  hosting: Hosting,
  /** Defaults to the most the hosting class allows. */
  maxDataClass: DataClass.optional(),
  priceInDkkPerMTok: z.number().min(0).max(100_000).default(0),
  priceOutDkkPerMTok: z.number().min(0).max(100_000).default(0),
  energyWhPer1kTokens: z.number().min(0).max(1000).default(0.5),
  gridGCo2ePerKwh: z.number().min(0).max(2000).default(120),
  fallbackOrder: z.number().int().min(0).max(100_000).default(100),
  timeoutMs: z.number().int().min(100).max(600_000).default(60_000),
  maxAttempts: z.number().int().min(1).max(10).default(3),
  supportsJsonSchema: z.boolean().default(true),
  enabled: z.boolean().default(true),
};

export const NewModel = z.strictObject({ id: ModelId, ...fields });
export type NewModel = z.input<typeof NewModel>;

export const ModelPatch = z.strictObject({
  name: fields.name,
  baseUrl: z.url().max(500).nullable(),
  upstreamModel: fields.upstreamModel,
  authHeader: z.enum(['bearer', 'api-key']),
  apiVersion: z.string().max(50).nullable(),
  apiKey: z.string().min(1).max(500).nullable(),
  modelPath: z.string().max(1000).nullable(),
  hosting: Hosting,
  maxDataClass: DataClass,
  priceInDkkPerMTok: z.number().min(0).max(100_000),
  priceOutDkkPerMTok: z.number().min(0).max(100_000),
  energyWhPer1kTokens: z.number().min(0).max(1000),
  gridGCo2ePerKwh: z.number().min(0).max(2000),
  fallbackOrder: z.number().int().min(0).max(100_000),
  timeoutMs: z.number().int().min(100).max(600_000),
  maxAttempts: z.number().int().min(1).max(10),
  supportsJsonSchema: z.boolean(),
  enabled: z.boolean(),
}).partial();
export type ModelPatch = z.input<typeof ModelPatch>;

export const ModelView = z.object({
  id: z.string(),
  name: z.string(),
  provider: ModelProviderKind,
  kind: ModelKind,
  baseUrl: z.string().nullable(),
  upstreamModel: z.string(),
  authHeader: z.enum(['bearer', 'api-key']),
  apiVersion: z.string().nullable(),
  hasApiKey: z.boolean(),
  modelPath: z.string().nullable(),
  hosting: Hosting,
  maxDataClass: DataClass,
  priceInDkkPerMTok: z.number(),
  priceOutDkkPerMTok: z.number(),
  energyWhPer1kTokens: z.number(),
  gridGCo2ePerKwh: z.number(),
  fallbackOrder: z.number(),
  timeoutMs: z.number(),
  maxAttempts: z.number(),
  supportsJsonSchema: z.boolean(),
  enabled: z.boolean(),
  source: z.enum(['admin', 'config']),
  updatedAt: z.string(),
});
export type ModelView = z.infer<typeof ModelView>;
