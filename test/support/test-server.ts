import type { FastifyInstance } from 'fastify';
import { bootstrapActor, createApiToken, createUser } from '../../src/access/index.ts';
import { type App, createApp } from '../../src/app.ts';
import { type Clock, type Role, parseConfig } from '../../src/kernel/index.ts';
import { buildServer } from '../../src/server/index.ts';
import { seedOnFirstStart } from '../../src/seed.ts';
import { createTestDatabase } from './test-database.ts';

export interface TestResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
  text: string;
}

export interface RequestOptions {
  body?: unknown;
  /** Bearer token; defaults to the bootstrap token. Pass null for an anonymous request. */
  token?: string | null;
  headers?: Record<string, string>;
  /** Send this string as the raw body instead of JSON-encoding `body`. */
  rawBody?: string | Buffer | FormData;
}

export interface TestUser {
  id: string;
  username: string;
  password: string;
  token: string;
}

export interface TestServer {
  url: string;
  app: App;
  fastify: FastifyInstance;
  bootstrapToken: string;
  /** Every JSON log line the server wrote (for "no personal data in logs" assertions). */
  logs: string[];
  request<T = any>(method: string, path: string, opts?: RequestOptions): Promise<TestResponse<T>>;
  /** A user with a password and an API token; the AI-literacy course is passed unless said otherwise. */
  createUser(opts?: { roles?: Role[]; forvaltningId?: string | null; courseCompleted?: boolean; username?: string }): Promise<TestUser>;
  /** Ensures a forvaltning exists and returns its id. */
  createForvaltning(id: string, name?: string): Promise<string>;
  close(): Promise<void>;
}

let userCounter = 0;

/** The real server on a free loopback port, with a database of its own. */
export async function startTestServer(opts: { env?: Record<string, string>; clock?: Clock; seed?: boolean } = {}): Promise<TestServer> {
  const database = await createTestDatabase();
  const bootstrapToken = `test-bootstrap-${Math.random().toString(36).slice(2)}-token`;
  const config = parseConfig({
    KAI_PORT: '0',
    KAI_HOST: '127.0.0.1',
    KAI_DATA_DIR: database.dataDir,
    KAI_DATABASE_URL: database.databaseUrl,
    KAI_BOOTSTRAP_TOKEN: bootstrapToken,
    KAI_RATE_LIMIT_PER_MINUTE: '0',
    KAI_LOG_LEVEL: 'info',
    ...opts.env,
  });
  const app = await createApp(config, opts.clock ? { clock: opts.clock } : {});
  if (opts.seed !== false) await seedOnFirstStart(app);
  const logs: string[] = [];
  const fastify = await buildServer(app, { logStream: { write: (line) => void logs.push(line) } });
  const address = await fastify.listen({ port: 0, host: '127.0.0.1' });

  const request = async <T>(method: string, path: string, o: RequestOptions = {}): Promise<TestResponse<T>> => {
    const headers: Record<string, string> = { ...o.headers };
    const token = o.token === undefined ? bootstrapToken : o.token;
    if (token) headers.authorization = `Bearer ${token}`;
    let body: string | Buffer | FormData | undefined;
    if (o.rawBody !== undefined) body = o.rawBody;
    else if (o.body !== undefined) {
      body = JSON.stringify(o.body);
      headers['content-type'] ??= 'application/json';
    }
    const res = await fetch(address + path, { method, headers, body: body as BodyInit | undefined });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // Not JSON (HTML pages, CSV); the text is in `text`.
    }
    return { status: res.status, body: parsed as T, headers: res.headers, text };
  };

  const createForvaltning = async (id: string, name = id) => {
    const existing = await app.db.selectFrom('forvaltninger').select('id').where('id', '=', id).executeTakeFirst();
    if (!existing) await app.db.insertInto('forvaltninger').values({ id, name }).execute();
    return id;
  };

  return {
    url: address,
    app,
    fastify,
    bootstrapToken,
    logs,
    request,
    createForvaltning,
    async createUser(u = {}) {
      const admin = bootstrapActor;
      const username = u.username ?? `bruger${++userCounter}${Math.random().toString(36).slice(2, 6)}`;
      const password = 'korrekt-hest-batteri-klips';
      if (u.forvaltningId) await createForvaltning(u.forvaltningId);
      const user = await createUser(app.db, admin, {
        username,
        displayName: `Test ${username}`,
        forvaltningId: u.forvaltningId ?? null,
        roles: u.roles ?? ['medarbejder'],
        password,
      });
      if (u.courseCompleted !== false) {
        await app.db.updateTable('users').set({ course_completed_at: new Date() }).where('id', '=', user.id).execute();
      }
      const { token } = await createApiToken(app.db, admin, { name: 'test', userId: user.id });
      return { id: user.id, username, password, token };
    },
    async close() {
      await fastify.close();
      await app.close();
      await database.drop();
    },
  };
}
