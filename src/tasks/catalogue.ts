import { z } from 'zod';
import { adaptAudienceTask } from './catalogue/adapt-audience.ts';
import { askKnowledgeTask } from './catalogue/ask-knowledge.ts';
import { attentionPointsTask } from './catalogue/attention-points.ts';
import { brainstormTask } from './catalogue/brainstorm.ts';
import { casePracticeTask } from './catalogue/case-practice.ts';
import { dataLookupTask } from './catalogue/data-lookup.ts';
import { draftCaseTextTask } from './catalogue/draft-case-text.ts';
import { draftEmailReplyTask } from './catalogue/draft-email-reply.ts';
import { findGapsTask } from './catalogue/find-gaps.ts';
import { summariseTask } from './catalogue/summarise.ts';
import { updateLegislationTask } from './catalogue/update-legislation.ts';
import { webSearchTask } from './catalogue/web-search.ts';
import { notFound } from '../kernel/index.ts';
import { ENGINES, TASK_IDS, TASK_KINDS, type TaskDefinition, type TaskId } from './task-definition.ts';

/** The strategy's twelve tasks in the order of its four kinds of work. */
export const TASKS: TaskDefinition[] = [
  draftCaseTextTask,
  brainstormTask,
  draftEmailReplyTask,
  adaptAudienceTask,
  updateLegislationTask,
  casePracticeTask,
  summariseTask,
  attentionPointsTask,
  findGapsTask,
  askKnowledgeTask,
  dataLookupTask,
  webSearchTask,
];

export function getTask(id: string): TaskDefinition {
  const task = TASKS.find((t) => t.id === id);
  if (!task) throw notFound('Opgaven');
  return task;
}

export const TaskView = z.object({
  id: z.enum(TASK_IDS),
  kind: z.enum(Object.keys(TASK_KINDS) as [keyof typeof TASK_KINDS]),
  kindName: z.string(),
  name: z.string(),
  description: z.string(),
  engines: z.array(z.enum(ENGINES)),
  defaultUseCase: z.string(),
  draft: z.boolean(),
  minutesSaved: z.number(),
  input: z.unknown().describe('JSON Schema for { text, engine, options }'),
  output: z.unknown().describe('JSON Schema for output'),
});
export type TaskView = z.infer<typeof TaskView>;

export function presentTask(t: TaskDefinition): TaskView {
  return {
    id: t.id as TaskId,
    kind: t.kind,
    kindName: TASK_KINDS[t.kind],
    name: t.name,
    description: t.description,
    engines: t.llm ? ['local', 'llm'] : ['local'],
    defaultUseCase: t.defaultUseCase,
    draft: t.draft,
    minutesSaved: t.minutesSaved,
    input: z.toJSONSchema(z.object({ text: z.string(), engine: z.enum(ENGINES).optional(), options: t.options.optional() }), { io: 'input', unrepresentable: 'any' }),
    output: z.toJSONSchema(t.output, { unrepresentable: 'any' }),
  };
}

export const listTasks = (): TaskView[] => TASKS.map(presentTask);
