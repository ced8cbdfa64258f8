import { z } from 'zod';
import { budgetsChanged, recordRunGain } from '../../gateway/index.ts';
import { BaselineInput, BudgetInput, deleteBudget, GainInput, listBaselines, listBudgets, setBaseline, setBudget, UsageSummaryQuery, usageSummary, usageSummaryCsv } from '../../usage/index.ts';
import { defineRoute } from '../http/route.ts';

const forvaltningParams = z.object({ forvaltningId: z.string().min(1).max(100) });

export const usageRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/usage/summary',
    summary: 'Kørsler, omkostning, energi og sparet tid pr. forvaltning, anvendelse og måned',
    tags: ['forbrug'],
    auth: 'usage:read-own',
    query: UsageSummaryQuery,
    async handler({ app, actor, query }) {
      return usageSummary(app.db, actor, query);
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/usage/summary.csv',
    summary: 'Samme opgørelse som CSV',
    tags: ['forbrug'],
    auth: 'usage:read-own',
    query: UsageSummaryQuery,
    async handler({ app, actor, query, reply }) {
      const csv = usageSummaryCsv(await usageSummary(app.db, actor, query));
      reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="ai-forbrug.csv"');
      return csv;
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/usage/gains',
    summary: 'Registrér sparet tid (eller "hjalp ikke") og vurdering for en kørsel',
    tags: ['forbrug'],
    auth: 'feedback:record',
    body: GainInput,
    async handler({ app, actor, body, reply }) {
      reply.status(201);
      return recordRunGain(app, actor, body);
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/usage/budgets',
    summary: 'Budgetter pr. forvaltning med denne måneds forbrug',
    tags: ['forbrug'],
    auth: 'usage:read-own',
    async handler({ app, actor }) {
      return listBudgets(app.db, actor, app.clock);
    },
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/admin/budgets/:forvaltningId',
    summary: 'Sæt en forvaltnings månedlige AI-budget i kroner (advarsel og afvisning som andele)',
    tags: ['forbrug'],
    auth: 'admin:budgets',
    params: forvaltningParams,
    body: BudgetInput,
    async handler({ app, actor, params, body }) {
      const budget = await setBudget(app.db, actor, params.forvaltningId, body, app.clock);
      budgetsChanged(app);
      return budget;
    },
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/admin/budgets/:forvaltningId',
    summary: 'Fjern en forvaltnings budget',
    tags: ['forbrug'],
    auth: 'admin:budgets',
    params: forvaltningParams,
    async handler({ app, actor, params }) {
      await deleteBudget(app.db, actor, params.forvaltningId, app.clock);
      return { ok: true };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/usage/baselines',
    summary: 'Basislinje: minutter en opgave tager uden AI, pr. anvendelse',
    tags: ['forbrug'],
    auth: 'usage:read-own',
    async handler({ app }) {
      return listBaselines(app.db);
    },
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/admin/baselines/:useCaseId',
    summary: 'Sæt basislinjen (minutter pr. opgave) for en anvendelse',
    tags: ['forbrug'],
    auth: 'usecases:manage',
    params: z.object({ useCaseId: z.string().min(1).max(100) }),
    body: BaselineInput,
    async handler({ app, actor, params, body }) {
      return setBaseline(app.db, actor, params.useCaseId, body, app.clock);
    },
  }),
];
