import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { z } from 'zod';
import { type ModelProvider, type ProviderChatRequest, type ProviderChatResult, type ProviderMessage, type TokenUsage, estimateTokens } from './provider.ts';
import { ProviderError } from './provider-error.ts';
import { readSseData } from './sse.ts';

export interface OpenAiCompatibleOptions {
  /** Up to and including the version segment, e.g. `http://vllm:8000/v1` or `https://x.openai.azure.com/openai/v1`. */
  baseUrl: string;
  apiKey?: string | undefined;
  /** Azure OpenAI takes the key in an `api-key` header; everyone else in `Authorization: Bearer`. */
  authHeader?: 'bearer' | 'api-key' | undefined;
  /** Azure's `api-version` query parameter, when the deployment needs one. */
  apiVersion?: string | undefined;
  /** The model (or Azure deployment) name the upstream knows. */
  model: string;
  /** Request JSON through `response_format: json_schema` (vLLM, llama.cpp, Azure, OpenAI); otherwise `json_object`. */
  supportsJsonSchema?: boolean | undefined;
}

const UsageWire = z.object({ prompt_tokens: z.number().int().nonnegative(), completion_tokens: z.number().int().nonnegative() }).partial().nullish();
const CompletionWire = z.object({
  choices: z.array(z.object({ message: z.object({ content: z.string().nullish() }), finish_reason: z.string().nullish() })).min(1),
  usage: UsageWire,
});
const ChunkWire = z.object({
  choices: z.array(z.object({ delta: z.object({ content: z.string().nullish() }).nullish(), finish_reason: z.string().nullish() })).optional(),
  usage: UsageWire,
});
const EmbeddingWire = z.object({
  data: z.array(z.object({ embedding: z.array(z.number()), index: z.number().int() })),
  usage: z.object({ prompt_tokens: z.number().int().nonnegative() }).partial().nullish(),
});

/** OpenAI's chat-completions wire format, which Azure OpenAI, vLLM, Ollama and the llama.cpp server all speak. */
export function openAiCompatibleProvider(opts: OpenAiCompatibleOptions): ModelProvider {
  const base = opts.baseUrl.replace(/\/+$/, '');
  const url = (path: string) => `${base}${path}${opts.apiVersion ? `?api-version=${encodeURIComponent(opts.apiVersion)}` : ''}`;
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (opts.apiKey) {
    if (opts.authHeader === 'api-key') headers['api-key'] = opts.apiKey;
    else headers.authorization = `Bearer ${opts.apiKey}`;
  }

  const body = (req: ProviderChatRequest, stream: boolean) =>
    JSON.stringify({
      model: opts.model,
      messages: req.messages,
      ...(req.maxTokens !== undefined ? { max_tokens: req.maxTokens } : {}),
      ...(req.temperature !== undefined ? { temperature: req.temperature } : {}),
      ...(req.jsonSchema
        ? {
            response_format: opts.supportsJsonSchema === false
              ? { type: 'json_object' }
              : { type: 'json_schema', json_schema: { name: req.jsonSchema.name, schema: req.jsonSchema.schema, strict: true } },
          }
        : {}),
      ...(stream ? { stream: true, stream_options: { include_usage: true } } : {}),
    });

  // One keep-alive pool per provider: a call reuses a warm connection instead of a TCP (and TLS) handshake,
  // and node:http costs less per request than fetch's web streams on the hot path. An idle connection is
  // closed after 4 s, before the usual 5 s of the servers (Node, uvicorn under vLLM) could close it under a
  // request; an answer that is slow to come is not affected (the request is never timed out by this).
  const client = base.startsWith('https:') ? https : http;
  const agent = new client.Agent({ keepAlive: true, maxSockets: 256, timeout: 4_000 });

  const post = async (path: string, payload: string, signal: AbortSignal): Promise<IncomingMessage> => {
    let res: IncomingMessage;
    try {
      res = await new Promise<IncomingMessage>((resolve, reject) => {
        const req = client.request(url(path), { method: 'POST', agent, signal, headers: { ...headers, 'content-length': Buffer.byteLength(payload) } }, resolve);
        req.on('error', reject);
        req.end(payload);
      });
    } catch (err) {
      throw asProviderError(err, signal);
    }
    const status = res.statusCode ?? 0;
    if (status >= 200 && status < 300) return res;
    // Drain the body so the connection can be reused; its content is not kept (it may echo the prompt).
    res.resume();
    const retry = retryAfter(headerOf(res, 'retry-after'));
    if (status === 429) throw new ProviderError('rate_limited', 429, retry);
    if (status >= 500) throw new ProviderError('server_error', status, retry);
    throw new ProviderError('rejected', status);
  };

  const json = async (res: IncomingMessage, signal: AbortSignal): Promise<unknown> => {
    try {
      const chunks: Buffer[] = [];
      for await (const chunk of res) chunks.push(chunk as Buffer);
      return JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch (err) {
      throw asProviderError(err, signal, 'bad_response');
    }
  };

  return {
    async chat(req) {
      const res = await post('/chat/completions', body(req, false), req.signal);
      const parsed = CompletionWire.safeParse(await json(res, req.signal));
      if (!parsed.success) throw new ProviderError('bad_response', res.statusCode);
      const choice = parsed.data.choices[0]!;
      const text = choice.message.content ?? '';
      return { text, usage: usageOf(parsed.data.usage, req.messages, text), finishReason: choice.finish_reason ?? 'stop' };
    },

    async stream(req, onDelta) {
      const res = await post('/chat/completions', body(req, true), req.signal);
      let text = '';
      let finishReason: string | null = null;
      let usage: z.infer<typeof UsageWire> = null;
      let done = false;
      try {
        for await (const data of readSseData(res)) {
          if (data === '[DONE]') {
            done = true;
            break;
          }
          let chunk;
          try {
            chunk = ChunkWire.parse(JSON.parse(data));
          } catch {
            throw new ProviderError('broken_stream', res.statusCode);
          }
          if (chunk.usage) usage = chunk.usage;
          for (const choice of chunk.choices ?? []) {
            const piece = choice.delta?.content;
            if (piece) {
              text += piece;
              onDelta(piece);
            }
            if (choice.finish_reason) finishReason = choice.finish_reason;
          }
        }
      } catch (err) {
        throw asProviderError(err, req.signal, 'broken_stream');
      }
      // A stream that stops without `[DONE]` or a finish reason was cut off, not finished.
      if (!done && !finishReason) throw new ProviderError('broken_stream', res.statusCode);
      return { text, usage: usageOf(usage, req.messages, text), finishReason: finishReason ?? 'stop' } satisfies ProviderChatResult;
    },

    async embed(texts, signal) {
      const res = await post('/embeddings', JSON.stringify({ model: opts.model, input: texts }), signal);
      const parsed = EmbeddingWire.safeParse(await json(res, signal));
      if (!parsed.success) throw new ProviderError('bad_response', res.statusCode);
      const vectors = [...parsed.data.data].sort((a, b) => a.index - b.index).map((d) => d.embedding);
      if (vectors.length !== texts.length) throw new ProviderError('bad_response', res.statusCode);
      const inputTokens = parsed.data.usage?.prompt_tokens;
      return {
        vectors,
        usage: { inputTokens: inputTokens ?? texts.reduce((n, t) => n + estimateTokens(t), 0), outputTokens: 0, estimated: inputTokens === undefined },
      };
    },
  };
}

function usageOf(wire: z.infer<typeof UsageWire>, messages: ProviderMessage[], text: string): TokenUsage {
  if (wire?.prompt_tokens !== undefined && wire.completion_tokens !== undefined) {
    return { inputTokens: wire.prompt_tokens, outputTokens: wire.completion_tokens, estimated: false };
  }
  return { inputTokens: messages.reduce((n, m) => n + estimateTokens(m.content) + 4, 0), outputTokens: estimateTokens(text), estimated: true };
}

function headerOf(res: IncomingMessage, name: string): string | null {
  const value = res.headers[name];
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

function retryAfter(header: string | null): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds;
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, (at - Date.now()) / 1000);
}

function asProviderError(err: unknown, signal: AbortSignal, otherwise: 'connection' | 'broken_stream' | 'bad_response' = 'connection'): ProviderError {
  if (err instanceof ProviderError) return err;
  if (signal.aborted) return new ProviderError('timeout');
  const name = (err as Error)?.name;
  if (name === 'AbortError' || name === 'TimeoutError') return new ProviderError('timeout');
  return new ProviderError(otherwise);
}
