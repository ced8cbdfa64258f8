import { z } from 'zod';
import type { Check } from '../analysers/check.ts';
import { Filter, filtersFromQuestion, pickDataset, queryRows } from '../datasets/query-dataset.ts';
import { type DatasetSummary, type TaskContext, defineTask } from '../task-definition.ts';

const MAX_ROWS_SHOWN = 50;

const Output = z.object({
  dataset: z.object({ id: z.string(), name: z.string() }).nullable(),
  columns: z.array(z.string()),
  filters: z.array(Filter),
  keywords: z.array(z.string()),
  rows: z.array(z.record(z.string(), z.string())),
  total: z.number(),
  message: z.string().nullable(),
});

const Options = z.strictObject({ dataset: z.string().min(2).max(60).optional() });

const NO_DATASETS = 'Der er ikke registreret nogen datasæt til opslag. En AI-koordinator kan registrere CSV- eller JSON-tabeller.';

async function chooseDataset(text: string, options: z.output<typeof Options>, ctx: TaskContext): Promise<{ dataset: DatasetSummary | null; all: DatasetSummary[] }> {
  const all = ctx.datasets ? await ctx.datasets.list() : [];
  const dataset = options.dataset ? (all.find((d) => d.id === options.dataset) ?? null) : pickDataset(text, all);
  return { dataset, all };
}

async function run(ctx: TaskContext, dataset: DatasetSummary, filters: Filter[], keywords: string[]) {
  const rows = queryRows(await ctx.datasets!.rows(dataset.id), filters, keywords);
  const checks: Check[] = [
    rows.length
      ? { id: 'rows', status: 'OK', message: `${rows.length} rækker i "${dataset.name}" matcher${rows.length > MAX_ROWS_SHOWN ? `; de første ${MAX_ROWS_SHOWN} vises` : ''}.` }
      : { id: 'rows', status: 'MISSING', message: `Ingen rækker i "${dataset.name}" matcher.` },
  ];
  return {
    output: { dataset: { id: dataset.id, name: dataset.name }, columns: dataset.columns, filters, keywords, rows: rows.slice(0, MAX_ROWS_SHOWN), total: rows.length, message: null },
    checks,
  };
}

const empty = (message: string, all: DatasetSummary[] = []) => ({
  output: { dataset: null, columns: [], filters: [], keywords: [], rows: [], total: 0, message: all.length ? `${message} Registrerede datasæt: ${all.map((d) => d.name).join(', ')}.` : message },
  checks: [{ id: 'dataset', status: 'MISSING' as const, message }],
});

const ModelQuery = z.object({ dataset: z.string(), filters: z.array(Filter).default([]), keywords: z.array(z.string()).default([]) });

export const dataLookupTask = defineTask({
  id: 'data-lookup',
  kind: 'opslag',
  name: 'Slå op i data',
  description: 'Opslag i kommunens registrerede tabeller (CSV/JSON), fx takster, åbningstider eller adresser. Skriv filtre som "postnummer = 2000" eller "pris under 500". Med sprogmodel oversættes spørgsmålet til et filter, som kontrolleres mod tabellens kolonner og køres lokalt.',
  options: Options,
  output: Output,
  defaultUseCase: 'generel-intern-assistance',
  draft: false,
  minutesSaved: 5,
  async local(text, options, ctx) {
    const { dataset, all } = await chooseDataset(text, options, ctx);
    if (!all.length) return empty(NO_DATASETS);
    if (!dataset) return empty('Spørgsmålet passer ikke til noget registreret datasæt. Nævn datasættet eller en kolonne.', all);
    const { filters, keywords } = filtersFromQuestion(text, dataset);
    return run(ctx, dataset, filters, keywords);
  },
  llm: {
    async prompt(text, options, ctx) {
      const all = ctx.datasets ? await ctx.datasets.list() : [];
      if (!all.length) return empty(NO_DATASETS);
      const candidates = options.dataset ? all.filter((d) => d.id === options.dataset) : all;
      return {
        system: [
          'Oversæt brugerens spørgsmål til et opslag i én af tabellerne. Svar KUN med JSON: {"dataset": "<id>", "filters": [{"column": "<kolonnenavn>", "op": "=|!=|>|>=|<|<=|indeholder", "value": "<værdi>"}], "keywords": ["<fritekst>"]}.',
          `Tabeller:\n${candidates.map((d) => `- id "${d.id}": ${d.name}${d.description ? ` (${d.description})` : ''}; kolonner: ${d.columns.map((c) => `"${c}"`).join(', ')}`).join('\n')}`,
        ].join('\n\n'),
        text,
        maxTokens: 400,
      };
    },
    async verify(answer, _text, _options, ctx) {
      const all = ctx.datasets ? await ctx.datasets.list() : [];
      const json = /\{[\s\S]*\}/.exec(answer)?.[0];
      let parsed: z.infer<typeof ModelQuery> | null = null;
      try {
        parsed = json ? ModelQuery.parse(JSON.parse(json)) : null;
      } catch {
        parsed = null;
      }
      if (!parsed) return empty('Sprogmodellen svarede ikke med et gyldigt opslag.', all);
      const dataset = all.find((d) => d.id === parsed.dataset);
      if (!dataset) return empty(`Sprogmodellen valgte et datasæt, der ikke findes ("${parsed.dataset.slice(0, 60)}").`, all);
      // A filter on a column the table does not have would silently match nothing; it is dropped and reported.
      const unknown = parsed.filters.filter((f) => !dataset.columns.includes(f.column));
      const result = await run(ctx, dataset, parsed.filters.filter((f) => dataset.columns.includes(f.column)), parsed.keywords);
      result.checks.unshift(
        unknown.length
          ? { id: 'columns-exist', status: 'WEAK', message: `Modellen brugte kolonner, som tabellen ikke har; de er sprunget over: ${unknown.map((f) => f.column.slice(0, 40)).join(', ')}.` }
          : { id: 'columns-exist', status: 'OK', message: 'Opslaget bruger kun kolonner, som tabellen har.' },
      );
      return result;
    },
  },
});
