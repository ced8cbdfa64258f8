/** A failed API call, carrying the server's Danish message so screens can show it as is. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

let csrfToken: string | null = null;

/** Cookie-authenticated writes must echo the session's CSRF token; login and /api/me hand it out. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

const SAFE = new Set(['GET', 'HEAD']);

async function send(method: string, path: string, body?: BodyInit, headers: Record<string, string> = {}): Promise<Response> {
  if (!SAFE.has(method) && csrfToken) headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(path, { method, body, headers, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'network', 'Serveren kunne ikke nås. Kontrollér forbindelsen, og prøv igen.');
  }
  if (!res.ok) throw await toApiError(res);
  return res;
}

async function toApiError(res: Response): Promise<ApiError> {
  try {
    const body = (await res.json()) as { error?: { code?: string; message?: string; details?: unknown } };
    if (body.error?.message) return new ApiError(res.status, body.error.code ?? 'error', body.error.message, body.error.details);
  } catch {
    // Not JSON: fall through to a generic message.
  }
  return new ApiError(res.status, 'error', `Serveren svarede med fejl ${res.status}.`);
}

export async function apiGet<T>(path: string): Promise<T> {
  return (await send('GET', path)).json() as Promise<T>;
}

export async function apiSend<T>(method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<T> {
  const res = await send(method, path, body === undefined ? undefined : JSON.stringify(body), body === undefined ? {} : { 'content-type': 'application/json' });
  const text = await res.text();
  return (text ? JSON.parse(text) : null) as T;
}

export async function apiText(path: string): Promise<string> {
  return (await send('GET', path)).text();
}

/** Multipart upload through XHR, because fetch cannot report upload progress. */
export function apiUpload<T>(path: string, form: FormData, onProgress: (fraction: number) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    if (csrfToken) xhr.setRequestHeader('x-csrf-token', csrfToken);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onerror = () => reject(new ApiError(0, 'network', 'Serveren kunne ikke nås. Kontrollér forbindelsen, og prøv igen.'));
    xhr.onload = () => {
      let body: any = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // handled below
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as T);
      else reject(new ApiError(xhr.status, body?.error?.code ?? 'error', body?.error?.message ?? `Serveren svarede med fejl ${xhr.status}.`, body?.error?.details));
    };
    xhr.send(form);
  });
}

/** The message to show for any thrown value. */
export function errorMessage(err: unknown): string {
  if (err instanceof ApiError) return err.message;
  return 'Der opstod en uventet fejl. Prøv igen.';
}

/** Field problems from a validation error, keyed by field path. */
export function fieldErrors(err: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (err instanceof ApiError && Array.isArray(err.details)) {
    for (const d of err.details as { path?: string; message?: string }[]) {
      if (d.path && d.message && !out[d.path]) out[d.path] = d.message;
    }
  }
  return out;
}

/**
 * POST that asks for a server-sent event stream: `delta` events carry pieces of text as a language model
 * writes them, `result` the final JSON and `error` a failure after the stream began. A server that answers
 * with plain JSON (a local run, or an error before the first piece) is handled the same way.
 */
export async function apiStream<T>(path: string, body: unknown, onDelta: (text: string) => void): Promise<T> {
  const res = await send('POST', path, JSON.stringify(body), { 'content-type': 'application/json', accept: 'text/event-stream' });
  if (!res.headers.get('content-type')?.includes('text/event-stream') || !res.body) return (await res.json()) as T;
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value;
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event = /^event: (.*)$/m.exec(block)?.[1] ?? 'message';
      const data = block
        .split('\n')
        .filter((l) => l.startsWith('data: '))
        .map((l) => l.slice(6))
        .join('\n');
      const payload = JSON.parse(data) as any;
      if (event === 'delta') onDelta(payload.text as string);
      else if (event === 'result') return payload as T;
      else if (event === 'error') throw new ApiError(500, payload.error?.code ?? 'error', payload.error?.message ?? 'Opgaven fejlede undervejs.', payload.error?.details);
    }
  }
  throw new ApiError(0, 'network', 'Forbindelsen blev afbrudt, før svaret var færdigt. Prøv igen.');
}
