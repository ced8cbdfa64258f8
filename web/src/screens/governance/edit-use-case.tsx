import { type FormEvent, type ReactNode, useState } from 'react';
import { apiSend, errorMessage, fieldErrors } from '../../api.ts';
import { ErrorAlert } from '../../components/alert.tsx';
import { Field } from '../../components/field.tsx';
import { PHASE_LABELS, REGISTER_LABELS } from './labels.ts';
import { USE_CASES_URL, type UseCaseView } from './use-case.ts';

type Fields = Record<string, any>;

/** The register's free-text documentation fields (governance.md §1) with the tier from which each is required. */
const DOCUMENTATION: [string, string, string][] = [
  ['purposeAndImpact', 'Formål og virkning', 'T2'],
  ['proportionality', 'Proportionalitet og alternativer', 'T2'],
  ['frequencyScale', 'Omfang og hyppighed', 'T2'],
  ['dataSources', 'Datakilder', 'T2'],
  ['dataSharingAndAccess', 'Deling af og adgang til data', 'T2'],
  ['model', 'Model og teknisk virkemåde', 'T2'],
  ['supplier', 'Leverandør', 'T2'],
  ['risksAndMitigations', 'Risici og afhjælpning', 'T2'],
  ['noticeToAffected', 'Information til berørte', 'T2'],
  ['humanOversightDescription', 'Menneskelig kontrol', 'T2'],
  ['recourse', 'Klage og genoptagelse', 'T3'],
  ['biasTesting', 'Skævhed og beskyttede egenskaber', 'T3'],
  ['monitoring', 'Ydeevne og overvågning', 'T3'],
  ['impactAssessments', 'Konsekvensanalyser', 'T3'],
  ['reversibility', 'Reversibilitet', 'T3'],
  ['fallback', 'Reserveproces uden AI', 'T3'],
  ['consultation', 'Inddragelse af berørte og medarbejdere', 'T4'],
];

const DPIA = { not_required_documented: 'Ikke påkrævet (begrundet)', required_missing: 'Påkrævet, mangler', in_progress: 'I gang', approved: 'Godkendt' };
const FRIA = { 'n/a': 'Ikke relevant', missing: 'Mangler', done: 'Udført' };
const ART6 = { '': 'Ikke angivet', '6.1.a': 'Art. 6, stk. 1, litra a (samtykke)', '6.1.b': 'Art. 6, stk. 1, litra b (kontrakt)', '6.1.c': 'Art. 6, stk. 1, litra c (retlig forpligtelse)', '6.1.e': 'Art. 6, stk. 1, litra e (myndighedsudøvelse)' };
const ART9 = { '': 'Ikke relevant', '9.2.a': 'Art. 9, stk. 2, litra a', '9.2.b': 'Art. 9, stk. 2, litra b', '9.2.g': 'Art. 9, stk. 2, litra g', '9.2.h': 'Art. 9, stk. 2, litra h' };
const NOT_FIELDS = new Set(['id', 'phase', 'version', 'createdAt', 'updatedAt', 'publishedAt', 'assessment', 'nextPhase']);

const LEGAL_DEFAULT = { gdprArt6: null, gdprArt9: null, nationalBasis: null, coversPhases: [], assessedBy: [], assessedAt: null };

/** Field gives its control an id and aria attributes through props; they are passed on to the <select>. */
function Select({ options, value, onChange, ...aria }: { options: Record<string, string>; value: string; onChange: (v: string) => void; id?: string }) {
  return (
    <select className="form-select" value={value} onChange={(e) => onChange(e.target.value)} {...aria}>
      {Object.entries(options).map(([k, v]) => (
        <option key={k} value={k}>
          {v}
        </option>
      ))}
    </select>
  );
}

function Check({ id, label, checked, onChange }: { id: string; label: string; checked: boolean; onChange: (v: boolean) => void }) {
  return (
    <div className="form-checkbox">
      <input type="checkbox" id={id} checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="form-section">
      <legend>{title}</legend>
      {children}
    </fieldset>
  );
}

const numberOrNull = (v: string) => (v.trim() === '' ? null : Number(v.replace(',', '.')));

/**
 * Everything the register and the phase gate ask for, in one form. Only changed fields are sent, so two
 * coordinators editing different parts do not overwrite each other.
 */
export function EditUseCaseForm({ useCase, onSaved }: { useCase: UseCaseView; onSaved: (u: UseCaseView) => void }) {
  const original = useCase as unknown as Fields;
  const [d, setD] = useState<Fields>(() => structuredClone(Object.fromEntries(Object.entries(original).filter(([k]) => !NOT_FIELDS.has(k)))));
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const set = (k: string, v: unknown) => setD({ ...d, [k]: v });
  const setIn = (k: string, sub: string, v: unknown) => setD({ ...d, [k]: { ...(d[k] ?? {}), [sub]: v } });
  const legal = d.legalBasis ?? LEGAL_DEFAULT;
  const setLegal = (sub: string, v: unknown) => setD({ ...d, legalBasis: { ...legal, [sub]: v } });
  const toggleIn = (list: string[], v: string) => (list.includes(v) ? list.filter((x) => x !== v) : [...list, v]);
  const missing = (useCase.nextPhase?.missing ?? []).map((m) => m.field).filter((f): f is string => Boolean(f));
  // Gate items name a field or a nested one ("legalBasis.coversPhases"); a control is flagged for either.
  const flag = (field: string) =>
    missing.some((m) => m === field || m.startsWith(`${field}.`)) ? ` (mangler før ${PHASE_LABELS[useCase.nextPhase!.phase]?.toLowerCase()})` : '';

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setFields({});
    const patch = Object.fromEntries(Object.entries(d).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(original[k])));
    if (Object.keys(patch).length === 0) {
      onSaved(useCase);
      return;
    }
    try {
      onSaved(await apiSend<UseCaseView>('PATCH', `${USE_CASES_URL}/${encodeURIComponent(useCase.id)}`, patch));
    } catch (err) {
      setError(errorMessage(err));
      setFields(fieldErrors(err));
    }
  };

  const text = (k: string, label: string, opts: { hint?: string; rows?: number } = {}) => (
    <Field label={label + flag(k)} hint={opts.hint} error={fields[k]}>
      {opts.rows ? (
        <textarea className="form-input" rows={opts.rows} value={d[k] ?? ''} onChange={(e) => set(k, e.target.value)} />
      ) : (
        <input className="form-input" value={d[k] ?? ''} onChange={(e) => set(k, e.target.value)} />
      )}
    </Field>
  );

  return (
    <form onSubmit={submit} noValidate className="use-case-form">
      <ErrorAlert error={error} />
      <Section title="Grunddata og register">
        {text('name', 'Navn')}
        {text('summaryPublic', 'Beskrivelse i klart sprog', { hint: 'Vises i det offentlige register', rows: 3 })}
        <div className="form-row">
          {text('department', 'Afdeling')}
          {text('accountableOwner', 'Ansvarlig ejer')}
          {text('contactEmail', 'Kontakt-e-mail')}
        </div>
        <div className="form-row">
          <Field label={'Register' + flag('register')} error={fields.register}>
            <Select options={REGISTER_LABELS} value={d.register} onChange={(v) => set('register', v)} />
          </Field>
          <Field label={'Revisionsdato' + flag('revisionDate')} error={fields.revisionDate}>
            <input className="form-input" type="date" value={d.revisionDate ?? ''} onChange={(e) => set('revisionDate', e.target.value || null)} />
          </Field>
        </div>
        <Check id="uc-shadow" label="Skyggedrift: vurdér og log forespørgsler, men bloker ikke" checked={Boolean(d.shadowMode)} onChange={(v) => set('shadowMode', v)} />
      </Section>

      <Section title="Jura og konsekvensanalyser">
        <div className="form-row">
          <Field label={'Konsekvensanalyse (DPIA)' + flag('dpia')} error={fields.dpia}>
            <Select options={DPIA} value={d.dpia} onChange={(v) => set('dpia', v)} />
          </Field>
          <Field label={'Analyse af grundlæggende rettigheder (FRIA)' + flag('fria')} error={fields.fria}>
            <Select options={FRIA} value={d.fria} onChange={(v) => set('fria', v)} />
          </Field>
        </div>
        {text('processingRegisterRef', 'Henvisning til fortegnelsen over behandlingsaktiviteter')}
        <div className="form-row">
          <Field label={'Hjemmel efter GDPR art. 6' + flag('legalBasis.gdprArt6')} error={fields['legalBasis.gdprArt6']}>
            <Select options={ART6} value={legal.gdprArt6 ?? ''} onChange={(v) => setLegal('gdprArt6', v || null)} />
          </Field>
          <Field label="Undtagelse efter GDPR art. 9" error={fields['legalBasis.gdprArt9']}>
            <Select options={ART9} value={legal.gdprArt9 ?? ''} onChange={(v) => setLegal('gdprArt9', v || null)} />
          </Field>
        </div>
        <Field label={'Supplerende national hjemmel' + flag('legalBasis.nationalBasis')} hint="Fx den bestemmelse, der giver hjemmel til behandlingen med AI i drift" error={fields['legalBasis.nationalBasis']}>
          <input className="form-input" value={legal.nationalBasis ?? ''} onChange={(e) => setLegal('nationalBasis', e.target.value || null)} />
        </Field>
        <fieldset className="form-group">
          <legend className="form-label">Hjemlen dækker faserne{flag('legalBasis.coversPhases')}</legend>
          <div className="checkbox-row">
            {['idea', 'pilot', 'production', 'scale_up'].map((p) => (
              <Check key={p} id={`uc-covers-${p}`} label={PHASE_LABELS[p]!} checked={legal.coversPhases.includes(p)} onChange={() => setLegal('coversPhases', toggleIn(legal.coversPhases, p))} />
            ))}
          </div>
        </fieldset>
        <fieldset className="form-group">
          <legend className="form-label">Vurderet af{flag('legalBasis.assessedBy')}</legend>
          <div className="checkbox-row">
            <Check id="uc-assessed-dpo" label="Databeskyttelsesrådgiver (DPO)" checked={legal.assessedBy.includes('DPO')} onChange={() => setLegal('assessedBy', toggleIn(legal.assessedBy, 'DPO'))} />
            <Check id="uc-assessed-legal" label="Jurister" checked={legal.assessedBy.includes('legal')} onChange={() => setLegal('assessedBy', toggleIn(legal.assessedBy, 'legal'))} />
          </div>
        </fieldset>
      </Section>

      <Section title="Menneskelig kontrol">
        <Check id="uc-final" label="Et menneske træffer den endelige afgørelse" checked={Boolean(d.humanOversight?.finalDecisionByHuman)} onChange={(v) => setIn('humanOversight', 'finalDecisionByHuman', v)} />
        <Check id="uc-override" label="Medarbejderen kan tilsidesætte forslaget" checked={Boolean(d.humanOversight?.canOverride)} onChange={(v) => setIn('humanOversight', 'canOverride', v)} />
        <Check id="uc-trained" label="Den, der kontrollerer, er uddannet til det" checked={Boolean(d.humanOversight?.reviewerTrained)} onChange={(v) => setIn('humanOversight', 'reviewerTrained', v)} />
        <Check id="uc-logged" label="Tilsidesættelser logges" checked={Boolean(d.humanOversight?.overrideLogged)} onChange={(v) => setIn('humanOversight', 'overrideLogged', v)} />
      </Section>

      <Section title="Business case og effekt">
        <Field label={'Forventet gevinst' + flag('businessCase.expectedGain')} error={fields['businessCase.expectedGain']}>
          <textarea className="form-input" rows={2} value={d.businessCase?.expectedGain ?? ''} onChange={(e) => setIn('businessCase', 'expectedGain', e.target.value)} />
        </Field>
        <div className="form-row">
          <Field label="Forventet sparet tid (minutter pr. måned)" error={fields['businessCase.expectedMinutesSavedPerMonth']}>
            <input className="form-input form-input-short" inputMode="numeric" value={d.businessCase?.expectedMinutesSavedPerMonth ?? ''} onChange={(e) => setIn('businessCase', 'expectedMinutesSavedPerMonth', numberOrNull(e.target.value))} />
          </Field>
          <Field label="Driftsomkostninger (kr. pr. år)" error={fields['businessCase.operatingCostsDkkPerYear']}>
            <input className="form-input form-input-short" inputMode="numeric" value={d.businessCase?.operatingCostsDkkPerYear ?? ''} onChange={(e) => setIn('businessCase', 'operatingCostsDkkPerYear', numberOrNull(e.target.value))} />
          </Field>
        </div>
        <Check id="uc-documented" label={'Gevinsten er dokumenteret' + flag('businessCase.documentedGain')} checked={Boolean(d.businessCase?.documentedGain)} onChange={(v) => setIn('businessCase', 'documentedGain', v)} />
        <Check id="uc-costs" label={'Driftsomkostningerne er medregnet' + flag('businessCase.operatingCostsIncluded')} checked={Boolean(d.businessCase?.operatingCostsIncluded)} onChange={(v) => setIn('businessCase', 'operatingCostsIncluded', v)} />
        <Check id="uc-pilot" label={'Pilotens effekt er dokumenteret' + flag('pilotEvidence')} checked={Boolean(d.pilotEvidence?.documented)} onChange={(v) => setIn('pilotEvidence', 'documented', v)} />
        <Field label="Hvad piloten viste" error={fields['pilotEvidence.summary']}>
          <textarea className="form-input" rows={2} value={d.pilotEvidence?.summary ?? ''} onChange={(e) => setIn('pilotEvidence', 'summary', e.target.value)} />
        </Field>
      </Section>

      <Section title="Dokumentation til registret">
        {DOCUMENTATION.map(([k, label, tier]) => (
          <div key={k}>{text(k, `${label} (krævet fra ${tier})`, { rows: 2 })}</div>
        ))}
      </Section>
      <button type="submit" className="button button-primary">
        Gem anvendelsen
      </button>
    </form>
  );
}
