import type { ReactNode } from 'react';

/** Danish headings for the fields task outputs use; unknown fields fall back to their key. */
const FIELD_LABELS: Record<string, string> = {
  text: 'Tekst',
  summary: 'Resumé',
  updated: 'Opdateret tekst',
  revised: 'Revideret udkast',
  draft: 'Udkast',
  reply: 'Svarudkast',
  answer: 'Svar',
  ideas: 'Idéer',
  points: 'Opmærksomhedspunkter',
  modelPoints: 'Punkter fra sprogmodellen',
  gaps: 'Mangler',
  modelGaps: 'Mangler fundet af sprogmodellen',
  advice: 'Det bør rettes',
  references: 'Lovhenvisninger',
  longSentences: 'Lange sætninger',
  passive: 'Passive udtryk',
  substitutions: 'Kancelliord og forslag',
  sentences: 'Udvalgte sætninger',
  counts: 'Antal',
  results: 'Resultater',
  rows: 'Rækker',
  sources: 'Kilder',
  message: 'Bemærkning',
  isDecision: 'Er teksten en afgørelse?',
  audience: 'Målgruppe',
  sourceWords: 'Ord i kilden',
  summaryWords: 'Ord i resuméet',
  before: 'Før',
  after: 'Efter',
  kind: 'Type',
  law: 'Lov',
  section: 'Paragraf',
  subsection: 'Stykke',
  status: 'Status',
  current: 'Gældende',
  from: 'Fra',
  to: 'Til',
  grounded: 'Fundet i teksten',
  index: 'Nr.',
  title: 'Titel',
  locator: 'Placering',
  url: 'Adresse',
  snippet: 'Uddrag',
  value: 'Værdi',
  sentence: 'Sætning',
  placeholders: 'Pladsholdere, du skal udfylde',
  questions: 'Spørgsmål i henvendelsen',
  refused: 'Afvist',
  filters: 'Filtre',
  keywords: 'Søgeord',
  total: 'Rækker i alt',
  columns: 'Kolonner',
  dataset: 'Datasæt',
  field: 'Felt',
  n: 'Nr.',
  score: 'Relevans',
  evidence: 'Grundlag',
  match: 'Udtryk',
  // The kinds of attention point, as counted under "Antal".
  deadline: 'Frist',
  date: 'Dato',
  amount: 'Beløb',
  obligation: 'Forpligtelse',
  prohibition: 'Forbud',
  condition: 'Betingelse',
  legal_reference: 'Lovhenvisning',
  decision: 'Afgørelse',
  party: 'Part',
};

/** Fields that hold the task's main text, in order of preference: shown first, copied and downloaded. */
const PRIMARY = ['text', 'updated', 'revised', 'reply', 'draft', 'answer', 'summary'];
const HIDDEN = new Set(['label', 'passages', 'related', 'message', 'refused', ...PRIMARY]);

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Danish words for the enum values task outputs carry in their tables. */
const VALUE_LABELS: Record<string, string> = {
  current: 'Gældende',
  moved: 'Flyttet',
  repealed: 'Ophævet',
  not_found: 'Findes ikke',
  unknown_law: 'Ukendt lov',
  deadline: 'Frist',
  date: 'Dato',
  amount: 'Beløb',
  obligation: 'Forpligtelse',
  prohibition: 'Forbud',
  condition: 'Betingelse',
  legal_reference: 'Lovhenvisning',
  decision: 'Afgørelse',
  party: 'Part',
};

const REFERENCE_BADGE: Record<string, string> = { current: 'badge-success', moved: 'badge-warning', repealed: 'badge-error', not_found: 'badge-error', unknown_law: 'badge-neutral' };

export function primaryText(output: unknown): string | null {
  if (typeof output === 'string') return output;
  if (!output || typeof output !== 'object') return null;
  const o = output as Record<string, unknown>;
  for (const k of PRIMARY) if (typeof o[k] === 'string' && (o[k] as string).trim()) return o[k] as string;
  return null;
}

const label = (k: string) => FIELD_LABELS[k] ?? k;

function isLix(v: unknown): v is { lix: number; words: number; sentences: number; longWords: number } {
  return !!v && typeof v === 'object' && typeof (v as { lix?: unknown }).lix === 'number';
}

function scalar(v: Json): string {
  if (v === null) return '–';
  if (typeof v === 'boolean') return v ? 'Ja' : 'Nej';
  if (typeof v === 'number') return v.toLocaleString('da-DK');
  if (typeof v === 'string') return VALUE_LABELS[v] ?? v;
  return JSON.stringify(v);
}

function ValueView({ name, value }: { name: string; value: Json }): ReactNode {
  if (Array.isArray(value)) {
    if (value.length === 0) return <p className="muted">Ingen.</p>;
    if (value.every((x) => typeof x !== 'object' || x === null)) {
      return (
        <ul className="output-list">
          {value.map((x, i) => (
            <li key={i}>{scalar(x)}</li>
          ))}
        </ul>
      );
    }
    const rows = value as Record<string, Json>[];
    // Internal positions and ids mean nothing to a reader; the table shows what the text says.
    const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))].filter(
      (c) => !['index', 'documentId', 'start', 'end'].includes(c) && rows.some((r) => r[c] !== null && r[c] !== undefined && r[c] !== ''),
    );
    return (
      <div className="table-wrap" tabIndex={0} role="region" aria-label={label(name)}>
        <table className="table table-compact">
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c} scope="col">
                  {label(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={i}>
                {columns.map((c) => (
                  <td key={c}>
                    {c === 'status' && typeof r[c] === 'string' && REFERENCE_BADGE[r[c] as string] ? (
                      <span className={`badge ${REFERENCE_BADGE[r[c] as string]}`}>{VALUE_LABELS[r[c] as string]}</span>
                    ) : c === 'status' && typeof r[c] === 'string' ? (
                      <StatusBadge status={r[c] as string} />
                    ) : c === 'url' && typeof r[c] === 'string' && /^https?:\/\//.test(r[c] as string) ? (
                      <a href={r[c] as string} rel="noreferrer noopener" target="_blank">
                        {r[c] as string}
                      </a>
                    ) : (
                      scalar(r[c] ?? null)
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0) return <p className="muted">Ingen.</p>;
    return (
      <dl className="facts">
        {entries.map(([k, v]) => (
          <FactRow key={k} k={k} v={v} />
        ))}
      </dl>
    );
  }
  return <p>{scalar(value)}</p>;
}

function FactRow({ k, v }: { k: string; v: Json }) {
  return (
    <>
      <dt>{label(k)}</dt>
      <dd>{scalar(v)}</dd>
    </>
  );
}

const STATUS_CLASS: Record<string, string> = { OK: 'badge-success', WEAK: 'badge-warning', MISSING: 'badge-error', 'N/A': 'badge-neutral' };
const STATUS_TEXT: Record<string, string> = { OK: 'OK', WEAK: 'Svag', MISSING: 'Mangler', 'N/A': 'Ikke relevant' };

export function StatusBadge({ status }: { status: string }) {
  return <span className={`badge ${STATUS_CLASS[status] ?? 'badge-info'}`}>{STATUS_TEXT[status] ?? status}</span>;
}

/** A task's structured output: the main text first, then LIX before/after, then every list and fact. */
export function OutputView({ output }: { output: unknown }) {
  if (typeof output === 'string') return <div className="output-text">{output}</div>;
  if (!output || typeof output !== 'object') return null;
  const o = output as Record<string, Json>;
  const main = PRIMARY.find((k) => typeof o[k] === 'string' && (o[k] as string).trim());
  const before = o.before;
  const after = o.after;
  const lix = isLix(before) ? { before, after: isLix(after) ? after : null } : null;
  const rest = Object.entries(o).filter(([k, v]) => !HIDDEN.has(k) && !(lix && (k === 'before' || k === 'after')) && v !== null && v !== '');
  const scalars = rest.filter(([, v]) => typeof v !== 'object');
  const blocks = rest.filter(([, v]) => typeof v === 'object');
  return (
    <div className="output">
      {typeof o.message === 'string' && o.message ? <p className={o.refused === true ? 'output-note output-note-warning' : 'output-note'}>{o.message}</p> : null}
      {main ? <div className="output-text">{o[main] as string}</div> : null}
      {lix ? (
        <div className="lix" aria-label="Læsbarhed (LIX)">
          <span className="lix-item">
            <span className="lix-label">LIX før</span> <span className="lix-value">{lix.before.lix}</span>
          </span>
          {lix.after ? (
            <>
              <span aria-hidden="true">→</span>
              <span className="lix-item">
                <span className="lix-label">LIX efter</span> <span className="lix-value">{lix.after.lix}</span>
              </span>
            </>
          ) : null}
          <span className="muted">
            {lix.before.words} ord, {lix.before.sentences} sætninger før
            {lix.after ? `; ${lix.after.words} ord, ${lix.after.sentences} sætninger efter` : ''}
          </span>
        </div>
      ) : null}
      {scalars.length > 0 ? (
        <dl className="facts">
          {scalars.map(([k, v]) => (
            <FactRow key={k} k={k} v={v} />
          ))}
        </dl>
      ) : null}
      {blocks.map(([k, v]) => (
        <section key={k} className="output-block">
          <h4>{label(k)}</h4>
          <ValueView name={k} value={v} />
        </section>
      ))}
    </div>
  );
}

/** The output as plain text for copying and downloading. */
export function outputAsText(output: unknown): string {
  const main = primaryText(output);
  if (main) return main;
  if (!output || typeof output !== 'object') return String(output ?? '');
  const lines: string[] = [];
  for (const [k, v] of Object.entries(output as Record<string, Json>)) {
    if (k === 'label' || k === 'refused' || v === null || v === '') continue;
    if ((k === 'passages' || k === 'related') && Array.isArray(v)) {
      for (const p of v as { n?: number; title?: string; locator?: string; text?: string }[]) {
        lines.push(`${p.n !== undefined ? `[${p.n}] ` : ''}${p.title ?? ''}, ${p.locator ?? ''}`, p.text ?? '', '');
      }
      continue;
    }
    if (Array.isArray(v)) {
      if (v.length === 0) continue;
      lines.push(`${label(k)}:`);
      for (const x of v) {
        lines.push(`- ${x && typeof x === 'object' && !Array.isArray(x) ? Object.values(x).filter((y) => y !== null && y !== '').map((y) => scalar(y as Json)).join(' – ') : scalar(x)}`);
      }
      lines.push('');
    } else if (typeof v === 'object') {
      lines.push(`${label(k)}: ${Object.entries(v).map(([a, b]) => `${label(a)} ${scalar(b)}`).join(', ')}`);
    } else {
      lines.push(`${label(k)}: ${scalar(v)}`);
    }
  }
  return lines.join('\n').trim();
}
