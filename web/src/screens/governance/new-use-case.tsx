import { type FormEvent, useState } from 'react';
import { apiSend, errorMessage, fieldErrors } from '../../api.ts';
import { Alert, ErrorAlert } from '../../components/alert.tsx';
import { Field } from '../../components/field.tsx';
import { HOSTING_LABELS } from '../admin/models.tsx';
import { DATA_CATEGORY_LABELS, DECISION_ROLE_LABELS, DOMAIN_LABELS, TIER_TEXT } from './labels.ts';
import { USE_CASES_URL, type UseCaseView } from './use-case.ts';

/** Registers an idea; the platform computes its tier, controls and what it lacks for a pilot. */
export function NewUseCaseForm({ forvaltninger, onCreated }: { forvaltninger: { id: string; name: string }[]; onCreated: () => void }) {
  const [form, setForm] = useState({
    name: '',
    summaryPublic: '',
    forvaltningId: '',
    accountableOwner: '',
    domain: 'admin_internal',
    decisionRole: 'drafting',
    hosting: 'self_hosted',
  });
  const [citizenFacing, setCitizenFacing] = useState(false);
  const [categories, setCategories] = useState<string[]>(['internal']);
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [created, setCreated] = useState<UseCaseView | null>(null);
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setFields({});
    try {
      const u = await apiSend<UseCaseView>('POST', USE_CASES_URL, {
        name: form.name.trim(),
        summaryPublic: form.summaryPublic.trim(),
        forvaltningId: form.forvaltningId || null,
        accountableOwner: form.accountableOwner.trim(),
        domain: form.domain,
        decisionRole: form.decisionRole,
        hosting: form.hosting,
        citizenFacing,
        dataCategories: categories,
      });
      setCreated(u);
      setForm({ ...form, name: '', summaryPublic: '' });
      onCreated();
    } catch (err) {
      setError(errorMessage(err));
      setFields(fieldErrors(err));
    }
  };

  const toggle = (c: string) => setCategories(categories.includes(c) ? categories.filter((x) => x !== c) : [...categories, c]);
  return (
    <form className="card" onSubmit={submit} aria-labelledby="new-usecase-title" noValidate>
      <h2 id="new-usecase-title">Registrér en ny anvendelse</h2>
      <p>Anvendelsen oprettes som idé. Platformen beregner risikoniveau og kontroller ud fra svarene.</p>
      <ErrorAlert error={error} />
      {created ? (
        <Alert kind="success" heading={`${created.name} er registreret`}>
          Risikoniveau: {TIER_TEXT[created.assessment.tier] ?? created.assessment.tier}. Godkendes af: {created.assessment.approvalLevel}.
        </Alert>
      ) : null}
      <div className="form-row">
        <Field label="Navn" error={fields.name}>
          <input className="form-input" value={form.name} onChange={set('name')} />
        </Field>
        <Field label="Forvaltning" error={fields.forvaltningId}>
          <select className="form-select" value={form.forvaltningId} onChange={set('forvaltningId')}>
            <option value="">Tværgående</option>
            {forvaltninger.map((f) => (
              <option key={f.id} value={f.id}>
                {f.name}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Field label="Kort beskrivelse i klart sprog" hint="Vises i det offentlige register" error={fields.summaryPublic}>
        <textarea className="form-input" rows={2} value={form.summaryPublic} onChange={set('summaryPublic')} />
      </Field>
      <div className="form-row">
        <Field label="Område" error={fields.domain}>
          <select className="form-select" value={form.domain} onChange={set('domain')}>
            {Object.entries(DOMAIN_LABELS).map(([k, v]) => (
              <option key={k} value={k}>
                {v}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Rolle i afgørelser" error={fields.decisionRole}>
          <select className="form-select" value={form.decisionRole} onChange={set('decisionRole')}>
            {Object.entries(DECISION_ROLE_LABELS).map(([k, v]) => (
              <option key={k} value={k}>
                {v}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <div className="form-row">
        <Field label="Ansvarlig ejer" error={fields.accountableOwner}>
          <input className="form-input" value={form.accountableOwner} onChange={set('accountableOwner')} />
        </Field>
        <Field label="Hosting af modellen" error={fields.hosting}>
          <select className="form-select" value={form.hosting} onChange={set('hosting')}>
            {Object.entries(HOSTING_LABELS).map(([k, v]) => (
              <option key={k} value={k}>
                {v}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <div className="form-checkbox">
        <input type="checkbox" id="uc-citizen" checked={citizenFacing} onChange={(e) => setCitizenFacing(e.target.checked)} />
        <label htmlFor="uc-citizen">Borgerrettet (borgere ser eller bruger output direkte)</label>
      </div>
      <fieldset className="form-group">
        <legend className="form-label">Data, anvendelsen behandler</legend>
        {fields.dataCategories ? <span className="form-error-message">{fields.dataCategories}</span> : null}
        <div className="checkbox-row">
          {Object.entries(DATA_CATEGORY_LABELS).map(([k, v]) => (
            <div className="form-checkbox" key={k}>
              <input type="checkbox" id={`uc-data-${k}`} checked={categories.includes(k)} onChange={() => toggle(k)} />
              <label htmlFor={`uc-data-${k}`}>{v}</label>
            </div>
          ))}
        </div>
      </fieldset>
      <button type="submit" className="button button-primary" disabled={!form.name.trim() || categories.length === 0}>
        Registrér anvendelse
      </button>
    </form>
  );
}
