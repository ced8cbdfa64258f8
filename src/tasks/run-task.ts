import { z } from 'zod';
import { requireAbility } from '../access/index.ts';
import type { App } from '../app.ts';
import { governedCall } from '../gateway/index.ts';
import { type Actor, invalid } from '../kernel/index.ts';
import { searchKnowledge } from '../knowledge/index.ts';
import { Check } from './analysers/check.ts';
import { aiTransparencyCheck } from './analysers/decision-checklist.ts';
import { getTask } from './catalogue.ts';
import { datasetPort } from './datasets/datasets.ts';
import { httpWebSearch } from './http-web-search.ts';
import { knowledgeLawLibrary } from './laws/knowledge-law-library.ts';
import type { LawLibrary } from './laws/law-library.ts';
import { AI_DRAFT_LABEL, Engine, type KnowledgePassage, type LlmPrompt, type TaskContext, type TaskDefinition, type TaskResult, type WebSearchPort } from './task-definition.ts';

export const MAX_TASK_TEXT = 200_000;

export const RunTaskInput = z.strictObject({
  text: z.string().trim().min(1, 'Skriv eller indsæt en tekst.').max(MAX_TASK_TEXT, 'Teksten er for lang.'),
  engine: Engine.default('local'),
  options: z.record(z.string(), z.unknown()).default({}),
  useCaseId: z.string().min(1).max(100).optional(),
});
export type RunTaskInput = z.input<typeof RunTaskInput>;

export const TaskRun = z.object({
  task: z.string(),
  engine: Engine,
  output: z.unknown(),
  checks: z.array(Check),
  /** Set on drafts, whichever engine made them. */
  label: z.string().nullable(),
  callId: z.string(),
  useCaseId: z.string(),
  model: z.object({ id: z.string(), name: z.string() }).nullable(),
  policy: z.object({ decision: z.string(), tier: z.string(), controls: z.array(z.string()) }),
  pseudonymisedEntities: z.number(),
  usage: z.object({ inputTokens: z.number(), outputTokens: z.number(), costDkk: z.number() }),
  /** The default minutes saved for the gains ledger; the user may correct it when recording feedback. */
  minutesSaved: z.number(),
  /** Why the requested engine did not run (e.g. the language model was not needed). */
  note: z.string().nullable(),
});
export type TaskRun = z.infer<typeof TaskRun>;

export interface RunTaskDeps {
  /** Overrides where the law checker reads the acts (tests and the CLI load ../shared/data/laws). */
  laws?: LawLibrary | null;
  webSearch?: WebSearchPort | null;
  /** Streaming of the language model's answer as it arrives. */
  onDelta?: (text: string) => void;
}

function taskContext(app: App, actor: Actor, deps: RunTaskDeps, tier: string | null): TaskContext {
  const search = async (query: string, k: number, collection?: string): Promise<KnowledgePassage[]> => {
    const q = query.trim().slice(0, 1000);
    if (!q) return [];
    const hits = await searchKnowledge(app.db, actor, { query: q, k, ...(collection ? { collection } : {}) });
    return hits.map(({ documentId, title, locator, score, text }) => ({ documentId, title, locator, score, text }));
  };
  return {
    searchKnowledge: (query, opts = {}) => search(query, opts.k ?? 5, opts.collection),
    laws: deps.laws !== undefined ? deps.laws : knowledgeLawLibrary((q, k) => search(q, k)),
    tier,
    datasets: datasetPort(app.db),
    webSearch: deps.webSearch !== undefined ? deps.webSearch : app.config.webSearchUrl ? httpWebSearch(app.config.webSearchUrl) : null,
  };
}

function parseOptions(task: TaskDefinition, options: Record<string, unknown>) {
  const parsed = task.options.safeParse(options);
  if (!parsed.success) throw invalid('Ugyldige indstillinger til opgaven.', parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
  return parsed.data;
}

const isPrompt = (p: LlmPrompt | TaskResult<unknown>): p is LlmPrompt => 'system' in p;

/**
 * Runs one task from the catalogue. Every run goes through the gateway's governed pipeline (access, policy,
 * metering, audit), the local engine too; the language-model engine's answer is then checked by the same
 * local analysers, so a draft never arrives without its checks.
 */
export async function runTask(app: App, actor: Actor, taskId: string, input: RunTaskInput, deps: RunTaskDeps = {}): Promise<TaskRun> {
  requireAbility(actor, 'tasks:run');
  const task = getTask(taskId);
  const { text, engine, options: rawOptions, useCaseId } = RunTaskInput.parse(input);
  const options = parseOptions(task, rawOptions);
  const base = { task: task.id, label: task.draft ? AI_DRAFT_LABEL : null, minutesSaved: task.minutesSaved };

  if (engine === 'local') {
    const ctx = taskContext(app, actor, deps, null);
    const call = await governedCall(app, actor, { engine: 'local', taskId: task.id, useCaseId: useCaseId ?? null, text, run: () => task.local(text, options, ctx) });
    return present(base, 'local', call.output, call, call.policy.tier, text, null);
  }

  if (!task.llm) throw invalid('Opgaven har ingen sprogmodel-motor.');
  const ctx = taskContext(app, actor, deps, null);
  const prompt = await task.llm.prompt(text, options, ctx);
  if (!isPrompt(prompt)) {
    // The task answered without a model (nothing relevant to ground an answer in): still governed and audited.
    const call = await governedCall(app, actor, { engine: 'local', taskId: task.id, useCaseId: useCaseId ?? null, text, run: () => prompt });
    return present(base, 'local', call.output, call, call.policy.tier, text, 'Sprogmodellen blev ikke kaldt, fordi der ikke var noget at bygge et svar på.');
  }
  const call = await governedCall(app, actor, {
    engine: 'llm',
    taskId: task.id,
    useCaseId: useCaseId ?? null,
    system: prompt.system,
    text: prompt.text,
    maxTokens: prompt.maxTokens,
    onDelta: deps.onDelta,
  });
  const verified = await task.llm.verify(call.output, text, options, taskContext(app, actor, deps, call.policy.tier), prompt.state);
  return present(base, 'llm', verified, call, call.policy.tier, text, null);
}

interface CallFacts {
  callId: string;
  useCaseId: string;
  model: { id: string; name: string } | null;
  policy: { decision: string; tier: string; controls: string[] };
  pseudonymisedEntities: number;
  usage: { inputTokens: number; outputTokens: number; costDkk: number };
}

function present(
  base: { task: string; label: string | null; minutesSaved: number },
  engine: 'local' | 'llm',
  result: TaskResult<unknown>,
  call: CallFacts,
  tier: string,
  text: string,
  note: string | null,
): TaskRun {
  // D9 depends on the use case's tier, which the gateway knows only after the gate; local runs learn it here.
  const isDecision = result.checks.some((c) => c.id === 'D0' && c.status === 'OK');
  const checks = isDecision && tier === 'T4' ? result.checks.map((c) => (c.id === 'D9' ? aiTransparencyCheck(text, tier) : c)) : result.checks;
  return {
    ...base,
    engine,
    output: result.output,
    checks,
    callId: call.callId,
    useCaseId: call.useCaseId,
    model: call.model,
    policy: { decision: call.policy.decision, tier: call.policy.tier, controls: call.policy.controls },
    pseudonymisedEntities: call.pseudonymisedEntities,
    usage: { inputTokens: call.usage.inputTokens, outputTokens: call.usage.outputTokens, costDkk: call.usage.costDkk },
    note,
  };
}
