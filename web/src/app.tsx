import { lazy, type ReactNode, Suspense, useEffect, useState } from 'react';
import { Loading } from './components/loading.tsx';
import { Link, navigate, usePath } from './router.tsx';
import { useSession } from './session.tsx';
import { LoginScreen } from './screens/login.tsx';

// Screens load on demand, so the first paint carries only the shell and the login form.
const MeScreen = lazy(() => import('./screens/me.tsx'));
const CourseScreen = lazy(() => import('./screens/course.tsx'));
const AdminScreen = lazy(() => import('./screens/admin.tsx'));
const AuditScreen = lazy(() => import('./screens/audit.tsx'));
const TasksScreen = lazy(() => import('./screens/tasks.tsx'));
const KnowledgeScreen = lazy(() => import('./screens/knowledge.tsx'));
const GovernanceScreen = lazy(() => import('./screens/governance.tsx'));
const UsageScreen = lazy(() => import('./screens/usage.tsx'));

interface Section {
  path: string;
  label: string;
  ability: string | null;
  screen: () => ReactNode;
}

const SECTIONS: Section[] = [
  { path: '/opgaver', label: 'Opgaver', ability: 'tasks:run', screen: () => <TasksScreen /> },
  { path: '/vidensbank', label: 'Vidensbank', ability: 'knowledge:search', screen: () => <KnowledgeScreen /> },
  { path: '/styring', label: 'Styring', ability: 'usecases:read', screen: () => <GovernanceScreen /> },
  { path: '/forbrug', label: 'Forbrug', ability: 'usage:read-own', screen: () => <UsageScreen /> },
  { path: '/revision', label: 'Revision', ability: 'audit:read-summary', screen: () => <AuditScreen /> },
  { path: '/kursus', label: 'Kursus', ability: null, screen: () => <CourseScreen /> },
  { path: '/admin', label: 'Admin', ability: 'admin:users', screen: () => <AdminScreen /> },
  { path: '/mig', label: 'Mig', ability: null, screen: () => <MeScreen /> },
];

export function App() {
  const { me, loading, can } = useSession();
  const path = usePath();

  if (loading) return <Loading label="Indlæser kommune-ai …" />;
  if (!me) {
    return (
      <Shell nav={null}>
        <LoginScreen />
      </Shell>
    );
  }

  const visible = SECTIONS.filter((s) => s.ability === null || can(s.ability));
  const home = can('tasks:run') ? '/opgaver' : '/mig';
  const current = visible.find((s) => path === s.path || path.startsWith(s.path + '/'));
  return (
    <Shell nav={<Navigation sections={visible.filter((s) => s.path !== '/mig')} path={path} />}>
      {current ? (
        <Suspense fallback={<Loading />}>{current.screen()}</Suspense>
      ) : path === '/' || path === '/log-ind' ? (
        <Redirect to={home} />
      ) : (
        <NotFound home={home} />
      )}
    </Shell>
  );
}

function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return null;
}

function NotFound({ home }: { home: string }) {
  useEffect(() => {
    document.title = 'Siden findes ikke – kommune-ai';
  }, []);
  return (
    <>
      <h1>Siden findes ikke</h1>
      <p>
        Siden findes ikke, eller du har ikke adgang til den. <Link href={home}>Gå til forsiden</Link>.
      </p>
    </>
  );
}

function Shell({ nav, children }: { nav: ReactNode; children: ReactNode }) {
  const { me, logout } = useSession();
  return (
    <>
      <a className="skip-link" href="#indhold">
        Gå til indhold
      </a>
      <header className="portal-header">
        <div className="container portal-header-inner">
          <Link href="/" className="brand">
            <span className="brand-mark" aria-hidden="true">
              k
            </span>
            <span>
              <span className="brand-name">kommune-ai</span>
              <span className="brand-sub">Kommunens fælles AI-platform</span>
            </span>
          </Link>
          {me ? (
            <div className="portal-user">
              <Link href="/mig" className="portal-user-name">
                <span className="sr-only">Min side: </span>
                {me.user?.displayName ?? me.actor.username}
              </Link>
              <button type="button" className="button button-secondary button-small" onClick={() => void logout().then(() => navigate('/log-ind'))}>
                Log ud
              </button>
            </div>
          ) : null}
        </div>
        {nav}
      </header>
      <main id="indhold" className="container main" tabIndex={-1}>
        {me && !me.courseCompleted && me.user && me.abilities.includes('tasks:run') ? <CourseBanner /> : null}
        {children}
      </main>
      <footer className="footer">
        <div className="container">
          <p>
            AI laver udkast – du træffer afgørelsen. <a href="/register">Offentligt register over kommunens brug af AI</a>
          </p>
        </div>
      </footer>
    </>
  );
}

function CourseBanner() {
  const path = usePath();
  if (path === '/kursus') return null;
  return (
    <div className="alert alert-warning" role="status">
      <p className="alert-heading">Gennemfør kurset i AI-kompetencer</p>
      <p className="alert-text">
        Du skal bestå kurset, før du kan bruge AI-opgaverne. <Link href="/kursus">Gå til kurset</Link>
      </p>
    </div>
  );
}

function Navigation({ sections, path }: { sections: Section[]; path: string }) {
  const [open, setOpen] = useState(false);
  useEffect(() => setOpen(false), [path]);
  return (
    <nav className="header-navigation" aria-label="Hovedmenu">
      <div className="container">
        <button type="button" className="menu-toggle" aria-expanded={open} aria-controls="hovedmenu" onClick={() => setOpen(!open)}>
          Menu
        </button>
        <ul id="hovedmenu" className={open ? 'nav-list open' : 'nav-list'}>
          {sections.map((s) => {
            const active = path === s.path || path.startsWith(s.path + '/');
            return (
              <li key={s.path}>
                <Link href={s.path} className={active ? 'nav-link active' : 'nav-link'} aria-current={active ? 'page' : undefined}>
                  {s.label}
                </Link>
              </li>
            );
          })}
        </ul>
      </div>
    </nav>
  );
}
