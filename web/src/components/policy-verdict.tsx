export interface PolicyReason {
  rule: string;
  message: string;
  source: string;
  effect: 'BLOCK' | 'CONTROLS' | 'INFO';
  instead?: string;
}

export interface PolicyDecision {
  decision: 'ALLOW' | 'ALLOW_WITH_CONTROLS' | 'BLOCK';
  tier: string;
  reasons: PolicyReason[];
  controls: string[];
  /** Absent when the verdict comes from a blocked call's error details rather than the preview. */
  controlDetails?: { id: string; title: string; source: string; rules: string[] }[];
  instead: string | null;
}

const HEADINGS = {
  ALLOW: 'Tilladt',
  ALLOW_WITH_CONTROLS: 'Tilladt med kontroller',
  BLOCK: 'Blokeret',
} as const;

const KIND = { ALLOW: 'success', ALLOW_WITH_CONTROLS: 'warning', BLOCK: 'error' } as const;

/** The request gate's verdict as the user must read it: what applies, why, on which legal ground, and what to do instead. */
export function PolicyVerdict({ verdict }: { verdict: PolicyDecision }) {
  const blocking = verdict.reasons.filter((r) => r.effect === 'BLOCK');
  const other = verdict.reasons.filter((r) => r.effect !== 'BLOCK');
  const controls = verdict.controlDetails ?? [];
  return (
    <div className={`alert alert-${KIND[verdict.decision]} verdict`} role={verdict.decision === 'BLOCK' ? 'alert' : 'status'}>
      <p className="alert-heading">
        Politik: {HEADINGS[verdict.decision]} <span className="badge badge-neutral">Risikoniveau {verdict.tier}</span>
      </p>
      {blocking.length > 0 ? (
        <ul className="reasons">
          {blocking.map((r) => (
            <li key={r.rule}>
              <strong>
                {r.rule}: {r.message}
              </strong>
              <br />
              <span className="source">Kilde: {r.source}</span>
              {r.instead ? (
                <>
                  <br />
                  <span>Gør i stedet: {r.instead}</span>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {verdict.decision === 'BLOCK' && verdict.instead && !blocking.some((r) => r.instead === verdict.instead) ? (
        <p>
          <strong>Gør i stedet:</strong> {verdict.instead}
        </p>
      ) : null}
      {verdict.decision === 'BLOCK' ? <p>Intet er sendt til en sprogmodel.</p> : null}
      {controls.length > 0 && verdict.decision !== 'BLOCK' ? (
        <>
          <p>Disse kontroller gælder for din brug:</p>
          <ul className="reasons">
            {controls.map((c) => (
              <li key={c.id}>
                <strong>{c.id}:</strong> {c.title} <span className="source">({c.source})</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {other.length > 0 ? (
        <details>
          <summary>Begrundelse for vurderingen ({other.length})</summary>
          <ul className="reasons">
            {other.map((r) => (
              <li key={r.rule}>
                <strong>{r.rule}:</strong> {r.message} <span className="source">({r.source})</span>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
