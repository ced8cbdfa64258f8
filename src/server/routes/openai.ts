import { randomUUID } from 'node:crypto';
import { chatChunk, chatCompletion, governanceOf, OpenAiChatRequest, openAiChat, openAiModels, openAiUsage } from '../../gateway/index.ts';
import { toErrorBody } from '../http/errors.ts';
import { defineRoute } from '../http/route.ts';

/**
 * The governed OpenAI-compatible API for line-of-business systems. A key bound to a use case calls under
 * that use case's policy; an unbound one under the default use case for general internal assistance.
 */
export const openAiRoutes = [
  defineRoute({
    method: 'GET',
    url: '/v1/models',
    summary: 'Modeller i kataloget (OpenAI-format)',
    tags: ['styret API'],
    auth: 'api:chat',
    async handler({ app }) {
      return openAiModels(app);
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/v1/chat/completions',
    summary: 'Chat completion (OpenAI-format, også SSE-streaming), styret af politik, pseudonymisering, budget og revisionsspor',
    tags: ['styret API'],
    auth: 'api:chat',
    body: OpenAiChatRequest,
    async handler({ app, actor, body, req, reply }) {
      const abort = new AbortController();
      reply.raw.on('close', () => {
        if (!reply.raw.writableFinished) abort.abort();
      });
      const created = Math.floor(Date.now() / 1000);
      if (!body.stream) {
        const result = await openAiChat(app, actor, body, { signal: abort.signal });
        if (result.budgetWarning) reply.header('x-kai-budget-warning', String(result.budgetWarning.usedShare));
        return chatCompletion(result, created);
      }

      const id = `chatcmpl-${randomUUID()}`;
      const model = body.model ?? 'auto';
      let started = false;
      const send = (payload: unknown) => reply.raw.write(`data: ${JSON.stringify(payload)}\n\n`);
      // Headers go out with the first piece of the answer, so errors before it are ordinary JSON errors.
      const start = () => {
        if (started) return;
        started = true;
        reply.hijack();
        reply.raw.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache', connection: 'keep-alive', 'x-request-id': req.id, 'x-accel-buffering': 'no' });
        send(chatChunk(id, created, model, { role: 'assistant', content: '' }, null));
      };
      try {
        const result = await openAiChat(app, actor, body, { signal: abort.signal, onDelta: (content) => (start(), send(chatChunk(id, created, model, { content }, null))) });
        start();
        send({ ...chatChunk(id, created, result.model?.id ?? model, {}, 'stop'), kommune_ai: governanceOf(result) });
        if (body.stream_options?.include_usage) send({ id, object: 'chat.completion.chunk', created, model: result.model?.id ?? model, choices: [], usage: openAiUsage(result) });
        reply.raw.end('data: [DONE]\n\n');
      } catch (err) {
        if (!started) throw err;
        send(toErrorBody(err).body);
        reply.raw.end();
      }
      return reply;
    },
  }),
];
