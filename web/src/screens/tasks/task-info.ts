import type { OptionsSchema } from './options-form.tsx';

/** A task as `GET /api/tasks` describes it. */
export interface TaskInfo {
  id: string;
  kind: string;
  kindName: string;
  name: string;
  description: string;
  engines: ('local' | 'llm')[];
  defaultUseCase: string;
  draft: boolean;
  minutesSaved: number;
  /** JSON Schema of { text, engine, options }. */
  input: { properties?: { options?: OptionsSchema } };
}
