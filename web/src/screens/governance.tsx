import { useState } from 'react';
import { apiGet } from '../api.ts';
import { Alert, ErrorAlert } from '../components/alert.tsx';
import { Dialog } from '../components/dialog.tsx';
import { Loading } from '../components/loading.tsx';
import { Page } from '../components/page.tsx';
import { SubNav } from '../components/subnav.tsx';
import { useSearch } from '../router.tsx';
import { useSession } from '../session.tsx';
import { useLoad } from '../use-load.ts';
import { EditUseCaseForm } from './governance/edit-use-case.tsx';
import { NewUseCaseForm } from './governance/new-use-case.tsx';
import { PhasePipeline } from './governance/phase-pipeline.tsx';
import { RegisterTable } from './governance/register-table.tsx';
import { RiskMatrix } from './governance/risk-matrix.tsx';
import { USE_CASES_URL, type UseCaseView } from './governance/use-case.ts';

const TABS = [
  { id: 'oversigt', label: 'Risiko og faser' },
  { id: 'register', label: 'Register' },
];

export default function GovernanceScreen() {
  const { can } = useSession();
  const useCases = useLoad(() => apiGet<UseCaseView[]>(USE_CASES_URL));
  const forvaltninger = useLoad(() => apiGet<{ id: string; name: string }[]>('/api/forvaltninger'));
  const names = new Map((forvaltninger.data ?? []).map((f) => [f.id, f.name]));
  const tabs = can('usecases:manage') ? [...TABS, { id: 'ny', label: 'Ny anvendelse' }] : TABS;
  const requested = useSearch().get('fane');
  const tab = tabs.find((t) => t.id === requested)?.id ?? 'oversigt';
  const list = useCases.data ?? [];
  const [editing, setEditing] = useState<UseCaseView | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const onEdit = can('usecases:manage') ? setEditing : undefined;

  return (
    <Page
      title="Styring"
      intro="Kommunens anvendelser af AI med risikoniveau, kontroller og fase – efter AI-strategiens risikomatrix og faserne fra idé til skalering."
      actions={
        <a className="button button-secondary" href="/register">
          Offentligt register
        </a>
      }
    >
      <SubNav label="Styring" base="/styring" items={tabs} current={tab} />
      <ErrorAlert error={useCases.error} />
      {notice ? <Alert kind="success">{notice}</Alert> : null}
      {useCases.loading && !useCases.data ? <Loading /> : null}
      {useCases.data && tab === 'oversigt' ? (
        <>
          <section aria-labelledby="matrix-title">
            <h2 id="matrix-title">Risikomatrix</h2>
            <RiskMatrix useCases={list} />
          </section>
          <section aria-labelledby="pipeline-title">
            <h2 id="pipeline-title">Faser</h2>
            <PhasePipeline useCases={list} canManage={can('usecases:manage')} onChanged={() => void useCases.reload()} onEdit={onEdit} />
          </section>
        </>
      ) : null}
      {useCases.data && tab === 'register' ? (
        <section aria-labelledby="register-title">
          <h2 id="register-title">Registeret</h2>
          <RegisterTable useCases={list} names={names} onEdit={onEdit} />
        </section>
      ) : null}
      {tab === 'ny' ? <NewUseCaseForm forvaltninger={forvaltninger.data ?? []} onCreated={() => void useCases.reload()} /> : null}
      <Dialog title={editing ? `Ret ${editing.name}` : ''} open={editing !== null} onClose={() => setEditing(null)}>
        {editing ? (
          <EditUseCaseForm
            useCase={editing}
            onSaved={(u) => {
              setEditing(null);
              setNotice(`${u.name} er gemt.`);
              void useCases.reload();
            }}
          />
        ) : null}
      </Dialog>
    </Page>
  );
}
