import { z } from 'zod';
import { redact } from '../../privacy/index.ts';
import type { Check } from '../analysers/check.ts';
import { type WebSearchResult, defineTask } from '../task-definition.ts';

const Result = z.object({ n: z.number(), title: z.string(), url: z.string(), snippet: z.string() });
const Output = z.object({ answer: z.string().nullable(), results: z.array(Result), message: z.string().nullable() });

const NOT_CONFIGURED = 'Websøgning er ikke slået til. En administrator kan slå den til ved at sætte KAI_WEB_SEARCH_URL til en søgetjeneste.';
const PERSONAL_DATA = 'Søgningen indeholder personoplysninger og sendes derfor ikke til søgetjenesten. Fjern navne, CPR-numre og adresser, og prøv igen.';

type Guarded = { results: WebSearchResult[]; checks: Check[]; message: string | null };

/** Nothing identifying may leave the municipality in a search query: the search service is a third party. */
async function guardedSearch(query: string, limit: number, search: ((q: string, n: number) => Promise<WebSearchResult[]>) | null): Promise<Guarded> {
  if (!search) return { results: [], checks: [{ id: 'configured', status: 'N/A', message: NOT_CONFIGURED }], message: NOT_CONFIGURED };
  const { entities } = redact(query);
  if (entities.length) {
    return { results: [], checks: [{ id: 'personal-data', status: 'MISSING', message: PERSONAL_DATA, evidence: [...new Set(entities.map((e) => e.type))] }], message: PERSONAL_DATA };
  }
  const results = await search(query, limit);
  return {
    results,
    checks: [
      { id: 'personal-data', status: 'OK', message: 'Søgningen indeholder ingen personoplysninger.' },
      results.length ? { id: 'results', status: 'OK', message: `${results.length} resultater.` } : { id: 'results', status: 'MISSING', message: 'Søgetjenesten fandt intet.' },
    ],
    message: null,
  };
}

const number = (results: WebSearchResult[]) => results.map((r, i) => ({ n: i + 1, ...r }));

export const webSearchTask = defineTask({
  id: 'web-search',
  kind: 'opslag',
  name: 'Søg på nettet',
  description: 'Søgning gennem kommunens konfigurerede søgetjeneste. Forespørgsler med personoplysninger sendes ikke. Med sprogmodel opsummeres resultaterne med kildehenvisninger.',
  options: z.strictObject({ limit: z.number().int().min(1).max(10).default(5) }),
  output: Output,
  defaultUseCase: 'generel-intern-assistance',
  draft: false,
  minutesSaved: 5,
  async local(text, { limit }, ctx) {
    const g = await guardedSearch(text, limit, ctx.webSearch ? (q, n) => ctx.webSearch!.search(q, n) : null);
    return { output: { answer: null, results: number(g.results), message: g.message }, checks: g.checks };
  },
  llm: {
    async prompt(text, { limit }, ctx) {
      const g = await guardedSearch(text, limit, ctx.webSearch ? (q, n) => ctx.webSearch!.search(q, n) : null);
      if (!g.results.length) return { output: { answer: null, results: [], message: g.message }, checks: g.checks };
      const results = number(g.results);
      return {
        system: 'Opsummér søgeresultaterne kort på dansk som svar på spørgsmålet. Brug kun resultaterne, og sæt kildenummeret i firkantede parenteser efter hver påstand, fx [1].',
        text: `Spørgsmål: ${text}\n\nResultater:\n${results.map((r) => `[${r.n}] ${r.title} (${r.url}): ${r.snippet}`).join('\n')}`,
        maxTokens: 800,
        state: g,
      };
    },
    async verify(answer, _text, _options, _ctx, state) {
      const g = state as Guarded;
      const results = number(g.results);
      const invalid = [...answer.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1])).filter((n) => n < 1 || n > results.length);
      g.checks.push(
        invalid.length
          ? { id: 'citations-exist', status: 'MISSING', message: `Svaret henviser til resultater, der ikke findes: ${[...new Set(invalid)].join(', ')}.` }
          : { id: 'citations-exist', status: 'OK', message: 'Alle kildehenvisninger findes.' },
      );
      return { output: { answer: answer.trim(), results, message: null }, checks: g.checks };
    },
  },
});
