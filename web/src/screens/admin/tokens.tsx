import { type FormEvent, useState } from 'react';
import { apiGet, apiSend, errorMessage, fieldErrors } from '../../api.ts';
import { Alert, ErrorAlert } from '../../components/alert.tsx';
import { CopyButton } from '../../components/copy-button.tsx';
import { Field } from '../../components/field.tsx';
import { Loading } from '../../components/loading.tsx';
import { formatDate, formatDateTime } from '../../format.ts';
import type { User } from '../../session.tsx';
import { useLoad } from '../../use-load.ts';

interface ApiToken {
  id: string;
  name: string;
  userId: string;
  useCaseId: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
  lastUsedAt: string | null;
  createdAt: string;
}

export function TokensPanel() {
  const tokens = useLoad(() => apiGet<ApiToken[]>('/api/tokens'));
  const users = useLoad(() => apiGet<User[]>('/api/admin/users').catch(() => [] as User[]));
  const [created, setCreated] = useState<{ token: string; name: string } | null>(null);
  const [error, setError] = useState<string | null>(null);

  const revoke = async (t: ApiToken) => {
    if (!window.confirm(`Tilbagekald nøglen "${t.name}"? Systemer, der bruger den, mister adgangen med det samme.`)) return;
    try {
      await apiSend('POST', `/api/tokens/${t.id}/revoke`);
      await tokens.reload();
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  const userName = new Map((users.data ?? []).map((u) => [u.id, u.displayName]));
  return (
    <>
      <section aria-labelledby="tokens-title">
        <h2 id="tokens-title">API-nøgler</h2>
        <p>Fagsystemer kalder det styrede API med en nøgle, der kan bindes til én registreret anvendelse.</p>
        <ErrorAlert error={tokens.error ?? error} />
        {created ? (
          <Alert kind="success" heading={`Nøglen "${created.name}" er oprettet`}>
            <p>Kopiér nøglen nu. Den vises kun denne ene gang.</p>
            <p className="secret">
              <code>{created.token}</code> <CopyButton text={created.token} label="Kopiér nøglen" />
            </p>
          </Alert>
        ) : null}
        {tokens.loading && !tokens.data ? <Loading /> : null}
        {tokens.data && tokens.data.length === 0 ? <p>Der er ingen API-nøgler.</p> : null}
        {tokens.data && tokens.data.length > 0 ? (
          <div className="table-wrap" tabIndex={0} role="region" aria-label="API-nøgler">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Navn</th>
                  <th scope="col">Bruger</th>
                  <th scope="col">Anvendelse</th>
                  <th scope="col">Udløber</th>
                  <th scope="col">Sidst brugt</th>
                  <th scope="col">Status</th>
                  <th scope="col">
                    <span className="sr-only">Handlinger</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {tokens.data.map((t) => (
                  <tr key={t.id}>
                    <td>{t.name}</td>
                    <td>{userName.get(t.userId) ?? t.userId.slice(0, 8)}</td>
                    <td>{t.useCaseId ?? 'Generel intern assistance'}</td>
                    <td>{t.expiresAt ? formatDate(t.expiresAt) : 'Aldrig'}</td>
                    <td>{formatDateTime(t.lastUsedAt)}</td>
                    <td>{t.revokedAt ? <span className="badge badge-neutral">Tilbagekaldt</span> : <span className="badge badge-success">Aktiv</span>}</td>
                    <td>
                      {t.revokedAt ? null : (
                        <button type="button" className="button button-tertiary button-small" onClick={() => void revoke(t)}>
                          Tilbagekald <span className="sr-only">{t.name}</span>
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>
      <NewTokenForm users={users.data ?? []} onCreated={(c) => { setCreated(c); void tokens.reload(); }} />
    </>
  );
}

function NewTokenForm({ users, onCreated }: { users: User[]; onCreated: (c: { token: string; name: string }) => void }) {
  const [name, setName] = useState('');
  const [userId, setUserId] = useState('');
  const [useCaseId, setUseCaseId] = useState('');
  const [days, setDays] = useState('365');
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setFields({});
    try {
      const res = await apiSend<{ token: string; apiToken: ApiToken }>('POST', '/api/tokens', {
        name: name.trim(),
        ...(userId ? { userId } : {}),
        useCaseId: useCaseId.trim() || null,
        expiresInDays: days ? Number(days) : null,
      });
      setName('');
      onCreated({ token: res.token, name: res.apiToken.name });
    } catch (err) {
      setError(errorMessage(err));
      setFields(fieldErrors(err));
    }
  };

  return (
    <form className="card" onSubmit={submit} aria-labelledby="new-token-title" noValidate>
      <h2 id="new-token-title">Opret API-nøgle</h2>
      <ErrorAlert error={error} />
      <div className="form-row">
        <Field label="Navn" hint="Fx Sagssystem – journalnotater" error={fields.name}>
          <input className="form-input" value={name} onChange={(e) => setName(e.target.value)} required />
        </Field>
        {users.length > 0 ? (
          <Field label="Bruger" hint="Nøglen handler som denne bruger" error={fields.userId}>
            <select className="form-select" value={userId} onChange={(e) => setUserId(e.target.value)}>
              <option value="">Mig selv</option>
              {users.filter((u) => !u.disabled).map((u) => (
                <option key={u.id} value={u.id}>
                  {u.displayName} ({u.username})
                </option>
              ))}
            </select>
          </Field>
        ) : null}
      </div>
      <div className="form-row">
        <Field label="Anvendelse (id)" hint="Tom: generel intern assistance" error={fields.useCaseId}>
          <input className="form-input" value={useCaseId} onChange={(e) => setUseCaseId(e.target.value)} />
        </Field>
        <Field label="Udløber om (dage)" hint="Tom: udløber aldrig" error={fields.expiresInDays}>
          <input className="form-input form-input-short" inputMode="numeric" value={days} onChange={(e) => setDays(e.target.value.replace(/\D/g, ''))} />
        </Field>
      </div>
      <button type="submit" className="button button-primary">
        Opret nøgle
      </button>
    </form>
  );
}
