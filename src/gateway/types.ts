import { z } from 'zod';

export const ChatRole = z.enum(['system', 'user', 'assistant']);
export const ChatMessage = z.object({ role: ChatRole, content: z.string() });
export type ChatMessage = z.infer<typeof ChatMessage>;

/** What a governed call returns about the policy gate (mirrors the policy module's verdict). */
export interface PolicyVerdict {
  decision: 'ALLOW' | 'ALLOW_WITH_CONTROLS' | 'BLOCK';
  tier: string;
  /** Every rule that fired, with its legal source and, for a block, what to do instead. */
  reasons: { rule: string; message: string; source: string; effect?: string; instead?: string }[];
  controls: string[];
}

export interface GovernedUsage {
  inputTokens: number;
  outputTokens: number;
  /** True when the upstream gave no token counts and they were estimated from the text length. */
  estimated: boolean;
  costDkk: number;
  energyWh: number;
  co2eGrams: number;
  latencyMs: number;
}

interface GovernedCallBase {
  /** Defaults to the actor's bound use case, else the policy module's default use case. */
  useCaseId?: string | null | undefined;
  /** A task id from the task catalogue, for metering and the gains ledger. */
  taskId?: string | null | undefined;
  signal?: AbortSignal | undefined;
}

/** The deterministic engine: nothing leaves the process, but access, policy, metering and audit still apply. */
export interface LocalCallRequest<T> extends GovernedCallBase {
  engine: 'local';
  /** The user's input, as given (the policy gate reads it; it is not pseudonymised because no model sees it). */
  text: string;
  run(text: string): Promise<T> | T;
}

/** The language-model engine: the text is pseudonymised before it leaves, and restored in the answer. */
export interface LlmCallRequest extends GovernedCallBase {
  engine: 'llm';
  /** Either `messages` or `text` (a single user message, with an optional `system` prompt). */
  messages?: ChatMessage[] | undefined;
  text?: string | undefined;
  system?: string | undefined;
  /** A catalogue model id or upstream model name to prefer; others are used as fallback. */
  model?: string | undefined;
  maxTokens?: number | undefined;
  temperature?: number | undefined;
  /** Structured output: the reply must be JSON matching this schema; `result.json` holds it, parsed and checked. */
  output?: { name: string; schema: z.ZodType } | undefined;
  /** Streaming: called with each piece of restored text as it arrives. */
  onDelta?: ((text: string) => void) | undefined;
}

export type GovernedCallRequest<T = unknown> = LocalCallRequest<T> | LlmCallRequest;

export interface GovernedCallResult<T = unknown> {
  callId: string;
  engine: 'local' | 'llm';
  useCaseId: string;
  taskId: string | null;
  /** The catalogue model that answered (llm only). */
  model: { id: string; name: string } | null;
  /** llm: the restored answer text. local: the value `run` returned. */
  output: T;
  /** Structured output, parsed and validated (llm with `output` only). */
  json?: unknown;
  policy: PolicyVerdict;
  /** How many personal-data entities were replaced before the model saw the text. */
  pseudonymisedEntities: number;
  usage: GovernedUsage;
  /** Set when the forvaltning has used at least the warning share of its monthly budget. */
  budgetWarning: { usedShare: number; month: string } | null;
  /** Models tried before the one that answered (fallback), for transparency. */
  fallbacks: string[];
}
