import { useState } from 'react';
import { apiSend, errorMessage } from '../../api.ts';
import { ErrorAlert } from '../../components/alert.tsx';
import { PHASE_LABELS, PIPELINE, TIER_BADGE } from './labels.ts';
import { USE_CASES_URL, type UseCaseView } from './use-case.ts';

/** Idé → pilot → drift → skalering, with each use case's gate status for its next step. */
export function PhasePipeline({
  useCases,
  canManage,
  onChanged,
  onEdit,
}: {
  useCases: UseCaseView[];
  canManage: boolean;
  onChanged: () => void;
  onEdit: ((u: UseCaseView) => void) | undefined;
}) {
  const [error, setError] = useState<string | null>(null);
  const retired = useCases.filter((u) => u.phase === 'retired');

  const move = async (u: UseCaseView, to: string) => {
    setError(null);
    try {
      await apiSend('POST', `${USE_CASES_URL}/${encodeURIComponent(u.id)}/phase`, { phase: to });
      onChanged();
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  return (
    <div>
      <ErrorAlert error={error} />
      <ol className="pipeline">
        {PIPELINE.map((phase) => {
          const items = useCases.filter((u) => u.phase === phase);
          return (
            <li key={phase} className="pipeline-phase">
              <h3 className="pipeline-title">
                {PHASE_LABELS[phase]} <span className="pipeline-count">({items.length})</span>
              </h3>
              {items.length === 0 ? <p className="muted">Ingen.</p> : null}
              <ul className="pipeline-items">
                {items.map((u) => (
                  <li key={u.id} className="pipeline-card">
                    <p className="pipeline-name">
                      {u.name} <span className={`badge ${TIER_BADGE[u.assessment.tier] ?? 'badge-neutral'}`}>{u.assessment.tier}</span>
                    </p>
                    {u.nextPhase ? (
                      u.nextPhase.missing.length === 0 ? (
                        <p className="gate gate-ok">
                          <span className="badge badge-success">Klar</span> til {PHASE_LABELS[u.nextPhase.phase]?.toLowerCase()}
                        </p>
                      ) : (
                        <details className="gate">
                          <summary>
                            {u.nextPhase.missing.length} {u.nextPhase.missing.length === 1 ? 'krav mangler' : 'krav mangler'} før {PHASE_LABELS[u.nextPhase.phase]?.toLowerCase()}
                          </summary>
                          <ul>
                            {u.nextPhase.missing.map((m, i) => (
                              <li key={i}>
                                <strong>{m.rule}:</strong> {m.message} <span className="source">({m.source})</span>
                              </li>
                            ))}
                          </ul>
                        </details>
                      )
                    ) : (
                      <p className="gate muted">Sidste fase</p>
                    )}
                    <div className="pipeline-actions">
                      {canManage && u.nextPhase ? (
                        <button type="button" className="button button-secondary button-small" disabled={u.nextPhase.missing.length > 0} onClick={() => void move(u, u.nextPhase!.phase)}>
                          Flyt til {PHASE_LABELS[u.nextPhase.phase]?.toLowerCase()} <span className="sr-only">: {u.name}</span>
                        </button>
                      ) : null}
                      {onEdit ? (
                        <button type="button" className="button button-tertiary button-small" onClick={() => onEdit(u)}>
                          Ret <span className="sr-only">{u.name}</span>
                        </button>
                      ) : null}
                    </div>
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ol>
      {retired.length > 0 ? <p className="muted">Udfaset: {retired.map((u) => u.name).join(', ')}.</p> : null}
    </div>
  );
}
