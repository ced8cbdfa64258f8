import { type FormEvent, useRef, useState } from 'react';
import { apiGet, apiSend, apiUpload, errorMessage, fieldErrors } from '../api.ts';
import { Alert, ErrorAlert } from '../components/alert.tsx';
import { Dialog } from '../components/dialog.tsx';
import { Field } from '../components/field.tsx';
import { Loading } from '../components/loading.tsx';
import { Page } from '../components/page.tsx';
import { Snippet } from '../components/snippet.tsx';
import { formatDate, formatInt } from '../format.ts';
import { useSession } from '../session.tsx';
import { useLoad } from '../use-load.ts';

export interface Collection {
  id: string;
  name: string;
  description: string;
  visibility: 'all' | 'forvaltninger';
  forvaltningIds: string[];
  documents: number;
  chunks: number;
  createdAt: string;
}

interface DocumentView {
  id: string;
  collectionId: string;
  source: string;
  title: string;
  mediaType: string;
  bytes: number;
  pages: number | null;
  chunks: number;
  createdAt: string;
  updatedAt: string;
}

export interface KnowledgeHit {
  chunkId: number;
  documentId: string;
  collectionId: string;
  title: string;
  locator: string;
  page: number | null;
  score: number;
  snippet: string;
  text: string;
}

export interface Chunk {
  chunkId: number;
  documentId: string;
  collectionId: string;
  title: string;
  source: string;
  heading: string;
  locator: string;
  page: number | null;
  text: string;
}

const ACCEPT = '.pdf,.docx,.html,.htm,.md,.markdown,.txt';

export default function KnowledgeScreen() {
  const { can } = useSession();
  const collections = useLoad(() => apiGet<Collection[]>('/api/knowledge/collections'));
  const [selected, setSelected] = useState<string>('');
  const documents = useLoad(
    () => apiGet<DocumentView[]>(`/api/knowledge/documents${selected ? `?collection=${encodeURIComponent(selected)}` : ''}`),
    [selected],
  );
  const forvaltninger = useLoad(() => apiGet<{ id: string; name: string }[]>('/api/forvaltninger'));
  const forvaltningName = (id: string) => forvaltninger.data?.find((f) => f.id === id)?.name ?? id;
  const [collectionError, setCollectionError] = useState<string | null>(null);
  const removeCollection = async (c: Collection) => {
    if (!window.confirm(`Slet samlingen "${c.name}" med alle dens ${c.documents} dokumenter?`)) return;
    setCollectionError(null);
    try {
      await apiSend('DELETE', `/api/knowledge/collections/${encodeURIComponent(c.id)}`);
      if (selected === c.id) setSelected('');
      reloadAll();
    } catch (err) {
      setCollectionError(errorMessage(err));
    }
  };
  const reloadAll = () => {
    void collections.reload();
    void documents.reload();
  };

  return (
    <Page title="Vidensbank" intro="Søg i kommunens vejledninger, love og skabeloner. Hvert svar viser, hvor i kilden passagen står.">
      <SearchPanel collections={collections.data ?? []} />

      <section aria-labelledby="collections-title">
        <h2 id="collections-title">Samlinger</h2>
        <ErrorAlert error={collections.error ?? collectionError} />
        {collections.loading && !collections.data ? <Loading /> : null}
        {collections.data && collections.data.length === 0 ? <p>Der er ingen samlinger endnu.</p> : null}
        <ul className="collection-list">
          {(collections.data ?? []).map((c) => (
            <li key={c.id} className={selected === c.id ? 'collection selected' : 'collection'}>
              <button type="button" className="collection-button" aria-pressed={selected === c.id} onClick={() => setSelected(selected === c.id ? '' : c.id)}>
                <span className="collection-name">{c.name}</span>
                <span className="collection-meta">
                  {formatInt(c.documents)} dokumenter · {formatInt(c.chunks)} passager
                  {c.visibility === 'forvaltninger' ? ` · kun ${c.forvaltningIds.map(forvaltningName).join(', ')}` : ''}
                </span>
                {c.description ? <span className="collection-desc">{c.description}</span> : null}
              </button>
              {can('knowledge:manage') ? (
                <button type="button" className="button button-tertiary button-small" onClick={() => void removeCollection(c)}>
                  Slet samling <span className="sr-only">{c.name}</span>
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="documents-title">
        <h2 id="documents-title">Dokumenter{selected ? ` i ${collections.data?.find((c) => c.id === selected)?.name ?? selected}` : ''}</h2>
        <ErrorAlert error={documents.error} />
        {documents.loading && !documents.data ? <Loading /> : null}
        {documents.data && documents.data.length === 0 ? <p>Ingen dokumenter.</p> : null}
        {documents.data && documents.data.length > 0 ? (
          <DocumentTable documents={documents.data} canManage={can('knowledge:manage')} onChanged={reloadAll} />
        ) : null}
      </section>

      {can('knowledge:manage') ? (
        <>
          <UploadForm collections={collections.data ?? []} defaultCollection={selected} onUploaded={reloadAll} />
          <NewCollectionForm onCreated={(c) => { setSelected(c.id); reloadAll(); }} />
        </>
      ) : null}
    </Page>
  );
}

function SearchPanel({ collections }: { collections: Collection[] }) {
  const [query, setQuery] = useState('');
  const [collection, setCollection] = useState('');
  const [hits, setHits] = useState<KnowledgeHit[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [passage, setPassage] = useState<KnowledgeHit | null>(null);

  const search = async (e: FormEvent) => {
    e.preventDefault();
    if (!query.trim()) return;
    setBusy(true);
    setError(null);
    try {
      const q = new URLSearchParams({ q: query.trim(), k: '10' });
      if (collection) q.set('collection', collection);
      setHits(await apiGet<KnowledgeHit[]>(`/api/knowledge/search?${q}`));
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  const names = new Map(collections.map((c) => [c.id, c.name]));
  return (
    <section aria-labelledby="search-title" className="card">
      <h2 id="search-title">Søg</h2>
      <form role="search" onSubmit={search} className="search-form">
        <Field label="Søgeord" hint="Fx partshøring, klagefrist eller § 19">
          <input className="form-input" type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
        </Field>
        <Field label="Samling">
          <select className="form-select" value={collection} onChange={(e) => setCollection(e.target.value)}>
            <option value="">Alle samlinger</option>
            {collections.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </Field>
        <div className="filter-actions">
          <button type="submit" className="button button-primary" disabled={busy || !query.trim()}>
            Søg
          </button>
        </div>
      </form>
      <ErrorAlert error={error} />
      <div aria-live="polite">
        {hits && hits.length === 0 ? <p>Ingen passager matcher søgningen.</p> : null}
        {hits && hits.length > 0 ? (
          <>
            <p className="sr-only">{hits.length} resultater</p>
            <ol className="hits">
              {hits.map((h) => (
                <li key={h.chunkId} className="hit">
                  <h3 className="hit-title">
                    {h.title} <span className="locator">{h.locator}</span>
                  </h3>
                  <p className="hit-snippet">
                    <Snippet html={h.snippet} />
                  </p>
                  <p className="hit-meta">
                    {names.get(h.collectionId) ?? h.collectionId}{' '}
                    <button type="button" className="button button-tertiary button-small" onClick={() => setPassage(h)}>
                      Vis passagen <span className="sr-only">fra {h.title}, {h.locator}</span>
                    </button>
                  </p>
                </li>
              ))}
            </ol>
          </>
        ) : null}
      </div>
      <PassageDialog chunkId={passage?.chunkId ?? null} onClose={() => setPassage(null)} />
    </section>
  );
}

/** The full passage behind a hit or a citation, opened from the search results and from task answers. */
export function PassageDialog({ chunkId, onClose }: { chunkId: number | null; onClose: () => void }) {
  return (
    <Dialog title="Kildepassage" open={chunkId !== null} onClose={onClose}>
      {chunkId !== null ? <PassageBody chunkId={chunkId} /> : null}
    </Dialog>
  );
}

function PassageBody({ chunkId }: { chunkId: number }) {
  const chunk = useLoad(() => apiGet<Chunk>(`/api/knowledge/chunks/${chunkId}`), [chunkId]);
  if (chunk.error) return <ErrorAlert error={chunk.error} />;
  if (!chunk.data) return <Loading />;
  const c = chunk.data;
  return (
    <div>
      <p>
        <strong>{c.title}</strong> – {c.locator}
        {c.heading && c.heading !== c.locator ? <> · {c.heading}</> : null}
      </p>
      <blockquote className="passage">{c.text}</blockquote>
      <p className="muted">Kilde: {c.source}</p>
    </div>
  );
}

function DocumentTable({ documents, canManage, onChanged }: { documents: DocumentView[]; canManage: boolean; onChanged: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const remove = async (d: DocumentView) => {
    if (!window.confirm(`Slet "${d.title}" fra vidensbanken?`)) return;
    try {
      await apiSend('DELETE', `/api/knowledge/documents/${d.id}`);
      onChanged();
    } catch (err) {
      setError(errorMessage(err));
    }
  };
  return (
    <>
      <ErrorAlert error={error} />
      <div className="table-wrap" tabIndex={0} role="region" aria-label="Dokumenter">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Titel</th>
              <th scope="col">Fil</th>
              <th scope="col" className="num">
                Sider
              </th>
              <th scope="col" className="num">
                Passager
              </th>
              <th scope="col">Opdateret</th>
              {canManage ? (
                <th scope="col">
                  <span className="sr-only">Handlinger</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {documents.map((d) => (
              <tr key={d.id}>
                <td>{d.title}</td>
                <td>
                  <code className="muted">{d.source}</code>
                </td>
                <td className="num">{d.pages ?? '–'}</td>
                <td className="num">{formatInt(d.chunks)}</td>
                <td>{formatDate(d.updatedAt)}</td>
                {canManage ? (
                  <td>
                    <button type="button" className="button button-tertiary button-small" onClick={() => void remove(d)}>
                      Slet <span className="sr-only">{d.title}</span>
                    </button>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

interface UploadOutcome {
  name: string;
  ok: boolean;
  message: string;
}

const STATUS_TEXT: Record<string, string> = { ingested: 'Tilføjet', replaced: 'Erstattet med ny version', unchanged: 'Uændret (findes allerede)' };

function UploadForm({ collections, defaultCollection, onUploaded }: { collections: Collection[]; defaultCollection: string; onUploaded: () => void }) {
  const input = useRef<HTMLInputElement>(null);
  const [collection, setCollection] = useState('');
  const [progress, setProgress] = useState<number | null>(null);
  const [outcomes, setOutcomes] = useState<UploadOutcome[]>([]);
  const [count, setCount] = useState(0);

  const target = collection || defaultCollection;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const files = [...(input.current?.files ?? [])];
    if (files.length === 0) return;
    const results: UploadOutcome[] = [];
    setOutcomes([]);
    for (const [i, file] of files.entries()) {
      const form = new FormData();
      if (target) form.append('collection', target);
      form.append('file', file, file.name);
      try {
        const path = `/api/knowledge/documents${target ? `?collection=${encodeURIComponent(target)}` : ''}`;
        const res = await apiUpload<{ status: string; document: DocumentView }>(path, form, (f) => setProgress((i + f) / files.length));
        results.push({ name: file.name, ok: true, message: `${STATUS_TEXT[res.status] ?? res.status}: ${formatInt(res.document.chunks)} passager` });
      } catch (err) {
        results.push({ name: file.name, ok: false, message: errorMessage(err) });
      }
      setProgress((i + 1) / files.length);
    }
    setOutcomes(results);
    setProgress(null);
    if (input.current) input.current.value = '';
    setCount(0);
    onUploaded();
  };

  return (
    <form className="card" onSubmit={submit} aria-labelledby="upload-title">
      <h2 id="upload-title">Tilføj dokumenter</h2>
      <div className="form-row">
        <Field label="Filer" hint="PDF, Word (.docx), HTML, Markdown eller tekst. Samme fil igen erstatter den gamle version.">
          <input ref={input} className="form-input" type="file" multiple accept={ACCEPT} onChange={(e) => setCount(e.target.files?.length ?? 0)} />
        </Field>
        <Field label="Samling">
          <select className="form-select" value={target} onChange={(e) => setCollection(e.target.value)}>
            <option value="">Standardsamlingen</option>
            {collections.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </Field>
      </div>
      {progress !== null ? (
        <div className="form-group">
          <label htmlFor="upload-progress" className="form-label">
            Overfører og indekserer …
          </label>
          <progress id="upload-progress" className="progress" max={1} value={progress}>
            {Math.round(progress * 100)} %
          </progress>
        </div>
      ) : null}
      <div aria-live="polite">
        {outcomes.length > 0 ? (
          <ul className="outcomes">
            {outcomes.map((o, i) => (
              <li key={i} className={o.ok ? 'ok' : 'failed'}>
                <span className={`badge ${o.ok ? 'badge-success' : 'badge-error'}`}>{o.ok ? 'OK' : 'Fejl'}</span> {o.name}: {o.message}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <button type="submit" className="button button-primary" disabled={progress !== null || count === 0}>
        Overfør {count > 1 ? `${count} filer` : ''}
      </button>
    </form>
  );
}

function NewCollectionForm({ onCreated }: { onCreated: (c: Collection) => void }) {
  const forvaltninger = useLoad(() => apiGet<{ id: string; name: string }[]>('/api/forvaltninger'));
  const [restricted, setRestricted] = useState(false);
  const [forvaltningIds, setForvaltningIds] = useState<string[]>([]);
  const [id, setId] = useState('');
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setFields({});
    try {
      const c = await apiSend<Collection>('POST', '/api/knowledge/collections', {
        id: id.trim(),
        name: name.trim(),
        description: description.trim(),
        visibility: restricted ? 'forvaltninger' : 'all',
        forvaltningIds: restricted ? forvaltningIds : [],
      });
      setNotice(`Samlingen ${c.name} er oprettet.`);
      setId('');
      setName('');
      setDescription('');
      onCreated(c);
    } catch (err) {
      setError(errorMessage(err));
      setFields(fieldErrors(err));
    }
  };

  return (
    <form className="card" onSubmit={submit} aria-labelledby="new-collection-title" noValidate>
      <h2 id="new-collection-title">Ny samling</h2>
      <ErrorAlert error={error} />
      {notice ? <Alert kind="success">{notice}</Alert> : null}
      <div className="form-row">
        <Field label="Id" hint="Fx jobcenter-vejledninger" error={fields.id}>
          <input className="form-input" value={id} onChange={(e) => setId(e.target.value)} />
        </Field>
        <Field label="Navn" error={fields.name}>
          <input className="form-input" value={name} onChange={(e) => setName(e.target.value)} />
        </Field>
      </div>
      <Field label="Beskrivelse" error={fields.description}>
        <textarea className="form-input" rows={2} value={description} onChange={(e) => setDescription(e.target.value)} />
      </Field>
      <fieldset className="form-group">
        <legend className="form-label">Hvem kan søge i samlingen?</legend>
        {fields.forvaltningIds ? <span className="form-error-message">{fields.forvaltningIds}</span> : null}
        <div className="form-radio">
          <input type="radio" id="coll-all" name="coll-visibility" checked={!restricted} onChange={() => setRestricted(false)} />
          <label htmlFor="coll-all">Alle medarbejdere</label>
        </div>
        <div className="form-radio">
          <input type="radio" id="coll-some" name="coll-visibility" checked={restricted} onChange={() => setRestricted(true)} />
          <label htmlFor="coll-some">Kun bestemte forvaltninger</label>
        </div>
        {restricted ? (
          <div className="checkbox-row nested">
            {(forvaltninger.data ?? []).map((f) => (
              <div className="form-checkbox" key={f.id}>
                <input
                  type="checkbox"
                  id={`coll-f-${f.id}`}
                  checked={forvaltningIds.includes(f.id)}
                  onChange={() => setForvaltningIds(forvaltningIds.includes(f.id) ? forvaltningIds.filter((x) => x !== f.id) : [...forvaltningIds, f.id])}
                />
                <label htmlFor={`coll-f-${f.id}`}>{f.name}</label>
              </div>
            ))}
          </div>
        ) : null}
      </fieldset>
      <button type="submit" className="button button-primary">
        Opret samling
      </button>
    </form>
  );
}
