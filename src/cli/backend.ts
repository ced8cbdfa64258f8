import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type App, createApp } from '../app.ts';
import { type Actor, AppError, type Config, type ErrorCode, cliOperator } from '../kernel/index.ts';
import { SERVER_FILE } from '../server/local-operator.ts';

/**
 * Where a CLI command does its work. The embedded database belongs to one process: while a server holds
 * it, commands go through the server's HTTP API (the twin of each command); otherwise they open it here.
 */
export type Backend =
  | { kind: 'local'; app: App; actor: Actor }
  | { kind: 'remote'; url: string; call<T = unknown>(method: string, path: string, body?: unknown | FormData): Promise<T> };

export async function withBackend<T>(config: Config, fn: (backend: Backend) => Promise<T>): Promise<T> {
  const remote = await findRunningServer(config);
  if (remote) return fn(remoteBackend(remote.url, remote.token));
  const app = await createApp(config);
  try {
    return await fn({ kind: 'local', app, actor: cliOperator });
  } finally {
    await app.close();
  }
}

async function findRunningServer(config: Config): Promise<{ url: string; token: string } | null> {
  if (config.serverUrl) {
    if (!config.cliToken) throw new AppError('unauthenticated', 'KAI_URL er sat: sæt også KAI_TOKEN til en API-nøgle.');
    return { url: config.serverUrl, token: config.cliToken };
  }
  if (config.databaseUrl) return null; // PostgreSQL takes many connections; the CLI opens its own.
  const file = join(config.dataDir, SERVER_FILE);
  if (!existsSync(file)) return null;
  const info = JSON.parse(readFileSync(file, 'utf8')) as { url: string; pid: number; token: string };
  if (!isAlive(info.pid)) return null;
  try {
    const res = await fetch(new URL('/health', info.url), { signal: AbortSignal.timeout(2000) });
    return res.ok ? { url: info.url, token: info.token } : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function remoteBackend(url: string, token: string): Backend {
  return {
    kind: 'remote',
    url,
    async call<T>(method: string, path: string, body?: unknown): Promise<T> {
      // A form (file upload) goes as multipart, with the boundary fetch chooses; anything else as JSON.
      const form = body instanceof FormData;
      const res = await fetch(new URL(path, url), {
        method,
        headers: { authorization: `Bearer ${token}`, ...(body !== undefined && !form ? { 'content-type': 'application/json' } : {}) },
        body: form ? body : body !== undefined ? JSON.stringify(body) : undefined,
      });
      const text = await res.text();
      const json = text ? JSON.parse(text) : null;
      if (!res.ok) {
        const e = (json as { error?: { code?: ErrorCode; message?: string; details?: unknown } })?.error;
        throw new AppError(e?.code ?? 'internal', e?.message ?? `Serveren svarede ${res.status}.`, e?.details);
      }
      return json as T;
    },
  };
}
