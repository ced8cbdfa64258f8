import { z } from 'zod';
import { AppError } from '../kernel/index.ts';
import type { WebSearchPort } from './task-definition.ts';

const SearchResponse = z.object({
  results: z.array(z.object({ title: z.string().default(''), url: z.string(), content: z.string().default('') }).loose()).default([]),
});

const TIMEOUT_MS = 8000;

/** A search service with the JSON interface of SearXNG: `GET <url>?q=…&format=json`. */
export function httpWebSearch(baseUrl: string, fetchImpl: typeof fetch = fetch): WebSearchPort {
  return {
    async search(query, limit) {
      const url = new URL(baseUrl);
      url.searchParams.set('q', query);
      url.searchParams.set('format', 'json');
      let body: unknown;
      try {
        const res = await fetchImpl(url, { signal: AbortSignal.timeout(TIMEOUT_MS), headers: { accept: 'application/json' } });
        if (!res.ok) throw new Error(`status ${res.status}`);
        body = await res.json();
      } catch {
        throw new AppError('upstream_failed', 'Søgetjenesten svarede ikke. Prøv igen senere.');
      }
      const parsed = SearchResponse.safeParse(body);
      if (!parsed.success) throw new AppError('upstream_failed', 'Søgetjenesten svarede i et ukendt format.');
      return parsed.data.results.slice(0, limit).map((r) => ({ title: r.title, url: r.url, snippet: r.content }));
    },
  };
}
