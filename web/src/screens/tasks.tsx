import { type ChangeEvent, type FormEvent, useEffect, useRef, useState } from 'react';
import { ApiError, apiGet, apiSend, apiStream, errorMessage } from '../api.ts';
import { Alert, ErrorAlert } from '../components/alert.tsx';
import { Field } from '../components/field.tsx';
import { Loading } from '../components/loading.tsx';
import { Page } from '../components/page.tsx';
import { type PolicyDecision, PolicyVerdict } from '../components/policy-verdict.tsx';
import { PrivacyPreview, type RedactResult } from '../components/privacy-preview.tsx';
import { navigate, useSearch } from '../router.tsx';
import { useSession } from '../session.tsx';
import { useLoad } from '../use-load.ts';
import { type OptionValues, OptionsForm } from './tasks/options-form.tsx';
import { readTaskFile, TASK_FILE_TYPES } from './tasks/read-file.ts';
import type { TaskInfo } from './tasks/task-info.ts';
import { type RunResult, TaskResult } from './tasks/task-result.tsx';
import { type UsableUseCase, UseCaseChoice } from './tasks/use-case-choice.tsx';


const KINDS: { id: string; name: string }[] = [
  { id: 'skab', name: 'Skab materiale' },
  { id: 'revider', name: 'Revidér materiale' },
  { id: 'analyser', name: 'Analysér materiale' },
  { id: 'opslag', name: 'Opslag i viden' },
];

interface Preview {
  key: string;
  redact: RedactResult;
  verdict: PolicyDecision | null;
  verdictError: string | null;
}

export default function TasksScreen() {
  const tasks = useLoad(() => apiGet<TaskInfo[]>('/api/tasks'));
  // Loaded once for every task; staff who may not run tasks get none, and the choice is not shown.
  const useCases = useLoad(() => apiGet<UsableUseCase[]>('/api/tasks/use-cases'));
  const requested = useSearch().get('opgave');
  const list = tasks.data ?? [];
  const selected = list.find((t) => t.id === requested) ?? list[0] ?? null;

  return (
    <Page title="Opgaver" intro="Vælg en opgave, indsæt din tekst, og se hvad der sendes, før du sender. Resultatet er et udkast – du træffer afgørelsen.">
      <ErrorAlert error={tasks.error} />
      {tasks.loading && !tasks.data ? <Loading /> : null}
      {selected ? (
        <div className="workbench">
          <TaskPicker tasks={list} selected={selected.id} />
          <Workbench key={selected.id} task={selected} useCases={useCases.data ?? []} />
        </div>
      ) : null}
    </Page>
  );
}

function TaskPicker({ tasks, selected }: { tasks: TaskInfo[]; selected: string }) {
  return (
    <>
      <div className="task-select">
        <Field label="Opgave">
          <select className="form-select" value={selected} onChange={(e) => navigate(`/opgaver?opgave=${e.target.value}`)}>
            {KINDS.map((kind) => (
              <optgroup key={kind.id} label={kind.name}>
                {tasks
                  .filter((t) => t.kind === kind.id)
                  .map((t) => (
                    <option key={t.id} value={t.id}>
                      {t.name}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        </Field>
      </div>
      <TaskList tasks={tasks} selected={selected} />
    </>
  );
}

/** On wide screens every task is one click away; narrow screens get the select above instead. */
function TaskList({ tasks, selected }: { tasks: TaskInfo[]; selected: string }) {
  return (
    <nav className="task-picker" aria-label="Opgaver">
      {KINDS.map((kind) => {
        const items = tasks.filter((t) => t.kind === kind.id);
        if (items.length === 0) return null;
        return (
          <div key={kind.id} className="task-group">
            <h2 className="task-group-title">{kind.name}</h2>
            <ul>
              {items.map((t) => (
                <li key={t.id}>
                  <a
                    href={`/opgaver?opgave=${t.id}`}
                    className={t.id === selected ? 'task-link active' : 'task-link'}
                    aria-current={t.id === selected ? 'page' : undefined}
                    onClick={(e) => {
                      e.preventDefault();
                      navigate(`/opgaver?opgave=${t.id}`);
                    }}
                  >
                    {t.name}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </nav>
  );
}

function Workbench({ task, useCases }: { task: TaskInfo; useCases: UsableUseCase[] }) {
  const { me, can } = useSession();
  const [text, setText] = useState('');
  const [options, setOptions] = useState<OptionValues>({});
  const [engine, setEngine] = useState<'local' | 'llm'>('local');
  const [useCase, setUseCase] = useState(task.defaultUseCase);
  const [streamed, setStreamed] = useState('');
  const [fileNote, setFileNote] = useState<string | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [previewing, setPreviewing] = useState(false);
  const [running, setRunning] = useState(false);
  const [result, setResult] = useState<RunResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [blocked, setBlocked] = useState<PolicyDecision | null>(null);
  const previewRef = useRef<HTMLElement>(null);
  const resultRef = useRef<HTMLElement>(null);
  const isQuestion = task.kind === 'opslag';
  const key = JSON.stringify([task.id, text, options, engine, useCase]);
  const currentPreview = preview && preview.key === key ? preview : null;
  const courseMissing = me?.user && !me.courseCompleted;

  useEffect(() => {
    if (currentPreview) previewRef.current?.focus();
  }, [currentPreview]);

  const readFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (!file) return;
    setFileNote(`Læser ${file.name} …`);
    try {
      setText(await readTaskFile(file));
      setFileNote(`Teksten fra ${file.name} er indsat. Kontrollér den, før du fortsætter.`);
    } catch {
      setFileNote(`${file.name} kunne ikke læses. Brug Word (.docx), PDF med tekst, eller en tekstfil, eller kopiér teksten ind.`);
    }
  };

  const runPreview = async (e: FormEvent) => {
    e.preventDefault();
    setPreviewing(true);
    setError(null);
    setResult(null);
    setBlocked(null);
    try {
      const [redact, verdict] = await Promise.all([
        apiSend<RedactResult>('POST', '/api/privacy/pseudonymise', { text }),
        apiSend<PolicyDecision>('POST', '/api/policy/evaluate', { text, useCase }).then(
          (v) => ({ v, err: null as string | null }),
          (err: unknown) => ({ v: null, err: errorMessage(err) }),
        ),
      ]);
      setPreview({ key, redact, verdict: verdict.v, verdictError: verdict.err });
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setPreviewing(false);
    }
  };

  const run = async () => {
    setRunning(true);
    setError(null);
    setBlocked(null);
    setStreamed('');
    try {
      const body = { text, engine, options, useCaseId: useCase };
      setResult(await apiStream<RunResult>(`/api/tasks/${task.id}/run`, body, (piece) => setStreamed((s) => s + piece)));
    } catch (err) {
      if (err instanceof ApiError && err.code === 'policy_blocked' && isDecision(err.details)) setBlocked(err.details);
      else setError(errorMessage(err));
    } finally {
      setRunning(false);
      resultRef.current?.focus();
    }
  };

  const isBlocked = currentPreview?.verdict?.decision === 'BLOCK';
  return (
    <div className="workbench-main">
      <h2 className="task-title">{task.name}</h2>
      <p>{task.description}</p>
      {task.draft ? <p className="muted">Resultatet er et AI-udkast og skal kontrolleres af en medarbejder, før det bruges.</p> : null}
      {courseMissing ? <Alert kind="warning">Du skal bestå kurset i AI-kompetencer, før du kan køre opgaver.</Alert> : null}
      <form onSubmit={runPreview} className="card">
        <Field label={isQuestion ? 'Dit spørgsmål' : 'Din tekst'} hint={isQuestion ? 'Skriv spørgsmålet, som du ville stille det til en kollega.' : 'Indsæt teksten, eller hent den fra en fil. Personoplysninger erstattes, før en sprogmodel ser teksten.'}>
          <textarea className="form-input task-text" rows={isQuestion ? 3 : 10} value={text} onChange={(e) => setText(e.target.value)} spellCheck />
        </Field>
        {!isQuestion ? (
          <Field label="Hent tekst fra fil" hint="Word (.docx), PDF eller tekstfil. Filen læses her i browseren; intet sendes før forhåndsvisningen.">
            <input className="form-input" type="file" accept={TASK_FILE_TYPES} onChange={(e) => void readFile(e)} />
          </Field>
        ) : null}
        {fileNote ? <p role="status">{fileNote}</p> : null}
        <OptionsForm schema={task.input.properties?.options} values={options} onChange={setOptions} />
        <UseCaseChoice list={useCases} value={useCase} onChange={setUseCase} />
        {task.engines.includes('llm') ? (
          <fieldset className="form-group">
            <legend className="form-label">Motor</legend>
            <div className="form-radio">
              <input type="radio" id="engine-local" name="engine" checked={engine === 'local'} onChange={() => setEngine('local')} />
              <label htmlFor="engine-local">Lokal analyse – ingen sprogmodel, intet forlader platformen</label>
            </div>
            <div className="form-radio">
              <input type="radio" id="engine-llm" name="engine" checked={engine === 'llm'} onChange={() => setEngine('llm')} />
              <label htmlFor="engine-llm">Sprogmodel – teksten pseudonymiseres, før den sendes</label>
            </div>
          </fieldset>
        ) : null}
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={!text.trim() || previewing || !can('tasks:run')}>
            {previewing ? 'Kontrollerer …' : 'Forhåndsvis'}
          </button>
          <span className="muted">Intet sendes, før du har set forhåndsvisningen.</span>
        </div>
      </form>
      <ErrorAlert error={error} />

      {currentPreview ? (
        <section ref={previewRef} tabIndex={-1} aria-labelledby="preview-title" className="card preview">
          <h3 id="preview-title">Forhåndsvisning: det her sendes</h3>
          {currentPreview.verdict ? <PolicyVerdict verdict={currentPreview.verdict} /> : null}
          {currentPreview.verdictError ? <Alert kind="warning" heading="Politikken kunne ikke vurderes">{currentPreview.verdictError}</Alert> : null}
          <h4>Personoplysninger</h4>
          <PrivacyPreview original={text} result={currentPreview.redact} />
          <div className="button-row">
            <button type="button" className="button button-primary" onClick={() => void run()} disabled={running || isBlocked || Boolean(courseMissing)}>
              {running ? 'Arbejder …' : 'Kør opgaven'}
            </button>
            {isBlocked ? <span>Opgaven kan ikke køres på denne tekst.</span> : null}
          </div>
        </section>
      ) : null}

      <section ref={resultRef} tabIndex={-1} aria-live="polite" className="result-anchor">
        {running ? <Loading label="Opgaven kører …" /> : null}
        {running && streamed ? (
          <div className="output-text streaming" aria-busy="true">
            {streamed}
          </div>
        ) : null}
        {blocked ? <PolicyVerdict verdict={blocked} /> : null}
        {result ? <TaskResult task={task} result={result} /> : null}
      </section>
    </div>
  );
}

function isDecision(v: unknown): v is PolicyDecision {
  return !!v && typeof v === 'object' && 'decision' in v && 'reasons' in v;
}
