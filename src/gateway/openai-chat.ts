import { z } from 'zod';
import type { App } from '../app.ts';
import { type Actor, invalid } from '../kernel/index.ts';
import { governedCall } from './governed-call.ts';
import { gatewayRuntime } from './runtime.ts';
import type { GovernedCallResult } from './types.ts';

const TextPart = z.object({ type: z.literal('text'), text: z.string() });
const Content = z.union([z.string(), z.array(z.union([TextPart, z.object({ type: z.string() }).loose()]))]);

/**
 * OpenAI's chat-completions request, as line-of-business systems send it. Unknown fields are accepted and
 * ignored (not strict, unlike our own API): OpenAI clients send options we have no use for, and refusing
 * them would break compatibility. Features we cannot govern (tools, several choices) are refused.
 */
export const OpenAiChatRequest = z.object({
  model: z.string().max(200).optional(),
  messages: z
    .array(z.object({ role: z.enum(['system', 'developer', 'user', 'assistant']), content: Content.nullable() }).loose())
    .min(1, 'Angiv mindst én besked.')
    .max(200),
  stream: z.boolean().optional(),
  stream_options: z.object({ include_usage: z.boolean().optional() }).loose().nullish(),
  max_tokens: z.number().int().min(1).max(128_000).nullish(),
  max_completion_tokens: z.number().int().min(1).max(128_000).nullish(),
  temperature: z.number().min(0).max(2).nullish(),
  n: z.number().int().min(1).max(1).nullish(),
  tools: z.array(z.unknown()).max(0, 'Værktøjskald (tools) understøttes ikke af den styrede API.').nullish(),
  functions: z.array(z.unknown()).max(0, 'Funktionskald understøttes ikke af den styrede API.').nullish(),
}).loose();
export type OpenAiChatRequest = z.infer<typeof OpenAiChatRequest>;

function textOf(content: z.infer<typeof Content> | null): string {
  if (content === null) return '';
  if (typeof content === 'string') return content;
  return content
    .map((p) => {
      if (p.type !== 'text') throw invalid('Kun tekst understøttes i beskeder (ikke billeder eller filer).');
      return (p as z.infer<typeof TextPart>).text;
    })
    .join('');
}

export interface OpenAiChatOptions {
  signal?: AbortSignal | undefined;
  onDelta?: ((text: string) => void) | undefined;
}

/** `POST /v1/chat/completions`, governed: the key's use case, its policy, pseudonymisation, metering, audit. */
export async function openAiChat(app: App, actor: Actor, body: OpenAiChatRequest, opts: OpenAiChatOptions = {}): Promise<GovernedCallResult<string>> {
  return governedCall(app, actor, {
    engine: 'llm',
    messages: body.messages.map((m) => ({ role: m.role === 'developer' ? 'system' : m.role, content: textOf(m.content) })),
    model: body.model,
    maxTokens: body.max_completion_tokens ?? body.max_tokens ?? undefined,
    temperature: body.temperature ?? undefined,
    signal: opts.signal,
    onDelta: opts.onDelta,
  });
}

export const completionId = (callId: string) => `chatcmpl-${callId}`;

export function openAiUsage(r: GovernedCallResult<string>) {
  return { prompt_tokens: r.usage.inputTokens, completion_tokens: r.usage.outputTokens, total_tokens: r.usage.inputTokens + r.usage.outputTokens };
}

/** What the platform adds to OpenAI's response: ids and governance facts, never personal data. */
export function governanceOf(r: GovernedCallResult<string>) {
  return {
    call_id: r.callId,
    use_case_id: r.useCaseId,
    decision: r.policy.decision,
    tier: r.policy.tier,
    controls: r.policy.controls,
    pseudonymised_entities: r.pseudonymisedEntities,
    cost_dkk: r.usage.costDkk,
    energy_wh: r.usage.energyWh,
    co2e_g: r.usage.co2eGrams,
    budget_warning: r.budgetWarning,
    fallbacks: r.fallbacks,
  };
}

export function chatCompletion(r: GovernedCallResult<string>, created: number) {
  return {
    id: completionId(r.callId),
    object: 'chat.completion' as const,
    created,
    model: r.model?.id ?? 'local',
    choices: [{ index: 0, message: { role: 'assistant' as const, content: r.output }, finish_reason: 'stop' }],
    usage: openAiUsage(r),
    kommune_ai: governanceOf(r),
  };
}

export function chatChunk(id: string, created: number, model: string, delta: Record<string, string>, finishReason: string | null) {
  return { id, object: 'chat.completion.chunk' as const, created, model, choices: [{ index: 0, delta, finish_reason: finishReason }] };
}

/** `GET /v1/models`: the enabled chat models in the catalogue, in OpenAI's list format. */
export async function openAiModels(app: App) {
  const entries = await gatewayRuntime(app).models();
  return {
    object: 'list' as const,
    data: entries
      .filter((e) => e.row.enabled && e.row.kind === 'chat')
      .map((e) => ({
        id: e.row.id,
        object: 'model' as const,
        created: Math.floor(e.row.created_at.getTime() / 1000),
        owned_by: 'kommune-ai',
        kommune_ai: { name: e.row.name, hosting: e.row.hosting, max_data_class: e.row.max_data_class },
      })),
  };
}
