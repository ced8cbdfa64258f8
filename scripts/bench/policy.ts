import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { evaluateRequest, seedUseCase } from '../../src/policy/index.ts';
import { labelledSets } from '../../src/policy/labelled-sets.ts';

const AGENDA = fileURLToPath(new URL('../../../shared/data/municipal/aarhus-byraad-2025-10-08-dagsorden.md', import.meta.url));

/** CPU ms per call, best of several rounds: the machine is shared, and wall time would measure the neighbours. */
const timed = (fn: () => void, runs: number, rounds = 5) => {
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const start = process.cpuUsage();
    for (let i = 0; i < runs; i++) fn();
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000 / runs);
  }
  return best;
};

/** The request gate's cost: a typical one-line request, a 4 KB prompt, and a whole council agenda pasted as the text. */
export async function bench(): Promise<Record<string, unknown>> {
  const requests = labelledSets().flatMap((s) => s.requests.map((r) => r.text));
  const useCase = seedUseCase('generel-intern-assistance');
  const perRequestMs = timed(() => { for (const text of requests) evaluateRequest({ text, useCase }); }, 5) / requests.length;
  const figures: Record<string, unknown> = { requests: requests.length, meanMsPerRequest: Number(perRequestMs.toFixed(3)) };
  if (existsSync(AGENDA)) {
    const agenda = readFileSync(AGENDA, 'utf8');
    const prompt = agenda.slice(20_000, 24_096);
    figures.fourKbPromptMs = Number(timed(() => evaluateRequest({ text: prompt, useCase }), 50).toFixed(3));
    figures.longDocumentChars = agenda.length;
    figures.longDocumentMs = Number(timed(() => evaluateRequest({ text: agenda, useCase }), 3).toFixed(1));
  } else {
    figures.longDocument = 'skipped: ../shared/data/municipal is absent';
  }
  return figures;
}
