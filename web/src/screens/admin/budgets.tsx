import { type FormEvent, useState } from 'react';
import { apiGet, apiSend, errorMessage, fieldErrors } from '../../api.ts';
import { Alert, ErrorAlert } from '../../components/alert.tsx';
import { BudgetBar } from '../../components/budget-bar.tsx';
import { Field } from '../../components/field.tsx';
import { Loading } from '../../components/loading.tsx';
import { useLoad } from '../../use-load.ts';

interface Budget {
  forvaltningId: string;
  monthlyLimitDkk: number;
  warnShare: number;
  refuseShare: number;
  month: string;
  spentDkk: number;
}

export default function BudgetsPanel() {
  const budgets = useLoad(() => apiGet<Budget[]>('/api/usage/budgets'));
  const forvaltninger = useLoad(() => apiGet<{ id: string; name: string }[]>('/api/forvaltninger'));
  const [forvaltningId, setForvaltningId] = useState('');
  const [limit, setLimit] = useState('');
  const [warn, setWarn] = useState('80');
  const [refuse, setRefuse] = useState('100');
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const names = new Map((forvaltninger.data ?? []).map((f) => [f.id, f.name]));

  const edit = (b: Budget) => {
    setForvaltningId(b.forvaltningId);
    setLimit(String(b.monthlyLimitDkk));
    setWarn(String(Math.round(b.warnShare * 100)));
    setRefuse(String(Math.round(b.refuseShare * 100)));
    document.getElementById('budget-form')?.scrollIntoView();
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setFields({});
    setNotice(null);
    try {
      await apiSend('PUT', `/api/admin/budgets/${encodeURIComponent(forvaltningId)}`, {
        monthlyLimitDkk: Number(limit.replace(',', '.')),
        warnShare: Number(warn) / 100,
        refuseShare: Number(refuse) / 100,
      });
      setNotice(`Budgettet for ${names.get(forvaltningId) ?? forvaltningId} er gemt.`);
      await budgets.reload();
    } catch (err) {
      setError(errorMessage(err));
      setFields(fieldErrors(err));
    }
  };

  const remove = async (b: Budget) => {
    if (!window.confirm(`Fjern budgettet for ${names.get(b.forvaltningId) ?? b.forvaltningId}?`)) return;
    try {
      await apiSend('DELETE', `/api/admin/budgets/${encodeURIComponent(b.forvaltningId)}`);
      await budgets.reload();
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  return (
    <>
      <section aria-labelledby="budgets-title">
        <h2 id="budgets-title">Budgetter</h2>
        <p>Et månedligt AI-budget pr. forvaltning. Ved advarselsgrænsen får AI-koordinatoren besked; ved afvisningsgrænsen afvises kald til sprogmodeller, mens lokale opgaver stadig virker.</p>
        <ErrorAlert error={budgets.error} />
        {budgets.loading && !budgets.data ? <Loading /> : null}
        {budgets.data && budgets.data.length === 0 ? <p>Der er ikke sat budgetter.</p> : null}
        {(budgets.data ?? []).map((b) => (
          <div key={b.forvaltningId} className="budget-row">
            <BudgetBar label={names.get(b.forvaltningId) ?? b.forvaltningId} spent={b.spentDkk} limit={b.monthlyLimitDkk} warnShare={b.warnShare} />
            <div className="button-row">
              <button type="button" className="button button-tertiary button-small" onClick={() => edit(b)}>
                Ret <span className="sr-only">budgettet for {names.get(b.forvaltningId) ?? b.forvaltningId}</span>
              </button>
              <button type="button" className="button button-tertiary button-small" onClick={() => void remove(b)}>
                Fjern <span className="sr-only">budgettet for {names.get(b.forvaltningId) ?? b.forvaltningId}</span>
              </button>
            </div>
          </div>
        ))}
      </section>
      <form id="budget-form" className="card" onSubmit={submit} aria-labelledby="budget-form-title" noValidate>
        <h2 id="budget-form-title">Sæt budget</h2>
        <ErrorAlert error={error} />
        {notice ? <Alert kind="success">{notice}</Alert> : null}
        <div className="form-row">
          <Field label="Forvaltning" error={fields.forvaltningId}>
            <select className="form-select" value={forvaltningId} onChange={(e) => setForvaltningId(e.target.value)} required>
              <option value="">Vælg forvaltning</option>
              {(forvaltninger.data ?? []).map((f) => (
                <option key={f.id} value={f.id}>
                  {f.name}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Månedligt budget (kr.)" error={fields.monthlyLimitDkk}>
            <input className="form-input form-input-short" inputMode="decimal" value={limit} onChange={(e) => setLimit(e.target.value)} required />
          </Field>
        </div>
        <div className="form-row">
          <Field label="Advarsel ved (% af budget)" error={fields.warnShare}>
            <input className="form-input form-input-short" inputMode="numeric" value={warn} onChange={(e) => setWarn(e.target.value)} />
          </Field>
          <Field label="Afvis kald ved (% af budget)" error={fields.refuseShare}>
            <input className="form-input form-input-short" inputMode="numeric" value={refuse} onChange={(e) => setRefuse(e.target.value)} />
          </Field>
        </div>
        <button type="submit" className="button button-primary" disabled={!forvaltningId || !limit}>
          Gem budget
        </button>
      </form>
    </>
  );
}
