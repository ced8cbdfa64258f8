import { type FormEvent, useState } from 'react';
import { apiGet, apiSend, errorMessage, fieldErrors } from '../api.ts';
import { Alert, ErrorAlert } from '../components/alert.tsx';
import { Field } from '../components/field.tsx';
import { Page } from '../components/page.tsx';
import { formatDateTime } from '../format.ts';
import { Link } from '../router.tsx';
import { ROLE_LABELS, useSession } from '../session.tsx';
import { useLoad } from '../use-load.ts';

const ABILITY_LABELS: Record<string, string> = {
  'tasks:run': 'Køre AI-opgaver',
  'knowledge:search': 'Søge i vidensbanken',
  'knowledge:manage': 'Vedligeholde vidensbanken',
  'feedback:record': 'Registrere sparet tid',
  'usecases:read': 'Se registeret over anvendelser',
  'usecases:manage': 'Vedligeholde registeret over anvendelser',
  'usage:read-own': 'Se forbrug for egen forvaltning',
  'usage:read-all': 'Se forbrug for alle forvaltninger',
  'audit:read-summary': 'Se revisionssporet',
  'audit:read-details': 'Åbne hændelsers detaljer med begrundelse',
  'audit:verify': 'Kontrollere revisionssporets kæde',
  'admin:users': 'Administrere brugere og forvaltninger',
  'admin:tokens': 'Administrere API-nøgler',
  'admin:models': 'Administrere sprogmodeller',
  'admin:budgets': 'Administrere budgetter',
  'api:chat': 'Bruge det styrede API',
  'audit:retention': 'Slette revisionshændelser efter opbevaringsperioden',
  'privacy:redact': 'Se, hvilke personoplysninger der pseudonymiseres',
};

export default function MeScreen() {
  const { me } = useSession();
  const forvaltninger = useLoad(() => apiGet<{ id: string; name: string }[]>('/api/forvaltninger'));
  if (!me) return null;
  const forvaltning = me.actor.forvaltningId ? (forvaltninger.data?.find((f) => f.id === me.actor.forvaltningId)?.name ?? me.actor.forvaltningId) : null;
  const user = me.user;
  return (
    <Page title="Mig" intro="Dine roller, din kursusstatus og hvad du har adgang til.">
      <div className="grid-2">
        <section className="card" aria-labelledby="me-profile">
          <h2 id="me-profile">Profil</h2>
          <dl className="facts">
            <dt>Navn</dt>
            <dd>{user?.displayName ?? me.actor.username}</dd>
            <dt>Brugernavn</dt>
            <dd>{me.actor.username}</dd>
            <dt>Forvaltning</dt>
            <dd>{forvaltning ?? 'Ingen (tværgående)'}</dd>
            <dt>Roller</dt>
            <dd>
              <ul className="tags">
                {me.actor.roles.map((r) => (
                  <li key={r} className="tag">
                    {ROLE_LABELS[r] ?? r}
                  </li>
                ))}
              </ul>
            </dd>
          </dl>
        </section>
        <section className="card" aria-labelledby="me-course">
          <h2 id="me-course">Kursus i AI-kompetencer</h2>
          {me.courseCompleted ? (
            <p>
              <span className="badge badge-success">Bestået</span>
              {user?.courseCompletedAt ? <> den {formatDateTime(user.courseCompletedAt)}</> : null}
            </p>
          ) : (
            <>
              <p>
                <span className="badge badge-warning">Ikke bestået</span>
              </p>
              <p>Du skal bestå kurset, før du kan bruge AI-opgaverne.</p>
              <Link href="/kursus" className="button button-primary">
                Tag kurset
              </Link>
            </>
          )}
        </section>
      </div>
      <section className="card" aria-labelledby="me-abilities">
        <h2 id="me-abilities">Det har du adgang til</h2>
        <ul className="check-list">
          {me.abilities.map((a) => (
            <li key={a}>{ABILITY_LABELS[a] ?? a}</li>
          ))}
        </ul>
      </section>
      {user ? <PasswordForm /> : null}
    </Page>
  );
}

function PasswordForm() {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [done, setDone] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setFields({});
    setDone(false);
    try {
      await apiSend('POST', '/api/me/password', { currentPassword: current, newPassword: next });
      setCurrent('');
      setNext('');
      setDone(true);
    } catch (err) {
      setError(errorMessage(err));
      setFields(fieldErrors(err));
    }
  };

  return (
    <form className="card" onSubmit={submit} aria-labelledby="password-title" noValidate>
      <h2 id="password-title">Skift adgangskode</h2>
      <ErrorAlert error={error} />
      {done ? <Alert kind="success">Adgangskoden er skiftet. Dine andre sessioner er logget ud.</Alert> : null}
      <div className="form-row">
        <Field label="Nuværende adgangskode" error={fields.currentPassword}>
          <input className="form-input" type="password" autoComplete="current-password" value={current} onChange={(e) => setCurrent(e.target.value)} />
        </Field>
        <Field label="Ny adgangskode" hint="Mindst 12 tegn" error={fields.newPassword}>
          <input className="form-input" type="password" autoComplete="new-password" value={next} onChange={(e) => setNext(e.target.value)} />
        </Field>
      </div>
      <button type="submit" className="button button-primary" disabled={!current || !next}>
        Skift adgangskode
      </button>
    </form>
  );
}
