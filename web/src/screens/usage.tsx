import { type FormEvent, useState } from 'react';
import { apiGet } from '../api.ts';
import { BarChart, type ChartSeries } from '../components/bar-chart.tsx';
import { BudgetBar } from '../components/budget-bar.tsx';
import { ErrorAlert } from '../components/alert.tsx';
import { Field } from '../components/field.tsx';
import { Loading } from '../components/loading.tsx';
import { Page } from '../components/page.tsx';
import { formatDkk, formatNumber } from '../format.ts';
import { useSession } from '../session.tsx';
import { useLoad } from '../use-load.ts';

interface UsageRow {
  forvaltningId: string | null;
  useCaseId: string;
  month: string;
  runs: number;
  llmRuns: number;
  failed: number;
  refused: number;
  costDkk: number;
  energyWh: number;
  co2eGrams: number;
  gainsRecorded: number;
  noHelp: number;
  averageRating: number | null;
  minutesSaved: number;
  hoursSaved: number;
  hoursSavedEstimated: number | null;
  costPerSavedHourDkk: number | null;
}

interface UsageSummary {
  rows: UsageRow[];
  totals: { runs: number; llmRuns: number; failed: number; refused: number; costDkk: number; energyWh: number; co2eGrams: number; gainsRecorded: number; noHelp: number; minutesSaved: number; hoursSaved: number; costPerSavedHourDkk: number | null };
}

interface Budget {
  forvaltningId: string;
  monthlyLimitDkk: number;
  warnShare: number;
  refuseShare: number;
  month: string;
  spentDkk: number;
}

const MONTHS = ['jan.', 'feb.', 'mar.', 'apr.', 'maj', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'];
const monthLabel = (m: string) => `${MONTHS[Number(m.slice(5, 7)) - 1] ?? m.slice(5, 7)} ${m.slice(2, 4)}`;

function series(rows: UsageRow[], months: string[], groups: string[], pick: (r: UsageRow) => number, nameOf: (id: string) => string): ChartSeries[] {
  return groups.map((g) => ({
    name: nameOf(g),
    values: months.map((m) => rows.filter((r) => (r.forvaltningId ?? '') === g && r.month === m).reduce((s, r) => s + pick(r), 0)),
  }));
}

export default function UsageScreen() {
  const { can } = useSession();
  const [filters, setFilters] = useState({ from: '', to: '', forvaltningId: '' });
  const [draft, setDraft] = useState(filters);
  const query = new URLSearchParams(Object.entries(filters).filter(([, v]) => v)).toString();
  const summary = useLoad(() => apiGet<UsageSummary>(`/api/usage/summary${query ? `?${query}` : ''}`), [query]);
  const budgets = useLoad(() => apiGet<Budget[]>('/api/usage/budgets'));
  const forvaltninger = useLoad(() => apiGet<{ id: string; name: string }[]>('/api/forvaltninger'));
  const useCases = useLoad(() => (can('usecases:read') ? apiGet<{ id: string; name: string }[]>('/api/policy/use-cases') : Promise.resolve([])));
  const useCaseNames = new Map((useCases.data ?? []).map((u) => [u.id, u.name]));
  const names = new Map((forvaltninger.data ?? []).map((f) => [f.id, f.name]));
  const nameOf = (id: string) => (id ? (names.get(id) ?? id) : 'Uden forvaltning');

  const apply = (e: FormEvent) => {
    e.preventDefault();
    setFilters(draft);
  };

  const rows = summary.data?.rows ?? [];
  const months = [...new Set(rows.map((r) => r.month))].sort();
  const groups = [...new Set(rows.map((r) => r.forvaltningId ?? ''))].sort();
  const categories = months.map(monthLabel);
  const t = summary.data?.totals;

  const byUseCase = [...new Set(rows.map((r) => r.useCaseId))].sort().map((id) => {
    const rs = rows.filter((r) => r.useCaseId === id);
    const sum = (f: (r: UsageRow) => number) => rs.reduce((s, r) => s + f(r), 0);
    const rated = rs.filter((r) => r.averageRating !== null);
    const estimated = rs.every((r) => r.hoursSavedEstimated === null) ? null : sum((r) => r.hoursSavedEstimated ?? r.hoursSaved);
    return {
      id,
      runs: sum((r) => r.runs),
      costDkk: sum((r) => r.costDkk),
      hoursSaved: sum((r) => r.hoursSaved),
      estimated,
      gains: sum((r) => r.gainsRecorded),
      noHelp: sum((r) => r.noHelp),
      rating: rated.length ? rated.reduce((s, r) => s + (r.averageRating ?? 0), 0) / rated.length : null,
    };
  });

  return (
    <Page
      title="Forbrug"
      intro={can('usage:read-all') ? 'Kørsler, omkostninger, sparet tid og klimaaftryk for alle forvaltninger.' : 'Kørsler, omkostninger, sparet tid og klimaaftryk for din forvaltning.'}
      actions={
        <a className="button button-secondary" href={`/api/usage/summary.csv${query ? `?${query}` : ''}`} download="ai-forbrug.csv">
          Hent som CSV
        </a>
      }
    >
      <form className="filters" onSubmit={apply} aria-label="Afgræns perioden">
        <Field label="Fra måned">
          <input className="form-input" type="month" value={draft.from} onChange={(e) => setDraft({ ...draft, from: e.target.value })} />
        </Field>
        <Field label="Til måned">
          <input className="form-input" type="month" value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.target.value })} />
        </Field>
        {can('usage:read-all') ? (
          <Field label="Forvaltning">
            <select className="form-select" value={draft.forvaltningId} onChange={(e) => setDraft({ ...draft, forvaltningId: e.target.value })}>
              <option value="">Alle</option>
              {(forvaltninger.data ?? []).map((f) => (
                <option key={f.id} value={f.id}>
                  {f.name}
                </option>
              ))}
            </select>
          </Field>
        ) : null}
        <div className="filter-actions">
          <button type="submit" className="button button-primary">
            Vis
          </button>
        </div>
      </form>

      <ErrorAlert error={summary.error} />
      {summary.loading && !summary.data ? <Loading /> : null}
      {t ? (
        <ul className="stats" aria-label="Nøgletal for perioden">
          <li className="stat">
            <span className="stat-value">{formatNumber(t.runs)}</span>
            <span className="stat-label">kørsler ({formatNumber(t.llmRuns)} med sprogmodel)</span>
          </li>
          <li className="stat">
            <span className="stat-value">{formatDkk(t.costDkk)}</span>
            <span className="stat-label">omkostning</span>
          </li>
          <li className="stat">
            <span className="stat-value">{formatNumber(t.hoursSaved, 1)} t</span>
            <span className="stat-label">sparet tid registreret ({formatNumber(t.minutesSaved)} min. i {formatNumber(t.gainsRecorded)} svar)</span>
          </li>
          <li className="stat">
            <span className="stat-value">{formatNumber(t.co2eGrams / 1000, 2)} kg</span>
            <span className="stat-label">CO₂e ({formatNumber(t.energyWh, 1)} Wh)</span>
          </li>
          <li className="stat">
            <span className="stat-value">{t.costPerSavedHourDkk === null ? '–' : formatDkk(t.costPerSavedHourDkk)}</span>
            <span className="stat-label">pr. sparet time</span>
          </li>
        </ul>
      ) : null}

      {summary.data ? (
        <div className="charts">
          <BarChart title="Kørsler pr. måned" categories={categories} series={series(rows, months, groups, (r) => r.runs, nameOf)} unit="kørsler" />
          <BarChart title="Omkostning pr. måned (kr.)" categories={categories} series={series(rows, months, groups, (r) => r.costDkk, nameOf)} unit="kr." digits={2} />
          <BarChart title="Sparet tid pr. måned (timer)" categories={categories} series={series(rows, months, groups, (r) => r.hoursSaved, nameOf)} unit="timer" digits={1} />
          <BarChart title="Klimaaftryk pr. måned (g CO₂e)" categories={categories} series={series(rows, months, groups, (r) => r.co2eGrams, nameOf)} unit="g CO₂e" digits={1} />
        </div>
      ) : null}

      <section aria-labelledby="budgets-title">
        <h2 id="budgets-title">Budgetter denne måned</h2>
        <ErrorAlert error={budgets.error} />
        {budgets.data && budgets.data.length === 0 ? <p>Der er ikke sat budgetter.{can('admin:budgets') ? ' Sæt dem under Admin → Budgetter.' : ''}</p> : null}
        {(budgets.data ?? []).map((b) => (
          <BudgetBar key={b.forvaltningId} label={nameOf(b.forvaltningId)} spent={b.spentDkk} limit={b.monthlyLimitDkk} warnShare={b.warnShare} />
        ))}
      </section>

      {byUseCase.length > 0 ? (
        <section aria-labelledby="usecases-title">
          <h2 id="usecases-title">Pr. anvendelse</h2>
          <div className="table-wrap" tabIndex={0} role="region" aria-label="Forbrug pr. anvendelse">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Anvendelse</th>
                  <th scope="col" className="num">
                    Kørsler
                  </th>
                  <th scope="col" className="num">
                    Omkostning
                  </th>
                  <th scope="col" className="num">
                    Sparet (registreret)
                  </th>
                  <th scope="col" className="num">
                    Sparet (skønnet)
                  </th>
                  <th scope="col" className="num">
                    Svar / hjalp ikke
                  </th>
                  <th scope="col" className="num">
                    Vurdering
                  </th>
                </tr>
              </thead>
              <tbody>
                {byUseCase.map((u) => (
                  <tr key={u.id}>
                    <td>{useCaseNames.get(u.id) ?? u.id}</td>
                    <td className="num">{formatNumber(u.runs)}</td>
                    <td className="num">{formatDkk(u.costDkk)}</td>
                    <td className="num">{formatNumber(u.hoursSaved, 1)} t</td>
                    <td className="num">{u.estimated === null ? '–' : `${formatNumber(u.estimated, 1)} t`}</td>
                    <td className="num">
                      {formatNumber(u.gains)} / {formatNumber(u.noHelp)}
                    </td>
                    <td className="num">{u.rating === null ? '–' : `${formatNumber(u.rating, 1)} af 5`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
    </Page>
  );
}
