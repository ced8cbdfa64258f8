import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';

/**
 * A stand-in for a language model: a real OpenAI-compatible HTTP server on loopback that records every
 * request it receives (so tests can prove what left the platform) and misbehaves on demand.
 */
export const FakeFault = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('latency'), ms: z.number().int().min(0).max(600_000) }),
  z.object({ kind: z.literal('status'), status: z.number().int().min(400).max(599), retryAfterSeconds: z.number().min(0).optional() }),
  z.object({ kind: z.literal('reset') }),
  /** Sends part of a streamed (or whole) reply, then drops the connection. */
  z.object({ kind: z.literal('broken_stream'), afterChunks: z.number().int().min(0).default(2) }),
]);
export type FakeFault = z.infer<typeof FakeFault>;

export interface ReceivedRequest {
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: any;
  at: number;
}

export interface FakeUpstreamOptions {
  port?: number;
  host?: string;
  /** Latency before every answer. */
  latencyMs?: number;
  /** Pause between streamed chunks, so streaming is visible in a demo. */
  chunkDelayMs?: number;
  /** Demo mode: this share of requests fails with a random fault from `randomFaults`. */
  faultRate?: number;
  randomFaults?: FakeFault[];
  /** How many requests to remember (oldest dropped first). */
  keepReceived?: number;
  /** Random source for demo faults; tests pass a fixed one. */
  random?: () => number;
}

export interface FakeUpstream {
  /** Base URL including `/v1`, as a provider is configured. */
  url: string;
  port: number;
  received: ReceivedRequest[];
  /** The chat requests received, newest last. */
  chatRequests(): ReceivedRequest[];
  /** The next `times` requests suffer `fault` (queued after earlier injections). */
  inject(fault: FakeFault, times?: number): void;
  /** Replace the answer text (default: an echo of the last user message, or JSON for a schema request). */
  respondWith(fn: ((body: any) => string) | null): void;
  /** Replace how a text becomes an embedding (default: hashed character trigrams, 32 dimensions). */
  embedWith(fn: ((text: string) => number[]) | null): void;
  setLatency(ms: number): void;
  reset(): void;
  close(): Promise<void>;
}

const tokensOf = (text: string) => Math.ceil(text.length / 4);

export async function startFakeUpstream(opts: FakeUpstreamOptions = {}): Promise<FakeUpstream> {
  const received: ReceivedRequest[] = [];
  let queue: FakeFault[] = [];
  let responder: ((body: any) => string) | null = null;
  let embedder: ((text: string) => number[]) | null = null;
  let latencyMs = opts.latencyMs ?? 0;
  const keep = opts.keepReceived ?? 10_000;
  const random = opts.random ?? Math.random;
  const sockets = new Set<import('node:net').Socket>();

  const nextFault = (): FakeFault | undefined => {
    const injected = queue.shift();
    if (injected) return injected;
    if (opts.faultRate && opts.randomFaults?.length && random() < opts.faultRate) {
      return opts.randomFaults[Math.floor(random() * opts.randomFaults.length)];
    }
    return undefined;
  };

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void handle(req, res, Buffer.concat(chunks).toString('utf8')).catch(() => res.destroy());
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });

  async function handle(req: IncomingMessage, res: ServerResponse, raw: string) {
    const path = (req.url ?? '/').split('?')[0]!;
    let body: any = null;
    try {
      body = raw ? JSON.parse(raw) : null;
    } catch {
      return json(res, 400, { error: { message: 'invalid JSON', type: 'invalid_request_error' } });
    }
    if (path === '/_fake/faults' && req.method === 'POST') {
      const fault = FakeFault.safeParse(body?.fault ?? body);
      if (!fault.success) return json(res, 400, { error: { message: 'invalid fault' } });
      for (let i = 0; i < (Number(body?.times) || 1); i++) queue.push(fault.data);
      return json(res, 200, { queued: queue.length });
    }
    if (path === '/_fake/received' && req.method === 'GET') return json(res, 200, received.slice(-100));

    if (path.startsWith('/v1/') && req.method === 'POST') {
      received.push({ path, headers: req.headers, body, at: Date.now() });
      if (received.length > keep) received.splice(0, received.length - keep);
    }
    const fault = path.startsWith('/v1/') && req.method === 'POST' ? nextFault() : undefined;
    const wait = latencyMs + (fault?.kind === 'latency' ? fault.ms : 0);
    if (wait > 0) await sleep(wait);
    if (res.destroyed) return;
    if (fault?.kind === 'reset') return void req.socket.destroy();
    if (fault?.kind === 'status') {
      if (fault.retryAfterSeconds !== undefined) res.setHeader('retry-after', String(fault.retryAfterSeconds));
      return json(res, fault.status, { error: { message: `fake upstream status ${fault.status}`, type: 'server_error' } });
    }
    const broken = fault?.kind === 'broken_stream' ? fault.afterChunks : null;

    if (path === '/v1/models' && req.method === 'GET') {
      return json(res, 200, { object: 'list', data: [{ id: 'fake-model', object: 'model', created: 0, owned_by: 'fake' }] });
    }
    if (path === '/v1/embeddings' && req.method === 'POST') {
      const inputs: string[] = Array.isArray(body?.input) ? body.input : [String(body?.input ?? '')];
      return json(res, 200, {
        object: 'list',
        model: body?.model ?? 'fake-model',
        data: inputs.map((t, index) => ({ object: 'embedding', index, embedding: (embedder ?? embedOf)(t) })),
        usage: { prompt_tokens: inputs.reduce((n, t) => n + tokensOf(t), 0), total_tokens: inputs.reduce((n, t) => n + tokensOf(t), 0) },
      });
    }
    if (path === '/v1/chat/completions' && req.method === 'POST') {
      const messages: { role: string; content: string }[] = Array.isArray(body?.messages) ? body.messages : [];
      const text = responder ? responder(body) : defaultReply(body);
      const promptTokens = messages.reduce((n, m) => n + tokensOf(String(m.content ?? '')) + 4, 0);
      const usage = { prompt_tokens: promptTokens, completion_tokens: tokensOf(text), total_tokens: promptTokens + tokensOf(text) };
      const id = `chatcmpl-fake-${received.length}`;
      const created = Math.floor(Date.now() / 1000);
      const model = body?.model ?? 'fake-model';
      if (!body?.stream) {
        if (broken !== null) {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.write(JSON.stringify({ id, object: 'chat.completion' }).slice(0, 20));
          return void setImmediate(() => res.destroy());
        }
        return json(res, 200, {
          id,
          object: 'chat.completion',
          created,
          model,
          choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: 'stop' }],
          usage,
        });
      }
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
      const pieces = splitForStream(text);
      const send = (payload: unknown) => res.write(`data: ${JSON.stringify(payload)}\n\n`);
      send({ id, object: 'chat.completion.chunk', created, model, choices: [{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null }] });
      for (let i = 0; i < pieces.length; i++) {
        if (broken !== null && i >= broken) return cutOff(res);
        if (opts.chunkDelayMs) await sleep(opts.chunkDelayMs);
        if (res.destroyed) return;
        send({ id, object: 'chat.completion.chunk', created, model, choices: [{ index: 0, delta: { content: pieces[i] }, finish_reason: null }] });
      }
      if (broken !== null) return cutOff(res);
      send({ id, object: 'chat.completion.chunk', created, model, choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] });
      if (body?.stream_options?.include_usage) send({ id, object: 'chat.completion.chunk', created, model, choices: [], usage });
      res.end('data: [DONE]\n\n');
      return;
    }
    json(res, 404, { error: { message: 'not found' } });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${opts.host ?? '127.0.0.1'}:${port}/v1`,
    port,
    received,
    chatRequests: () => received.filter((r) => r.path === '/v1/chat/completions'),
    inject(fault, times = 1) {
      const parsed = FakeFault.parse(fault);
      for (let i = 0; i < times; i++) queue.push(parsed);
    },
    respondWith(fn) {
      responder = fn;
    },
    embedWith(fn) {
      embedder = fn;
    },
    setLatency(ms) {
      latencyMs = ms;
    },
    reset() {
      received.length = 0;
      queue = [];
      responder = null;
      embedder = null;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

function json(res: ServerResponse, status: number, payload: unknown) {
  const body = JSON.stringify(payload);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

/** Lets what was written reach the client before the connection drops, as a real mid-stream failure does. */
async function cutOff(res: ServerResponse): Promise<void> {
  await sleep(15);
  res.destroy();
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** An echo makes the round trip visible: whatever placeholders the model saw come back in the answer. */
function defaultReply(body: any): string {
  const messages: { role: string; content: string }[] = Array.isArray(body?.messages) ? body.messages : [];
  const last = [...messages].reverse().find((m) => m.role === 'user')?.content ?? '';
  const schema = body?.response_format?.json_schema?.schema;
  if (schema) return JSON.stringify(sampleOf(schema, String(last)));
  if (body?.response_format?.type === 'json_object') return JSON.stringify({ svar: String(last) });
  return `Svar: ${last}`;
}

/** The smallest value that fits a JSON Schema, with strings echoing the prompt. */
function sampleOf(schema: any, echo: string): unknown {
  if (schema?.enum) return schema.enum[0];
  if (schema?.const !== undefined) return schema.const;
  const type = Array.isArray(schema?.type) ? schema.type[0] : schema?.type;
  if (type === 'object' || schema?.properties) {
    return Object.fromEntries(Object.entries(schema.properties ?? {}).map(([k, s]) => [k, sampleOf(s, echo)]));
  }
  if (type === 'array') return [sampleOf(schema.items ?? {}, echo)];
  if (type === 'number' || type === 'integer') return schema.minimum ?? 1;
  if (type === 'boolean') return true;
  if (type === 'null') return null;
  return echo;
}

/** Pieces of a few characters, cut anywhere, so clients must cope with placeholders split across chunks. */
function splitForStream(text: string): string[] {
  const pieces: string[] = [];
  for (let i = 0; i < text.length; i += 7) pieces.push(text.slice(i, i + 7));
  return pieces;
}

/** A deterministic unit vector from the text's character trigrams, so similar texts lie near each other. */
function embedOf(text: string): number[] {
  const v = new Array<number>(32).fill(0);
  const t = ` ${text.toLowerCase()} `;
  for (let i = 0; i + 3 <= t.length; i++) {
    let h = 2166136261;
    for (let j = i; j < i + 3; j++) h = Math.imul(h ^ t.charCodeAt(j), 16777619);
    v[(h >>> 0) % 32]! += 1;
  }
  const norm = Math.hypot(...v) || 1;
  return v.map((x) => x / norm);
}
