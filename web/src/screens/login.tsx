import { type FormEvent, useEffect, useRef, useState } from 'react';
import { apiGet, errorMessage } from '../api.ts';
import { ErrorAlert } from '../components/alert.tsx';
import { Field } from '../components/field.tsx';
import { useSearch } from '../router.tsx';
import { useSession } from '../session.tsx';
import { useLoad } from '../use-load.ts';

const OIDC_ERRORS: Record<string, string> = {
  unauthenticated: 'Log ind via kommunens login mislykkedes. Prøv igen.',
  forbidden: 'Din bruger har ikke adgang til platformen. Kontakt AI-koordinatoren.',
};

export function LoginScreen() {
  const { login } = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const providers = useLoad(() => apiGet<{ password: boolean; oidc: boolean }>('/api/auth/providers'));
  const loginError = useSearch().get('loginfejl');

  useEffect(() => {
    document.title = 'Log ind – kommune-ai';
  }, []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await login(username.trim(), password);
    } catch (err) {
      setError(errorMessage(err));
      setBusy(false);
      heading.current?.focus();
    }
  };

  return (
    <div className="login">
      <h1 ref={heading} tabIndex={-1}>
        Log ind
      </h1>
      <p className="lead">Log ind med dit brugernavn til kommunens fælles AI-platform.</p>
      <ErrorAlert error={error ?? (loginError ? (OIDC_ERRORS[loginError] ?? 'Log ind via kommunens login mislykkedes.') : null)} />
      {providers.data?.oidc ? (
        <p>
          <a className="button button-primary" href="/api/auth/oidc/login">
            Log ind med kommunens login
          </a>
        </p>
      ) : null}
      <form onSubmit={submit} className="card form-card" noValidate>
        <Field label="Brugernavn">
          <input className="form-input" name="username" autoComplete="username" required value={username} onChange={(e) => setUsername(e.target.value)} />
        </Field>
        <Field label="Adgangskode">
          <input className="form-input" name="password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
        </Field>
        <button type="submit" className="button button-primary" disabled={busy || !username || !password}>
          {busy ? 'Logger ind …' : 'Log ind'}
        </button>
      </form>
      <p className="form-hint login-help">
        Første gang: brugeren <code>admin</code> og dens adgangskode står i filen <code>initial-admin.txt</code> i platformens datamappe.
      </p>
    </div>
  );
}
