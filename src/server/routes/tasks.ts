import { z } from 'zod';
import { listUsableUseCases, UsableUseCase } from '../../policy/index.ts';
import { DatasetView, NewDataset, RunTaskInput, TaskRun, TaskView, lix, listDatasets, listTasks, registerDataset, runTask } from '../../tasks/index.ts';
import { MAX_TASK_TEXT } from '../../tasks/index.ts';
import { toErrorBody } from '../http/errors.ts';
import { defineRoute } from '../http/route.ts';

const TaskParams = z.object({ id: z.string().min(1).max(60) });

export const taskRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/tasks',
    summary: 'Opgavekataloget: de tolv opgaver med motorer og skemaer',
    tags: ['opgaver'],
    auth: 'authenticated',
    response: z.array(TaskView),
    async handler() {
      return listTasks();
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/tasks/use-cases',
    summary: 'De registrerede anvendelser, en opgave kan køres under (pilot, drift og skalering)',
    tags: ['opgaver'],
    auth: 'tasks:run',
    response: z.array(UsableUseCase),
    async handler({ app }) {
      return listUsableUseCases(app.db);
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/tasks/:id/run',
    summary: 'Kør en opgave (lokal motor eller sprogmodel); med Accept: text/event-stream streames sprogmodellens svar',
    tags: ['opgaver'],
    auth: 'tasks:run',
    params: TaskParams,
    body: RunTaskInput,
    response: TaskRun,
    async handler({ app, actor, params, body, req, reply }) {
      const stream = body.engine === 'llm' && /text\/event-stream/.test(req.headers.accept ?? '');
      if (!stream) return runTask(app, actor, params.id, body);

      let started = false;
      const send = (event: string, payload: unknown) => reply.raw.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`);
      // Headers go out with the first piece of the answer, so errors before it (policy BLOCK) are ordinary JSON errors.
      const start = () => {
        if (started) return;
        started = true;
        reply.hijack();
        reply.raw.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache', connection: 'keep-alive', 'x-request-id': req.id, 'x-accel-buffering': 'no' });
      };
      try {
        const result = await runTask(app, actor, params.id, body, { onDelta: (text) => (start(), send('delta', { text })) });
        start();
        send('result', result);
        reply.raw.end();
      } catch (err) {
        if (!started) throw err;
        send('error', toErrorBody(err).body);
        reply.raw.end();
      }
      return reply;
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/lix',
    summary: 'LIX-læsbarhed for en tekst',
    tags: ['opgaver'],
    auth: 'authenticated',
    body: z.strictObject({ text: z.string().max(MAX_TASK_TEXT, 'Teksten er for lang.') }),
    response: z.object({ lix: z.number(), words: z.number(), sentences: z.number(), longWords: z.number() }),
    async handler({ body }) {
      return lix(body.text);
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/tasks/datasets',
    summary: 'Datasæt registreret til dataopslag',
    tags: ['opgaver'],
    auth: 'tasks:run',
    response: z.array(DatasetView),
    async handler({ app }) {
      return listDatasets(app.db);
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/tasks/datasets',
    summary: 'Registrér eller erstat et datasæt (CSV eller JSON) til dataopslag',
    tags: ['opgaver'],
    auth: 'knowledge:manage',
    body: NewDataset,
    response: DatasetView,
    async handler({ app, actor, body }) {
      return registerDataset(app.db, actor, body, app.clock);
    },
  }),
];
