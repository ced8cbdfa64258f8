import { existsSync } from 'node:fs';

/** A folder of ../shared/data (beside the repository), for tests, evals and benchmarks that read it in place. */
export function sharedData(relative: string): { path: string; present: boolean } {
  const url = new URL(`../../../shared/data/${relative}`, import.meta.url);
  return { path: url.pathname, present: existsSync(url) };
}
