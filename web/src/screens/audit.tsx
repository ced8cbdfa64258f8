import { type FormEvent, useState } from 'react';
import { apiGet, apiSend, errorMessage, fieldErrors } from '../api.ts';
import { Alert, ErrorAlert } from '../components/alert.tsx';
import { Dialog } from '../components/dialog.tsx';
import { Field } from '../components/field.tsx';
import { Loading } from '../components/loading.tsx';
import { Page } from '../components/page.tsx';
import { formatDateTime, formatInt } from '../format.ts';
import { useSession } from '../session.tsx';
import { useLoad } from '../use-load.ts';

interface AuditSummary {
  seq: number;
  id: string;
  at: string;
  actorKind: string;
  actorId: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  prevHash: string;
  hash: string;
}

interface AuditEvent extends AuditSummary {
  details: Record<string, unknown>;
}

interface Verification {
  ok: boolean;
  events: number;
  firstBadEvent: number | null;
}

const ACTION_LABELS: Record<string, string> = {
  'session.login': 'Logget ind',
  'session.logout': 'Logget ud',
  'user.created': 'Bruger oprettet',
  'user.disabled': 'Bruger deaktiveret',
  'forvaltning.created': 'Forvaltning oprettet',
  'api_token.created': 'API-nøgle oprettet',
  'api_token.revoked': 'API-nøgle tilbagekaldt',
  'course.attempted': 'Kursusquiz afleveret',
  'audit.event_opened': 'Hændelse åbnet med begrundelse',
  'bootstrap_token.used': 'Opstartsnøgle brugt',
  'audit.pruned': 'Gamle hændelser slettet',
  'ai.call': 'AI-kald',
  'ai.call_failed': 'AI-kald fejlede',
  'ai.call_blocked': 'AI-kald blokeret af politikken',
  'ai.call_refused': 'AI-kald afvist (budget)',
  'ai.embed': 'Indeksering med sprogmodel',
  'baseline.set': 'Basislinje sat',
  'budget.set': 'Budget sat',
  'budget.deleted': 'Budget fjernet',
  'budget.warning_reached': 'Budgettets advarselsgrænse nået',
  'gain.recorded': 'Sparet tid registreret',
  'knowledge.collection_created': 'Samling oprettet',
  'knowledge.collection_updated': 'Samling ændret',
  'knowledge.collection_deleted': 'Samling slettet',
  'knowledge.document_ingested': 'Dokument tilføjet',
  'knowledge.document_replaced': 'Dokument erstattet',
  'knowledge.document_deleted': 'Dokument slettet',
  'model.created': 'Sprogmodel tilføjet',
  'model.updated': 'Sprogmodel ændret',
  'model.deleted': 'Sprogmodel fjernet',
  'model.synced_from_config': 'Sprogmodel fra opsætningen',
  'policy.checked': 'Politik kontrolleret',
  'policy.evaluated': 'Politik vurderet',
  'privacy.pseudonymised': 'Tekst pseudonymiseret',
  'tasks.dataset_registered': 'Datasæt registreret',
  'use_case.created': 'Anvendelse registreret',
  'use_case.updated': 'Anvendelse ændret',
  'use_case.phase_changed': 'Anvendelse skiftede fase',
  'use_case.phase_refused': 'Faseskift afvist',
  'user.updated': 'Bruger ændret',
  'user.password_changed': 'Adgangskode skiftet',
};

const ACTOR_LABELS: Record<string, string> = { user: 'Bruger', api_token: 'API-nøgle', bootstrap: 'Opstartsnøgle', cli: 'Konsol' };

const PAGE_SIZE = 50;

/** Random ids are shortened to their first block; readable ids (use cases, forvaltninger) are shown whole. */
const shortId = (id: string) => (/^[0-9a-f]{8}-[0-9a-f-]{27}$/.test(id) ? id.slice(0, 8) : id);

export default function AuditScreen() {
  const { can } = useSession();
  const [filters, setFilters] = useState({ action: '', targetType: '' });
  const [draft, setDraft] = useState(filters);
  const [pages, setPages] = useState<number[]>([]);
  const beforeSeq = pages[pages.length - 1];
  const events = useLoad(() => {
    const q = new URLSearchParams({ limit: String(PAGE_SIZE) });
    if (filters.action) q.set('action', filters.action);
    if (filters.targetType) q.set('targetType', filters.targetType);
    if (beforeSeq) q.set('beforeSeq', String(beforeSeq));
    return apiGet<AuditSummary[]>(`/api/audit/events?${q}`);
  }, [filters, beforeSeq]);
  const verification = useLoad(() => (can('audit:verify') ? apiGet<Verification>('/api/audit/verify') : Promise.resolve(null)));
  const [opening, setOpening] = useState<AuditSummary | null>(null);

  const apply = (e: FormEvent) => {
    e.preventDefault();
    setPages([]);
    setFilters({ action: draft.action.trim(), targetType: draft.targetType.trim() });
  };

  const list = events.data ?? [];
  const oldest = list[list.length - 1];
  return (
    <Page title="Revision" intro="Revisionssporet er hash-kædet: hver hændelse bærer en hash af den forrige, så en ændring bagefter kan opdages.">
      <section aria-labelledby="chain-title" className="card">
        <h2 id="chain-title">Kædens status</h2>
        <ErrorAlert error={verification.error} />
        {verification.loading && !verification.data ? <Loading label="Kontrollerer kæden …" /> : null}
        {verification.data ? (
          verification.data.ok ? (
            <Alert kind="success" heading="Kæden er intakt">
              Alle {formatInt(verification.data.events)} hændelser er kontrolleret, og ingen er ændret eller fjernet.
            </Alert>
          ) : (
            <Alert kind="error" heading="Kæden er brudt">
              Hændelse nr. {verification.data.firstBadEvent} stemmer ikke med kæden. Kontakt databeskyttelsesrådgiveren og driften.
            </Alert>
          )
        ) : null}
        {can('audit:verify') ? (
          <button type="button" className="button button-secondary button-small" onClick={() => void verification.reload()}>
            Kontrollér igen
          </button>
        ) : null}
      </section>

      <section aria-labelledby="events-title">
        <h2 id="events-title">Hændelser</h2>
        <form className="filters" onSubmit={apply} aria-label="Filtrér hændelser">
          <Field label="Handling" hint="Fx session.login eller task.completed">
            <input className="form-input" list="known-actions" value={draft.action} onChange={(e) => setDraft({ ...draft, action: e.target.value })} />
          </Field>
          <datalist id="known-actions">
            {Object.keys(ACTION_LABELS).map((a) => (
              <option key={a} value={a} />
            ))}
          </datalist>
          <Field label="Type af mål" hint="Fx user, api_token, audit_event">
            <input className="form-input" value={draft.targetType} onChange={(e) => setDraft({ ...draft, targetType: e.target.value })} />
          </Field>
          <div className="filter-actions">
            <button type="submit" className="button button-primary">
              Filtrér
            </button>
            {filters.action || filters.targetType ? (
              <button
                type="button"
                className="button button-tertiary"
                onClick={() => {
                  setDraft({ action: '', targetType: '' });
                  setFilters({ action: '', targetType: '' });
                  setPages([]);
                }}
              >
                Nulstil
              </button>
            ) : null}
          </div>
        </form>
        <ErrorAlert error={events.error} />
        {events.loading && !events.data ? <Loading /> : null}
        {events.data && list.length === 0 ? <p>Ingen hændelser matcher.</p> : null}
        {list.length > 0 ? (
          <div className="table-wrap" tabIndex={0} role="region" aria-label="Hændelser">
            <table className="table table-compact">
              <caption className="sr-only">Revisionshændelser, nyeste først</caption>
              <thead>
                <tr>
                  <th scope="col">Nr.</th>
                  <th scope="col">Tidspunkt</th>
                  <th scope="col">Handling</th>
                  <th scope="col">Udført af</th>
                  <th scope="col">Mål</th>
                  <th scope="col">
                    <span className="sr-only">Detaljer</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.map((ev) => (
                  <tr key={ev.seq}>
                    <td>{ev.seq}</td>
                    <td>{formatDateTime(ev.at)}</td>
                    <td>
                      {ACTION_LABELS[ev.action] ?? ev.action}
                      <br />
                      <code className="muted">{ev.action}</code>
                    </td>
                    <td>
                      {ACTOR_LABELS[ev.actorKind] ?? ev.actorKind}
                      {ev.actorId ? <code className="muted"> {shortId(ev.actorId)}</code> : null}
                    </td>
                    <td>
                      {ev.targetType ?? '–'}
                      {ev.targetId ? <code className="muted"> {shortId(ev.targetId)}</code> : null}
                    </td>
                    <td>
                      {can('audit:read-details') ? (
                        <button type="button" className="button button-tertiary button-small" onClick={() => setOpening(ev)}>
                          Åbn detaljer <span className="sr-only">for hændelse {ev.seq}</span>
                        </button>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
        <div className="pager">
          {pages.length > 0 ? (
            <button type="button" className="button button-secondary" onClick={() => setPages(pages.slice(0, -1))}>
              Nyere hændelser
            </button>
          ) : null}
          {list.length === PAGE_SIZE && oldest ? (
            <button type="button" className="button button-secondary" onClick={() => setPages([...pages, oldest.seq])}>
              Ældre hændelser
            </button>
          ) : null}
        </div>
      </section>
      {can('audit:retention') ? <RetentionForm onDone={() => void events.reload()} /> : null}
      <Dialog title={opening ? `Hændelse nr. ${opening.seq}` : ''} open={opening !== null} onClose={() => setOpening(null)}>
        {opening ? <OpenEvent summary={opening} /> : null}
      </Dialog>
    </Page>
  );
}

function OpenEvent({ summary }: { summary: AuditSummary }) {
  const [justification, setJustification] = useState('');
  const [event, setEvent] = useState<AuditEvent | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setFields({});
    try {
      setEvent(await apiSend<AuditEvent>('POST', `/api/audit/events/${summary.seq}/open`, { justification }));
    } catch (err) {
      setError(errorMessage(err));
      setFields(fieldErrors(err));
    } finally {
      setBusy(false);
    }
  };

  if (event) {
    return (
      <div>
        <Alert kind="info">Din åbning af hændelsen er selv registreret i revisionssporet.</Alert>
        <dl className="facts">
          <dt>Tidspunkt</dt>
          <dd>{formatDateTime(event.at)}</dd>
          <dt>Handling</dt>
          <dd>
            <code>{event.action}</code>
          </dd>
          <dt>Udført af</dt>
          <dd>
            {ACTOR_LABELS[event.actorKind] ?? event.actorKind} <code>{event.actorId ?? '–'}</code>
          </dd>
          <dt>Mål</dt>
          <dd>
            {event.targetType ?? '–'} <code>{event.targetId ?? ''}</code>
          </dd>
          <dt>Hash</dt>
          <dd>
            <code className="hash">{event.hash}</code>
          </dd>
          <dt>Forrige hash</dt>
          <dd>
            <code className="hash">{event.prevHash}</code>
          </dd>
        </dl>
        <h3>Detaljer</h3>
        {Object.keys(event.details).length === 0 ? (
          <p>Hændelsen har ingen detaljer.</p>
        ) : (
          <table className="table table-compact">
            <tbody>
              {Object.entries(event.details).map(([k, v]) => (
                <tr key={k}>
                  <th scope="row">{k}</th>
                  <td>
                    <code>{typeof v === 'string' ? v : JSON.stringify(v)}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    );
  }
  return (
    <form onSubmit={submit} noValidate>
      <p>
        Detaljerne kan indeholde oplysninger om sagsbehandling. Skriv, hvorfor du har brug for dem. Begrundelsen gemmes som et fingeraftryk i
        revisionssporet sammen med din åbning.
      </p>
      <ErrorAlert error={error} />
      <Field label="Begrundelse" hint="Mindst 10 tegn, fx henvendelse om indsigt eller intern kontrol" error={fields.justification}>
        <textarea className="form-input" rows={4} value={justification} onChange={(e) => setJustification(e.target.value)} required />
      </Field>
      <button type="submit" className="button button-primary" disabled={busy || justification.trim().length < 10}>
        Åbn detaljer
      </button>
    </form>
  );
}

function RetentionForm({ onDone }: { onDone: () => void }) {
  const [days, setDays] = useState('365');
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [result, setResult] = useState<{ deleted: number; uptoSeq: number | null } | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!window.confirm(`Slet alle hændelser, der er ældre end ${days} dage? Kæden bevares med et kontrolpunkt.`)) return;
    setError(null);
    setFields({});
    try {
      setResult(await apiSend<{ deleted: number; uptoSeq: number | null }>('POST', '/api/audit/retention', { retentionDays: Number(days) }));
      onDone();
    } catch (err) {
      setError(errorMessage(err));
      setFields(fieldErrors(err));
    }
  };

  return (
    <form className="card" onSubmit={submit} aria-labelledby="retention-title" noValidate>
      <h2 id="retention-title">Opbevaring</h2>
      <p>Hændelser ældre end opbevaringsperioden kan slettes. Kæden kan stadig kontrolleres, fordi sletningen efterlader et kontrolpunkt.</p>
      <ErrorAlert error={error} />
      {result ? <Alert kind="success">{result.deleted === 0 ? 'Ingen hændelser var ældre end perioden.' : `${formatInt(result.deleted)} hændelser er slettet.`}</Alert> : null}
      <Field label="Opbevaringsperiode (dage)" hint="Mindst 183 dage (6 måneder)" error={fields.retentionDays}>
        <input className="form-input form-input-short" inputMode="numeric" value={days} onChange={(e) => setDays(e.target.value.replace(/\D/g, ''))} />
      </Field>
      <button type="submit" className="button button-danger" disabled={!days}>
        Slet ældre hændelser
      </button>
    </form>
  );
}
