import { type FormEvent, useState } from 'react';
import { apiSend, errorMessage } from '../../api.ts';
import { Alert, ErrorAlert } from '../../components/alert.tsx';
import { CopyButton } from '../../components/copy-button.tsx';
import { Dialog } from '../../components/dialog.tsx';
import { Field } from '../../components/field.tsx';
import { formatDkk, formatNumber } from '../../format.ts';
import { useSession } from '../../session.tsx';
import type { TaskInfo } from './task-info.ts';
import { downloadDocx, downloadText } from './download.ts';
import { OutputView, StatusBadge, outputAsText } from './output-view.tsx';


export interface Check {
  id: string;
  status: 'OK' | 'WEAK' | 'MISSING' | 'N/A';
  message: string;
  evidence?: string[];
}

/** A passage from the knowledge bank that an answer rests on, as the task output carries it. */
export interface Citation {
  n?: number;
  documentId: string;
  title: string;
  locator: string;
  text: string;
}

export interface RunResult {
  task: string;
  engine: 'local' | 'llm';
  output: unknown;
  checks: Check[];
  label: string | null;
  callId: string;
  useCaseId: string;
  model: { id: string; name: string } | null;
  policy: { decision: string; tier: string; controls: string[] };
  pseudonymisedEntities: number;
  usage: { inputTokens: number; outputTokens: number; costDkk: number };
  minutesSaved: number;
  note: string | null;
}

function citationsOf(output: unknown): Citation[] {
  if (!output || typeof output !== 'object') return [];
  const o = output as { passages?: unknown; related?: unknown };
  const list = Array.isArray(o.passages) ? o.passages : Array.isArray(o.related) ? o.related : [];
  return list as Citation[];
}

export function TaskResult({ task, result }: { task: TaskInfo; result: RunResult }) {
  const [passage, setPassage] = useState<Citation | null>(null);
  const text = outputAsText(result.output);
  const label = result.label;
  const citations = citationsOf(result.output);
  const fileName = `${task.id}-${new Date().toISOString().slice(0, 10)}`;
  return (
    <article className="card result" aria-labelledby="result-title">
      <div className="result-head">
        <h3 id="result-title">Resultat</h3>
        <span className={`badge ${result.engine === 'llm' ? 'badge-info' : 'badge-neutral'} engine`}>
          {result.engine === 'llm' ? `Sprogmodel: ${result.model?.name ?? 'ukendt'}` : 'Lokal analyse – ingen sprogmodel'}
        </span>
      </div>
      {label ? <p className="ai-label">{label}</p> : null}
      {result.note ? <Alert kind="info">{result.note}</Alert> : null}
      <OutputView output={result.output} />

      {citations.length > 0 ? (
        <section aria-labelledby="citations-title">
          <h4 id="citations-title">Kilder</h4>
          <ol className="citations">
            {citations.map((c, i) => (
              <li key={i}>
                <button type="button" className="button button-tertiary button-small" onClick={() => setPassage(c)}>
                  {c.n !== undefined ? `[${c.n}] ` : ''}
                  {c.title}, {c.locator}
                </button>
                <blockquote className="citation-quote">{c.text.length > 320 ? `${c.text.slice(0, 320)} …` : c.text}</blockquote>
              </li>
            ))}
          </ol>
          <Dialog title="Kildepassage" open={passage !== null} onClose={() => setPassage(null)}>
            {passage ? (
              <div>
                <p>
                  <strong>{passage.title}</strong> – {passage.locator}
                </p>
                <blockquote className="passage">{passage.text}</blockquote>
              </div>
            ) : null}
          </Dialog>
        </section>
      ) : null}

      {result.checks.length > 0 ? (
        <section aria-labelledby="checks-title">
          <h4 id="checks-title">Kontrol</h4>
          <ul className="checks">
            {result.checks.map((c) => (
              <li key={c.id} className={`check check-${c.status === 'N/A' ? 'na' : c.status.toLowerCase()}`}>
                <StatusBadge status={c.status} /> <strong>{c.id}</strong> {c.message}
                {c.evidence && c.evidence.length > 0 ? (
                  <details>
                    <summary>Se grundlaget</summary>
                    <ul>
                      {c.evidence.map((e, i) => (
                        <li key={i}>{e}</li>
                      ))}
                    </ul>
                  </details>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <div className="button-row">
        <CopyButton text={text} label="Kopiér" />
        <button type="button" className="button button-secondary button-small" onClick={() => downloadText(fileName, label ? `${label}\n\n${text}` : text)}>
          Hent som .txt
        </button>
        <button type="button" className="button button-secondary button-small" onClick={() => void downloadDocx(fileName, task.name, label, text)}>
          Hent som .docx
        </button>
      </div>
      <p className="muted result-meta">
        {result.pseudonymisedEntities ? `${result.pseudonymisedEntities} personoplysninger blev erstattet, før teksten blev sendt. ` : ''}
        {result.engine === 'llm' ? `${formatNumber(result.usage.inputTokens + result.usage.outputTokens)} tokens, ${formatDkk(result.usage.costDkk)}. ` : ''}
        Politik: {result.policy.decision === 'ALLOW_WITH_CONTROLS' ? 'tilladt med kontroller' : 'tilladt'} (risikoniveau {result.policy.tier}).
      </p>
      <GainForm callId={result.callId} suggested={result.minutesSaved} />
    </article>
  );
}

function GainForm({ callId, suggested }: { callId: string; suggested: number | undefined }) {
  const { can } = useSession();
  const [minutes, setMinutes] = useState('');
  const [rating, setRating] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (!can('feedback:record')) return null;

  const send = async (noHelp: boolean) => {
    setError(null);
    try {
      await apiSend('POST', '/api/usage/gains', {
        callId,
        minutesSaved: noHelp ? null : Number(minutes.replace(',', '.')),
        noHelp,
        rating: rating ? Number(rating) : null,
      });
      setSaved(noHelp ? 'Tak. Det er registreret, at opgaven ikke hjalp.' : `Tak. ${minutes} minutter er registreret.`);
    } catch (err) {
      setError(errorMessage(err));
    }
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void send(false);
  };

  return (
    <form className="gain" onSubmit={submit} aria-labelledby="gain-title">
      <h4 id="gain-title">Hvor mange minutter sparede det?</h4>
      <p className="muted">Dit svar bruges til at dokumentere effekten, før en anvendelse skaleres. Det måler ikke dig.</p>
      <ErrorAlert error={error} />
      {saved ? (
        <Alert kind="success">{saved}</Alert>
      ) : (
        <>
          <div className="form-row">
            <Field label="Sparede minutter" hint={suggested ? `Et typisk skøn er ${suggested} minutter` : undefined}>
              <input className="form-input form-input-short" inputMode="numeric" value={minutes} onChange={(e) => setMinutes(e.target.value.replace(/[^\d,]/g, ''))} />
            </Field>
            <Field label="Hvor godt hjalp det? (valgfrit)">
              <select className="form-select" value={rating} onChange={(e) => setRating(e.target.value)}>
                <option value="">Vælg</option>
                <option value="5">5 – meget godt</option>
                <option value="4">4</option>
                <option value="3">3</option>
                <option value="2">2</option>
                <option value="1">1 – slet ikke</option>
              </select>
            </Field>
          </div>
          <div className="button-row">
            <button type="submit" className="button button-primary" disabled={!minutes}>
              Registrér
            </button>
            <button type="button" className="button button-secondary" onClick={() => void send(true)}>
              Det hjalp ikke
            </button>
          </div>
        </>
      )}
    </form>
  );
}
