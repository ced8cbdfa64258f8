import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { evaluateRequest, seedUseCase } from '../../src/policy/index.ts';
import { labelledSets } from '../../src/policy/labelled-sets.ts';

const AGENDA = fileURLToPath(new URL('../../../shared/data/municipal/aarhus-byraad-2025-10-08-dagsorden.md', import.meta.url));

const timed = (fn: () => void, runs: number) => {
  const start = process.hrtime.bigint();
  for (let i = 0; i < runs; i++) fn();
  return Number(process.hrtime.bigint() - start) / 1e6 / runs;
};

/** The request gate's cost: a typical one-line request, and a whole council agenda pasted as the text. */
export async function bench(): Promise<Record<string, unknown>> {
  const requests = labelledSets().flatMap((s) => s.requests.map((r) => r.text));
  const useCase = seedUseCase('generel-intern-assistance');
  const perRequestMs = timed(() => { for (const text of requests) evaluateRequest({ text, useCase }); }, 5) / requests.length;
  const figures: Record<string, unknown> = { requests: requests.length, meanMsPerRequest: Number(perRequestMs.toFixed(3)) };
  if (existsSync(AGENDA)) {
    const agenda = readFileSync(AGENDA, 'utf8');
    figures.longDocumentChars = agenda.length;
    figures.longDocumentMs = Number(timed(() => evaluateRequest({ text: agenda, useCase }), 3).toFixed(1));
  } else {
    figures.longDocument = 'skipped: ../shared/data/municipal is absent';
  }
  return figures;
}
