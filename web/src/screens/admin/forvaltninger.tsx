import { type FormEvent, useState } from 'react';
import { apiGet, apiSend, errorMessage, fieldErrors } from '../../api.ts';
import { Alert, ErrorAlert } from '../../components/alert.tsx';
import { Field } from '../../components/field.tsx';
import { Loading } from '../../components/loading.tsx';
import { useLoad } from '../../use-load.ts';

interface Forvaltning {
  id: string;
  name: string;
}

export function ForvaltningerPanel() {
  const list = useLoad(() => apiGet<Forvaltning[]>('/api/forvaltninger'));
  const [id, setId] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setFields({});
    try {
      const f = await apiSend<Forvaltning>('POST', '/api/admin/forvaltninger', { id: id.trim(), name: name.trim() });
      setNotice(`${f.name} er oprettet.`);
      setId('');
      setName('');
      await list.reload();
    } catch (err) {
      setError(errorMessage(err));
      setFields(fieldErrors(err));
    }
  };

  return (
    <>
      <section aria-labelledby="forv-title">
        <h2 id="forv-title">Forvaltninger</h2>
        <ErrorAlert error={list.error} />
        {notice ? <Alert kind="success">{notice}</Alert> : null}
        {list.loading && !list.data ? <Loading /> : null}
        {list.data && list.data.length === 0 ? <p>Der er ingen forvaltninger endnu.</p> : null}
        {list.data && list.data.length > 0 ? (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Navn</th>
                <th scope="col">Id</th>
              </tr>
            </thead>
            <tbody>
              {list.data.map((f) => (
                <tr key={f.id}>
                  <td>{f.name}</td>
                  <td>
                    <code>{f.id}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </section>
      <form className="card" onSubmit={submit} aria-labelledby="new-forv-title" noValidate>
        <h2 id="new-forv-title">Opret forvaltning</h2>
        <ErrorAlert error={error} />
        <div className="form-row">
          <Field label="Id" hint="Fx social-sundhed (små bogstaver, tal og bindestreg)" error={fields.id}>
            <input className="form-input" value={id} onChange={(e) => setId(e.target.value)} required />
          </Field>
          <Field label="Navn" hint="Fx Social- og Sundhedsforvaltningen" error={fields.name}>
            <input className="form-input" value={name} onChange={(e) => setName(e.target.value)} required />
          </Field>
        </div>
        <button type="submit" className="button button-primary">
          Opret forvaltning
        </button>
      </form>
    </>
  );
}
