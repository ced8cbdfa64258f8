import { z } from 'zod';

const emptyAsUndefined = (v: unknown) => (v === '' ? undefined : v);
const optionalString = z.preprocess(emptyAsUndefined, z.string().optional());
const optionalUrl = z.preprocess(emptyAsUndefined, z.url().optional());

export const HOSTING = ['self_hosted', 'eu_processor_with_dpa', 'third_country_processor', 'public_consumer_service'] as const;
export const Hosting = z.enum(HOSTING);
export type Hosting = z.infer<typeof Hosting>;

/** The environment contract of DESIGN.md, parsed once at start-up. */
const EnvSchema = z.object({
  KAI_PORT: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).max(65535).default(3000)),
  KAI_HOST: z.preprocess(emptyAsUndefined, z.string().default('0.0.0.0')),
  KAI_DATA_DIR: z.preprocess(emptyAsUndefined, z.string().default('./data')),
  KAI_DATABASE_URL: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'skal være en postgres://-adresse')
      .optional(),
  ),
  KAI_SECRET: z.preprocess(emptyAsUndefined, z.string().min(16, 'skal være mindst 16 tegn').optional()),
  KAI_BOOTSTRAP_TOKEN: z.preprocess(emptyAsUndefined, z.string().min(16, 'skal være mindst 16 tegn').optional()),
  KAI_RATE_LIMIT_PER_MINUTE: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).default(600)),
  KAI_BODY_LIMIT_BYTES: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1024).default(2 * 1024 * 1024)),
  KAI_LOG_LEVEL: z.preprocess(
    emptyAsUndefined,
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ),
  KAI_URL: optionalUrl,
  KAI_TOKEN: optionalString,
  KAI_OIDC_ISSUER: optionalUrl,
  KAI_OIDC_CLIENT_ID: optionalString,
  KAI_OIDC_CLIENT_SECRET: optionalString,
  KAI_OIDC_REDIRECT_URI: optionalUrl,
  KAI_OIDC_ROLES_CLAIM: z.preprocess(emptyAsUndefined, z.string().default('roles')),
  KAI_OIDC_FORVALTNING_CLAIM: z.preprocess(emptyAsUndefined, z.string().default('forvaltning')),
  KAI_OPENAI_BASE_URL: optionalUrl,
  KAI_OPENAI_API_KEY: optionalString,
  KAI_OPENAI_MODEL: optionalString,
  KAI_OPENAI_HOSTING: z.preprocess(emptyAsUndefined, Hosting.default('third_country_processor')),
  KAI_WEB_SEARCH_URL: optionalUrl,
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  secret: string | undefined;
  bootstrapToken: string | undefined;
  rateLimitPerMinute: number;
  bodyLimitBytes: number;
  logLevel: z.infer<typeof EnvSchema>['KAI_LOG_LEVEL'];
  /** Where a running server is, for the CLI (otherwise read from the data dir). */
  serverUrl: string | undefined;
  /** The API token the CLI uses with KAI_URL. */
  cliToken: string | undefined;
  /** Single sign-on through the municipality's identity provider (Entra ID, AD FS, Keycloak …). */
  oidc: OidcConfig | undefined;
  openai:
    | { baseUrl: string; apiKey: string | undefined; model: string; hosting: Hosting }
    | undefined;
  /** A search service answering `GET ?q=…&format=json` with `{ results: [{ title, url, content }] }`; absent → web search off. */
  webSearchUrl: string | undefined;
}

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string | undefined;
  redirectUri: string;
  rolesClaim: string;
  forvaltningClaim: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Ugyldig konfiguration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Every problem is reported at once, so an operator fixes the environment in one go. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  const problems: string[] = [];
  if (e.KAI_OPENAI_BASE_URL && !e.KAI_OPENAI_MODEL) problems.push('KAI_OPENAI_MODEL: skal sættes sammen med KAI_OPENAI_BASE_URL');
  if (e.KAI_OPENAI_MODEL && !e.KAI_OPENAI_BASE_URL) problems.push('KAI_OPENAI_BASE_URL: skal sættes sammen med KAI_OPENAI_MODEL');
  const oidcSet = [e.KAI_OIDC_ISSUER, e.KAI_OIDC_CLIENT_ID, e.KAI_OIDC_REDIRECT_URI].filter(Boolean).length;
  if (oidcSet > 0 && oidcSet < 3) problems.push('KAI_OIDC_ISSUER, KAI_OIDC_CLIENT_ID og KAI_OIDC_REDIRECT_URI: skal sættes sammen');
  if (problems.length) throw new ConfigError(problems);
  return {
    port: e.KAI_PORT,
    host: e.KAI_HOST,
    dataDir: e.KAI_DATA_DIR,
    databaseUrl: e.KAI_DATABASE_URL,
    secret: e.KAI_SECRET,
    bootstrapToken: e.KAI_BOOTSTRAP_TOKEN,
    rateLimitPerMinute: e.KAI_RATE_LIMIT_PER_MINUTE,
    bodyLimitBytes: e.KAI_BODY_LIMIT_BYTES,
    logLevel: e.KAI_LOG_LEVEL,
    serverUrl: e.KAI_URL,
    cliToken: e.KAI_TOKEN,
    oidc:
      e.KAI_OIDC_ISSUER && e.KAI_OIDC_CLIENT_ID && e.KAI_OIDC_REDIRECT_URI
        ? {
            issuer: e.KAI_OIDC_ISSUER,
            clientId: e.KAI_OIDC_CLIENT_ID,
            clientSecret: e.KAI_OIDC_CLIENT_SECRET,
            redirectUri: e.KAI_OIDC_REDIRECT_URI,
            rolesClaim: e.KAI_OIDC_ROLES_CLAIM,
            forvaltningClaim: e.KAI_OIDC_FORVALTNING_CLAIM,
          }
        : undefined,
    openai:
      e.KAI_OPENAI_BASE_URL && e.KAI_OPENAI_MODEL
        ? { baseUrl: e.KAI_OPENAI_BASE_URL, apiKey: e.KAI_OPENAI_API_KEY, model: e.KAI_OPENAI_MODEL, hosting: e.KAI_OPENAI_HOSTING }
        : undefined,
    webSearchUrl: e.KAI_WEB_SEARCH_URL,
  };
}
