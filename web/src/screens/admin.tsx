import { lazy, Suspense } from 'react';
import { Loading } from '../components/loading.tsx';
import { Page } from '../components/page.tsx';
import { SubNav } from '../components/subnav.tsx';
import { useSearch } from '../router.tsx';
import { useSession } from '../session.tsx';
import { UsersPanel } from './admin/users.tsx';
import { ForvaltningerPanel } from './admin/forvaltninger.tsx';
import { TokensPanel } from './admin/tokens.tsx';

const ModelsPanel = lazy(() => import('./admin/models.tsx'));
const BudgetsPanel = lazy(() => import('./admin/budgets.tsx'));

const TABS = [
  { id: 'brugere', label: 'Brugere', ability: 'admin:users' },
  { id: 'forvaltninger', label: 'Forvaltninger', ability: 'admin:users' },
  { id: 'modeller', label: 'Sprogmodeller', ability: 'admin:models' },
  { id: 'budgetter', label: 'Budgetter', ability: 'admin:budgets' },
  { id: 'noegler', label: 'API-nøgler', ability: 'admin:tokens' },
];

export default function AdminScreen() {
  const { can } = useSession();
  const tabs = TABS.filter((t) => can(t.ability));
  const requested = useSearch().get('fane');
  const tab = tabs.find((t) => t.id === requested)?.id ?? tabs[0]?.id ?? 'brugere';
  return (
    <Page title="Admin" intro="Brugere, forvaltninger, sprogmodeller, budgetter og API-nøgler. Hver ændring registreres i revisionssporet.">
      <SubNav label="Administration" base="/admin" items={tabs} current={tab} />
      <Suspense fallback={<Loading />}>
        {tab === 'brugere' ? <UsersPanel /> : null}
        {tab === 'forvaltninger' ? <ForvaltningerPanel /> : null}
        {tab === 'modeller' ? <ModelsPanel /> : null}
        {tab === 'budgetter' ? <BudgetsPanel /> : null}
        {tab === 'noegler' ? <TokensPanel /> : null}
      </Suspense>
    </Page>
  );
}
