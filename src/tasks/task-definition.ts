import { z } from 'zod';
import type { Check } from './analysers/check.ts';
import type { LawLibrary } from './laws/law-library.ts';

export const TASK_IDS = [
  'draft-case-text',
  'brainstorm',
  'draft-email-reply',
  'adapt-audience',
  'update-legislation',
  'case-practice',
  'summarise',
  'attention-points',
  'find-gaps',
  'ask-knowledge',
  'data-lookup',
  'web-search',
] as const;
export const TaskId = z.enum(TASK_IDS);
export type TaskId = z.infer<typeof TaskId>;

export const TASK_KINDS = { skab: 'Skab materiale', revider: 'Revidér materiale', analyser: 'Analysér materiale', opslag: 'Opslag i viden' } as const;
export type TaskKind = keyof typeof TASK_KINDS;

export const ENGINES = ['local', 'llm'] as const;
export const Engine = z.enum(ENGINES);
export type Engine = z.infer<typeof Engine>;

/** The label every draft carries, whichever engine made it. */
export const AI_DRAFT_LABEL = 'AI-udkast – skal kontrolleres af en medarbejder';

export interface KnowledgePassage {
  documentId: string;
  title: string;
  locator: string;
  score: number;
  text: string;
}

/** What a task may use besides its input. Every capability is optional so analysers run anywhere. */
export interface TaskContext {
  /** Search the knowledge bank the actor may see. */
  searchKnowledge(query: string, opts?: { k?: number; collection?: string | undefined }): Promise<KnowledgePassage[]>;
  laws: LawLibrary | null;
  /** The use case's risk tier, for checks that depend on it (D9). */
  tier: string | null;
  /** Registered tables for data-lookup. */
  datasets: DatasetPort | null;
  /** A configured web search service; null when the operator has not turned it on. */
  webSearch: WebSearchPort | null;
}

export interface DatasetSummary {
  id: string;
  name: string;
  description: string;
  columns: string[];
  rows: number;
}

export interface DatasetPort {
  list(): Promise<DatasetSummary[]>;
  rows(id: string): Promise<Record<string, string>[]>;
}

export interface WebSearchResult {
  title: string;
  url: string;
  snippet: string;
}

export interface WebSearchPort {
  search(query: string, limit: number): Promise<WebSearchResult[]>;
}

export interface TaskResult<O> {
  output: O;
  checks: Check[];
}

/** The prompt for the language-model engine; the user text is pseudonymised by the gateway, not here. */
export interface LlmPrompt {
  system: string;
  text: string;
  maxTokens?: number;
  /** What the prompt was built from (retrieved passages, search results), handed to `verify` unchanged. */
  state?: unknown;
}

export interface TaskDefinition<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  id: TaskId;
  kind: TaskKind;
  /** Danish, for the catalogue in the UI. */
  name: string;
  description: string;
  /** Options besides the text (audience, length, collection …). */
  options: I;
  output: O;
  defaultUseCase: string;
  /** Whether the output is a draft a human must check (and so carries AI_DRAFT_LABEL). */
  draft: boolean;
  /** Estimated minutes a caseworker saves per run, the default for the gains ledger. */
  minutesSaved: number;
  local(text: string, options: z.output<I>, ctx: TaskContext): Promise<TaskResult<z.output<O>>>;
  /** Null when the task has no language-model engine. */
  llm: {
    prompt(text: string, options: z.output<I>, ctx: TaskContext): Promise<LlmPrompt | TaskResult<z.output<O>>>;
    verify(answer: string, text: string, options: z.output<I>, ctx: TaskContext, state: unknown): Promise<TaskResult<z.output<O>>>;
  } | null;
}

export const defineTask = <I extends z.ZodType, O extends z.ZodType>(t: TaskDefinition<I, O>): TaskDefinition =>
  t as unknown as TaskDefinition;
