import { AppError } from '../kernel/index.ts';
import { type ModelProvider, type ProviderChatRequest, type ProviderChatResult, estimateTokens } from './provider.ts';
import { ProviderError } from './provider-error.ts';

/**
 * In-process GGUF models through node-llama-cpp. Optional: the package is large (prebuilt CPU/GPU
 * backends), so it is not a dependency. Install it with `npm install -E node-llama-cpp@3.21.1` and the
 * provider loads it on first use; without it, a model of this kind fails with a clear message.
 */
const PACKAGE = 'node-llama-cpp';

interface LoadedModel {
  llama: any;
  model: any;
  /** One context sequence per model: calls take turns, which is what a CPU can serve anyway. */
  queue: Promise<unknown>;
}

const loaded = new Map<string, Promise<LoadedModel>>();

export async function isLlamaCppInstalled(): Promise<boolean> {
  try {
    await import(PACKAGE);
    return true;
  } catch {
    return false;
  }
}

async function loadModel(modelPath: string): Promise<LoadedModel> {
  let existing = loaded.get(modelPath);
  if (!existing) {
    existing = (async () => {
      let mod: any;
      try {
        mod = await import(PACKAGE);
      } catch {
        throw new AppError('not_configured', 'Lokale GGUF-modeller kræver pakken node-llama-cpp, som ikke er installeret. Se docs/gateway.md.');
      }
      const llama = await mod.getLlama();
      const model = await llama.loadModel({ modelPath });
      return { llama, model, queue: Promise.resolve() };
    })();
    loaded.set(modelPath, existing);
    existing.catch(() => loaded.delete(modelPath));
  }
  return existing;
}

function serialised<T>(m: LoadedModel, fn: () => Promise<T>): Promise<T> {
  const run = m.queue.then(fn, fn);
  m.queue = run.catch(() => undefined);
  return run;
}

export function llamaCppProvider(opts: { modelPath: string }): ModelProvider {
  const run = async (req: ProviderChatRequest, onDelta?: (t: string) => void): Promise<ProviderChatResult> => {
    const m = await loadModel(opts.modelPath);
    return serialised(m, async () => {
      const mod: any = await import(PACKAGE);
      const context = await m.model.createContext();
      try {
        const system = req.messages.filter((x) => x.role === 'system').map((x) => x.content).join('\n\n');
        const turns = req.messages.filter((x) => x.role !== 'system');
        const last = turns.at(-1);
        if (!last || last.role !== 'user') throw new ProviderError('rejected', 400);
        const session = new mod.LlamaChatSession({ contextSequence: context.getSequence(), ...(system ? { systemPrompt: system } : {}) });
        const history = session.getChatHistory();
        for (const t of turns.slice(0, -1)) history.push(t.role === 'user' ? { type: 'user', text: t.content } : { type: 'model', response: [t.content] });
        session.setChatHistory(history);
        const grammar = req.jsonSchema ? await m.llama.createGrammarForJsonSchema(req.jsonSchema.schema) : undefined;
        const text: string = await session.prompt(last.content, {
          ...(req.maxTokens !== undefined ? { maxTokens: req.maxTokens } : {}),
          ...(req.temperature !== undefined ? { temperature: req.temperature } : {}),
          ...(grammar ? { grammar } : {}),
          signal: req.signal,
          ...(onDelta ? { onTextChunk: (chunk: string) => onDelta(chunk) } : {}),
        });
        const inputTokens = req.messages.reduce((n, x) => n + m.model.tokenize(x.content).length, 0);
        return { text, usage: { inputTokens, outputTokens: m.model.tokenize(text).length, estimated: false }, finishReason: 'stop' };
      } catch (err) {
        if (err instanceof ProviderError || err instanceof AppError) throw err;
        throw new ProviderError(req.signal.aborted ? 'timeout' : 'server_error');
      } finally {
        await context.dispose();
      }
    });
  };
  return {
    chat: (req) => run(req),
    stream: (req, onDelta) => run(req, onDelta),
    async embed(texts) {
      const m = await loadModel(opts.modelPath);
      return serialised(m, async () => {
        const ctx = await m.model.createEmbeddingContext();
        try {
          const vectors: number[][] = [];
          for (const t of texts) vectors.push([...(await ctx.getEmbeddingFor(t)).vector]);
          return { vectors, usage: { inputTokens: texts.reduce((n, t) => n + estimateTokens(t), 0), outputTokens: 0, estimated: true } };
        } finally {
          await ctx.dispose();
        }
      });
    },
  };
}
