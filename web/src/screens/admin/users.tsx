import { type FormEvent, useState } from 'react';
import { apiGet, apiSend, errorMessage, fieldErrors } from '../../api.ts';
import { Alert, ErrorAlert } from '../../components/alert.tsx';
import { Dialog } from '../../components/dialog.tsx';
import { Field } from '../../components/field.tsx';
import { Loading } from '../../components/loading.tsx';
import { formatDate } from '../../format.ts';
import { ROLE_LABELS, type Role, type User } from '../../session.tsx';
import { useLoad } from '../../use-load.ts';

const ROLES = Object.keys(ROLE_LABELS) as Role[];

interface Forvaltning {
  id: string;
  name: string;
}

export function UsersPanel() {
  const users = useLoad(() => apiGet<User[]>('/api/admin/users'));
  const forvaltninger = useLoad(() => apiGet<Forvaltning[]>('/api/forvaltninger'));
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<User | null>(null);

  const disable = async (u: User) => {
    if (!window.confirm(`Deaktivér ${u.displayName}? Brugerens sessioner og API-nøgler afsluttes.`)) return;
    try {
      await apiSend('POST', `/api/admin/users/${encodeURIComponent(u.username)}/disable`);
      setNotice(`${u.displayName} er deaktiveret.`);
      await users.reload();
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  const names = new Map((forvaltninger.data ?? []).map((f) => [f.id, f.name]));
  return (
    <>
      <section aria-labelledby="users-title">
        <h2 id="users-title">Brugere</h2>
        <ErrorAlert error={users.error ?? error} />
        {notice ? <Alert kind="success">{notice}</Alert> : null}
        {users.loading && !users.data ? <Loading /> : null}
        {users.data ? (
          <div className="table-wrap" tabIndex={0} role="region" aria-label="Brugere">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Navn</th>
                  <th scope="col">Brugernavn</th>
                  <th scope="col">Forvaltning</th>
                  <th scope="col">Roller</th>
                  <th scope="col">Kursus</th>
                  <th scope="col">Status</th>
                  <th scope="col">
                    <span className="sr-only">Handlinger</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {users.data.map((u) => (
                  <tr key={u.id}>
                    <td>{u.displayName}</td>
                    <td>{u.username}</td>
                    <td>{u.forvaltningId ? (names.get(u.forvaltningId) ?? u.forvaltningId) : '–'}</td>
                    <td>{u.roles.map((r) => ROLE_LABELS[r] ?? r).join(', ')}</td>
                    <td>{u.courseCompletedAt ? `Bestået ${formatDate(u.courseCompletedAt)}` : 'Ikke bestået'}</td>
                    <td>{u.disabled ? <span className="badge badge-neutral">Deaktiveret</span> : <span className="badge badge-success">Aktiv</span>}</td>
                    <td className="actions">
                      {u.disabled ? null : (
                        <>
                          <button type="button" className="button button-tertiary button-small" onClick={() => setEditing(u)}>
                            Ret <span className="sr-only">{u.displayName}</span>
                          </button>
                          <button type="button" className="button button-tertiary button-small" onClick={() => void disable(u)}>
                            Deaktivér <span className="sr-only">{u.displayName}</span>
                          </button>
                        </>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>
      <Dialog title={editing ? `Ret ${editing.displayName}` : ''} open={editing !== null} onClose={() => setEditing(null)}>
        {editing ? (
          <EditUserForm
            user={editing}
            forvaltninger={forvaltninger.data ?? []}
            onSaved={(u) => {
              setEditing(null);
              setNotice(`${u.displayName} er opdateret.`);
              void users.reload();
            }}
          />
        ) : null}
      </Dialog>
      <NewUserForm forvaltninger={forvaltninger.data ?? []} onCreated={(u) => { setNotice(`${u.displayName} er oprettet.`); void users.reload(); }} />
    </>
  );
}

function NewUserForm({ forvaltninger, onCreated }: { forvaltninger: Forvaltning[]; onCreated: (u: User) => void }) {
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [forvaltningId, setForvaltningId] = useState('');
  const [roles, setRoles] = useState<Role[]>(['medarbejder']);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setFields({});
    try {
      const user = await apiSend<User>('POST', '/api/admin/users', {
        username: username.trim(),
        displayName: displayName.trim(),
        forvaltningId: forvaltningId || null,
        roles,
        ...(password ? { password } : {}),
      });
      setUsername('');
      setDisplayName('');
      setPassword('');
      onCreated(user);
    } catch (err) {
      setError(errorMessage(err));
      setFields(fieldErrors(err));
    } finally {
      setBusy(false);
    }
  };

  const toggleRole = (r: Role) => setRoles(roles.includes(r) ? roles.filter((x) => x !== r) : [...roles, r]);
  return (
    <form className="card" onSubmit={submit} aria-labelledby="new-user-title" noValidate>
      <h2 id="new-user-title">Opret bruger</h2>
      <ErrorAlert error={error} />
      <div className="form-row">
        <Field label="Brugernavn" hint="Små bogstaver, tal, punktum og bindestreg" error={fields.username}>
          <input className="form-input" value={username} onChange={(e) => setUsername(e.target.value)} autoComplete="off" required />
        </Field>
        <Field label="Navn" error={fields.displayName}>
          <input className="form-input" value={displayName} onChange={(e) => setDisplayName(e.target.value)} autoComplete="off" required />
        </Field>
      </div>
      <div className="form-row">
        <Field label="Forvaltning" error={fields.forvaltningId}>
          <select className="form-select" value={forvaltningId} onChange={(e) => setForvaltningId(e.target.value)}>
            <option value="">Ingen (tværgående)</option>
            {forvaltninger.map((f) => (
              <option key={f.id} value={f.id}>
                {f.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Adgangskode" hint="Mindst 12 tegn. Tom: brugeren logger ind med API-nøgle eller single sign-on." error={fields.password}>
          <input className="form-input" type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="new-password" />
        </Field>
      </div>
      <fieldset className="form-group">
        <legend className="form-label">Roller</legend>
        {fields.roles ? <span className="form-error-message">{fields.roles}</span> : null}
        <div className="checkbox-row">
          {ROLES.map((r) => (
            <div className="form-checkbox" key={r}>
              <input type="checkbox" id={`role-${r}`} checked={roles.includes(r)} onChange={() => toggleRole(r)} />
              <label htmlFor={`role-${r}`}>{ROLE_LABELS[r]}</label>
            </div>
          ))}
        </div>
      </fieldset>
      <button type="submit" className="button button-primary" disabled={busy}>
        Opret bruger
      </button>
    </form>
  );
}

function EditUserForm({ user, forvaltninger, onSaved }: { user: User; forvaltninger: Forvaltning[]; onSaved: (u: User) => void }) {
  const [displayName, setDisplayName] = useState(user.displayName);
  const [forvaltningId, setForvaltningId] = useState(user.forvaltningId ?? '');
  const [roles, setRoles] = useState<Role[]>(user.roles);
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setFields({});
    try {
      onSaved(await apiSend<User>('PATCH', `/api/admin/users/${encodeURIComponent(user.username)}`, { displayName: displayName.trim(), forvaltningId: forvaltningId || null, roles }));
    } catch (err) {
      setError(errorMessage(err));
      setFields(fieldErrors(err));
    }
  };

  const toggleRole = (r: Role) => setRoles(roles.includes(r) ? roles.filter((x) => x !== r) : [...roles, r]);
  return (
    <form onSubmit={submit} noValidate>
      <ErrorAlert error={error} />
      <Field label="Navn" error={fields.displayName}>
        <input className="form-input" value={displayName} onChange={(e) => setDisplayName(e.target.value)} />
      </Field>
      <Field label="Forvaltning" error={fields.forvaltningId}>
        <select className="form-select" value={forvaltningId} onChange={(e) => setForvaltningId(e.target.value)}>
          <option value="">Ingen (tværgående)</option>
          {forvaltninger.map((f) => (
            <option key={f.id} value={f.id}>
              {f.name}
            </option>
          ))}
        </select>
      </Field>
      <fieldset className="form-group">
        <legend className="form-label">Roller</legend>
        {fields.roles ? <span className="form-error-message">{fields.roles}</span> : null}
        <div className="checkbox-row">
          {ROLES.map((r) => (
            <div className="form-checkbox" key={r}>
              <input type="checkbox" id={`edit-role-${r}`} checked={roles.includes(r)} onChange={() => toggleRole(r)} />
              <label htmlFor={`edit-role-${r}`}>{ROLE_LABELS[r]}</label>
            </div>
          ))}
        </div>
      </fieldset>
      <button type="submit" className="button button-primary" disabled={roles.length === 0 || !displayName.trim()}>
        Gem ændringer
      </button>
    </form>
  );
}
