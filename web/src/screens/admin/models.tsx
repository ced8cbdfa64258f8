import { type FormEvent, useState } from 'react';
import { apiGet, apiSend, errorMessage, fieldErrors } from '../../api.ts';
import { Alert, ErrorAlert } from '../../components/alert.tsx';
import { Field } from '../../components/field.tsx';
import { Loading } from '../../components/loading.tsx';
import { formatNumber } from '../../format.ts';
import { useLoad } from '../../use-load.ts';

interface Model {
  id: string;
  name: string;
  provider: 'openai_compatible' | 'llama_cpp';
  kind: 'chat' | 'embedding';
  baseUrl: string | null;
  upstreamModel: string;
  hasApiKey: boolean;
  hosting: string;
  maxDataClass: string;
  priceInDkkPerMTok: number;
  priceOutDkkPerMTok: number;
  fallbackOrder: number;
  enabled: boolean;
  source: 'admin' | 'config';
}

export const HOSTING_LABELS: Record<string, string> = {
  self_hosted: 'Egen drift',
  eu_processor_with_dpa: 'EU-databehandler med aftale',
  third_country_processor: 'Databehandler uden for EU',
  public_consumer_service: 'Offentlig forbrugertjeneste',
};

const DATA_CLASS_LABELS: Record<string, string> = {
  public: 'Offentlige data',
  internal: 'Interne data',
  personal: 'Personoplysninger',
  confidential: 'Fortrolige oplysninger (fx CPR)',
  sensitive: 'Følsomme oplysninger (art. 9/10, børn)',
};

export default function ModelsPanel() {
  const models = useLoad(() => apiGet<Model[]>('/api/admin/models'));
  const [error, setError] = useState<string | null>(null);

  const toggle = async (m: Model) => {
    setError(null);
    try {
      await apiSend('PATCH', `/api/admin/models/${encodeURIComponent(m.id)}`, { enabled: !m.enabled });
      await models.reload();
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  return (
    <>
      <section aria-labelledby="models-title">
        <h2 id="models-title">Sprogmodeller</h2>
        <p>En model modtager aldrig data over den dataklasse, den er godkendt til. Personoplysninger går kun til modeller i egen drift eller hos en EU-databehandler med aftale.</p>
        <ErrorAlert error={models.error ?? error} />
        {models.loading && !models.data ? <Loading /> : null}
        {models.data && models.data.length === 0 ? <p>Der er ingen sprogmodeller. Opgaverne kører med de lokale analysatorer.</p> : null}
        {models.data && models.data.length > 0 ? (
          <div className="table-wrap" tabIndex={0} role="region" aria-label="Sprogmodeller">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Model</th>
                  <th scope="col">Hosting</th>
                  <th scope="col">Godkendt til</th>
                  <th scope="col" className="num">
                    Pris ind/ud (kr. pr. mio. tokens)
                  </th>
                  <th scope="col" className="num">
                    Rækkefølge
                  </th>
                  <th scope="col">Status</th>
                  <th scope="col">
                    <span className="sr-only">Handlinger</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {models.data.map((m) => (
                  <tr key={m.id}>
                    <td>
                      {m.name}
                      <br />
                      <code className="muted">
                        {m.id} → {m.upstreamModel}
                      </code>
                    </td>
                    <td>{HOSTING_LABELS[m.hosting] ?? m.hosting}</td>
                    <td>{DATA_CLASS_LABELS[m.maxDataClass] ?? m.maxDataClass}</td>
                    <td className="num">
                      {formatNumber(m.priceInDkkPerMTok, 2)} / {formatNumber(m.priceOutDkkPerMTok, 2)}
                    </td>
                    <td className="num">{m.fallbackOrder}</td>
                    <td>
                      {m.enabled ? <span className="badge badge-success">Aktiv</span> : <span className="badge badge-neutral">Slået fra</span>}
                      {m.source === 'config' ? <span className="badge badge-info">Fra miljøvariabler</span> : null}
                    </td>
                    <td>
                      {m.source === 'admin' ? (
                        <button type="button" className="button button-tertiary button-small" onClick={() => void toggle(m)}>
                          {m.enabled ? 'Slå fra' : 'Slå til'} <span className="sr-only">{m.name}</span>
                        </button>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>
      <NewModelForm onCreated={() => void models.reload()} />
    </>
  );
}

function NewModelForm({ onCreated }: { onCreated: () => void }) {
  const [form, setForm] = useState({
    id: '',
    name: '',
    provider: 'openai_compatible',
    baseUrl: '',
    upstreamModel: '',
    apiKey: '',
    hosting: 'self_hosted',
    priceIn: '0',
    priceOut: '0',
  });
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setFields({});
    setNotice(null);
    try {
      await apiSend('POST', '/api/admin/models', {
        id: form.id.trim(),
        name: form.name.trim(),
        provider: form.provider,
        baseUrl: form.baseUrl.trim() || null,
        upstreamModel: form.upstreamModel.trim(),
        ...(form.apiKey ? { apiKey: form.apiKey } : {}),
        hosting: form.hosting,
        priceInDkkPerMTok: Number(form.priceIn.replace(',', '.')),
        priceOutDkkPerMTok: Number(form.priceOut.replace(',', '.')),
      });
      setNotice(`${form.name} er tilføjet.`);
      setForm({ ...form, id: '', name: '', upstreamModel: '', apiKey: '' });
      onCreated();
    } catch (err) {
      setError(errorMessage(err));
      setFields(fieldErrors(err));
    }
  };

  return (
    <form className="card" onSubmit={submit} aria-labelledby="new-model-title" noValidate>
      <h2 id="new-model-title">Tilføj model</h2>
      <ErrorAlert error={error} />
      {notice ? <Alert kind="success">{notice}</Alert> : null}
      <div className="form-row">
        <Field label="Id" hint="Fx azure-gpt-eu" error={fields.id}>
          <input className="form-input" value={form.id} onChange={set('id')} />
        </Field>
        <Field label="Navn" error={fields.name}>
          <input className="form-input" value={form.name} onChange={set('name')} />
        </Field>
      </div>
      <div className="form-row">
        <Field label="Type" error={fields.provider}>
          <select className="form-select" value={form.provider} onChange={set('provider')}>
            <option value="openai_compatible">OpenAI-kompatibel (Azure OpenAI, vLLM, Ollama, llama.cpp server)</option>
            <option value="llama_cpp">Lokal GGUF-model i processen</option>
          </select>
        </Field>
        <Field label="Hosting" hint="Afgør, hvilke data modellen må få" error={fields.hosting}>
          <select className="form-select" value={form.hosting} onChange={set('hosting')}>
            {Object.entries(HOSTING_LABELS).map(([k, v]) => (
              <option key={k} value={k}>
                {v}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <div className="form-row">
        <Field label="Adresse (base-URL)" hint="Fx https://llm.kommune.local/v1" error={fields.baseUrl}>
          <input className="form-input" value={form.baseUrl} onChange={set('baseUrl')} />
        </Field>
        <Field label="Modelnavn hos udbyderen" error={fields.upstreamModel}>
          <input className="form-input" value={form.upstreamModel} onChange={set('upstreamModel')} />
        </Field>
      </div>
      <div className="form-row">
        <Field label="API-nøgle" hint="Gemmes krypteret og vises ikke igen" error={fields.apiKey}>
          <input className="form-input" type="password" autoComplete="off" value={form.apiKey} onChange={set('apiKey')} />
        </Field>
        <Field label="Pris ind (kr. pr. mio. tokens)" error={fields.priceInDkkPerMTok}>
          <input className="form-input form-input-short" inputMode="decimal" value={form.priceIn} onChange={set('priceIn')} />
        </Field>
        <Field label="Pris ud (kr. pr. mio. tokens)" error={fields.priceOutDkkPerMTok}>
          <input className="form-input form-input-short" inputMode="decimal" value={form.priceOut} onChange={set('priceOut')} />
        </Field>
      </div>
      <button type="submit" className="button button-primary">
        Tilføj model
      </button>
    </form>
  );
}
