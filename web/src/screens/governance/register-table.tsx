import { formatDate } from '../../format.ts';
import { DOMAIN_LABELS, PHASE_LABELS, REGISTER_LABELS, TIER_BADGE, TIER_TEXT } from './labels.ts';
import type { UseCaseView } from './use-case.ts';

const EFFECT_TEXT: Record<string, string> = { BLOCK: 'Blokerer', CONTROLS: 'Kræver kontroller', INFO: 'Forklarer niveauet' };

/** The use-case register with each tier and the reasons behind it. */
export function RegisterTable({ useCases, names, onEdit }: { useCases: UseCaseView[]; names: Map<string, string>; onEdit: ((u: UseCaseView) => void) | undefined }) {
  if (useCases.length === 0) return <p>Der er ingen registrerede anvendelser.</p>;
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label="Registeret over anvendelser">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Anvendelse</th>
            <th scope="col">Forvaltning</th>
            <th scope="col">Fase</th>
            <th scope="col">Risikoniveau</th>
            <th scope="col">Register</th>
            <th scope="col">Begrundelse</th>
          </tr>
        </thead>
        <tbody>
          {useCases.map((u) => (
            <tr key={u.id}>
              <td>
                <strong>{u.name}</strong>
                {onEdit ? (
                  <button type="button" className="button button-tertiary button-small" onClick={() => onEdit(u)}>
                    Ret <span className="sr-only">{u.name}</span>
                  </button>
                ) : null}
                <br />
                <span className="muted">
                  {DOMAIN_LABELS[u.domain] ?? u.domain}
                  {u.citizenFacing ? ' · borgerrettet' : ' · intern'}
                </span>
              </td>
              <td>{u.forvaltningId ? (names.get(u.forvaltningId) ?? u.forvaltningId) : 'Tværgående'}</td>
              <td>{PHASE_LABELS[u.phase] ?? u.phase}</td>
              <td>
                <span className={`badge ${TIER_BADGE[u.assessment.tier] ?? 'badge-neutral'}`}>{TIER_TEXT[u.assessment.tier] ?? u.assessment.tier}</span>
                <br />
                <span className="muted">Godkendes af: {u.assessment.approvalLevel}</span>
              </td>
              <td>
                {REGISTER_LABELS[u.register] ?? u.register}
                {u.publishedAt ? <span className="muted"> {formatDate(u.publishedAt)}</span> : null}
              </td>
              <td>
                <details>
                  <summary>
                    {u.assessment.reasons.length} regler, {u.assessment.controls.length} kontroller <span className="sr-only">for {u.name}</span>
                  </summary>
                  <ul className="reason-list">
                    {u.assessment.reasons.map((r) => (
                      <li key={r.rule}>
                        <strong>{r.rule}</strong> ({EFFECT_TEXT[r.effect] ?? r.effect}): {r.message} <span className="source">{r.source}</span>
                      </li>
                    ))}
                  </ul>
                  {u.assessment.controls.length > 0 ? (
                    <p className="muted">Kontroller: {u.assessment.controls.map((c) => c.id).join(', ')}</p>
                  ) : null}
                  {u.assessment.missingFields.length > 0 ? (
                    <p className="muted">Mangler i registreringen: {u.assessment.missingFields.map((f) => f.label).join(', ')}</p>
                  ) : null}
                </details>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
