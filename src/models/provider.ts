/**
 * The narrow interface every model provider implements. Ours, not a vendor SDK's: the gateway needs chat
 * (whole or streamed), structured output, token counts and embeddings, and nothing else.
 */
export interface ProviderMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface TokenUsage {
  inputTokens: number;
  outputTokens: number;
  /** True when the provider reported no counts and they were estimated from the text length. */
  estimated: boolean;
}

export interface ProviderChatRequest {
  messages: ProviderMessage[];
  maxTokens?: number | undefined;
  temperature?: number | undefined;
  /** Ask for JSON matching this JSON Schema (OpenAI `response_format: json_schema`). */
  jsonSchema?: { name: string; schema: Record<string, unknown> } | undefined;
  signal: AbortSignal;
}

export interface ProviderChatResult {
  text: string;
  usage: TokenUsage;
  finishReason: string;
}

export interface ProviderEmbedResult {
  vectors: number[][];
  usage: TokenUsage;
}

export interface ModelProvider {
  chat(req: ProviderChatRequest): Promise<ProviderChatResult>;
  /** Streams the reply: `onDelta` gets each text piece in order; the result holds the whole text and usage. */
  stream(req: ProviderChatRequest, onDelta: (text: string) => void): Promise<ProviderChatResult>;
  embed(texts: string[], signal: AbortSignal): Promise<ProviderEmbedResult>;
}

/** About four characters per token for Danish and English prose; used only when a provider reports no usage. */
export const estimateTokens = (text: string): number => Math.ceil(text.length / 4);
