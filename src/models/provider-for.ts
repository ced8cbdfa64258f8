import { llamaCppProvider } from './llama-cpp.ts';
import type { ModelRow } from './catalogue.ts';
import { openAiCompatibleProvider } from './openai-compatible.ts';
import type { ModelProvider } from './provider.ts';
import { ProviderError } from './provider-error.ts';
import { openApiKey } from './secret-box.ts';

/** The provider behind one catalogue entry. */
export function providerFor(row: ModelRow, masterSecret: Buffer): ModelProvider {
  if (row.provider === 'llama_cpp') return llamaCppProvider({ modelPath: row.model_path ?? '' });
  let apiKey: string | undefined;
  try {
    apiKey = row.api_key_enc ? openApiKey(masterSecret, row.api_key_enc) : undefined;
  } catch {
    // Sealed under another master secret: instances sharing a database must share KAI_SECRET.
    return unavailableProvider;
  }
  return openAiCompatibleProvider({
    baseUrl: row.base_url ?? '',
    apiKey,
    authHeader: row.auth_header === 'api-key' ? 'api-key' : 'bearer',
    apiVersion: row.api_version ?? undefined,
    model: row.upstream_model,
    supportsJsonSchema: row.supports_json_schema,
  });
}

const unavailable = async (): Promise<never> => {
  throw new ProviderError('unavailable');
};
const unavailableProvider: ModelProvider = { chat: unavailable, stream: unavailable, embed: unavailable };
