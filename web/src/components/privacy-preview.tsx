import type { ReactNode } from 'react';

export interface RedactedEntity {
  type: string;
  start: number;
  end: number;
  placeholder: string;
}

export interface RedactResult {
  text: string;
  entities: RedactedEntity[];
  flags: string[];
}

export const ENTITY_LABELS: Record<string, string> = {
  CPR: 'CPR-nummer',
  PERSON: 'Navn',
  ADDRESS: 'Adresse',
  PHONE: 'Telefonnummer',
  EMAIL: 'E-mail',
  CVR: 'CVR-nummer',
  IBAN: 'IBAN',
  BANK_ACCOUNT: 'Kontonummer',
  LICENSE_PLATE: 'Nummerplade',
};

export const FLAG_LABELS: Record<string, string> = {
  'art9.health': 'Helbredsoplysninger (art. 9)',
  'art9.ethnic_origin': 'Etnisk oprindelse (art. 9)',
  'art9.political_opinion': 'Politisk overbevisning (art. 9)',
  'art9.religion': 'Religion (art. 9)',
  'art9.trade_union': 'Fagforening (art. 9)',
  'art9.genetic_biometric': 'Genetiske eller biometriske data (art. 9)',
  'art9.sex_life': 'Seksuelle forhold (art. 9)',
  'art10.criminal': 'Strafbare forhold (art. 10)',
  children: 'Børn',
  social: 'Sociale forhold (fortrolige)',
};

/**
 * The user's own text with each piece of personal data marked and its placeholder shown, so they can see
 * exactly what a language model will and will not receive before anything is sent.
 */
export function PrivacyPreview({ original, result }: { original: string; result: RedactResult }) {
  const parts: ReactNode[] = [];
  let at = 0;
  const sorted = [...result.entities].sort((a, b) => a.start - b.start);
  for (const [i, e] of sorted.entries()) {
    if (e.start < at) continue;
    if (e.start > at) parts.push(original.slice(at, e.start));
    const label = ENTITY_LABELS[e.type] ?? e.type;
    parts.push(
      <mark key={i} className={`pii pii-${e.type.toLowerCase()}`} title={`${label} → ${e.placeholder}`}>
        {original.slice(e.start, e.end)}
        <span className="pii-placeholder" aria-hidden="true">
          {e.placeholder}
        </span>
        <span className="sr-only">
          {' '}
          ({label}, erstattes af {e.placeholder})
        </span>
      </mark>,
    );
    at = e.end;
  }
  parts.push(original.slice(at));

  const counts = new Map<string, number>();
  for (const e of result.entities) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
  return (
    <div className="privacy-preview">
      {result.entities.length === 0 ? (
        <p>Der blev ikke fundet personoplysninger, som skal erstattes.</p>
      ) : (
        <p>
          {result.entities.length === 1 ? '1 personoplysning' : `${result.entities.length} personoplysninger`} erstattes med pladsholdere, før teksten
          sendes: {[...counts].map(([t, n]) => `${n} × ${(ENTITY_LABELS[t] ?? t).toLowerCase()}`).join(', ')}. Svaret sættes sammen igen her hos dig.
        </p>
      )}
      {result.flags.length > 0 ? (
        <p>
          <strong>Teksten handler om:</strong>{' '}
          <span className="tags inline">
            {result.flags.map((f) => (
              <span key={f} className="badge badge-warning">
                {FLAG_LABELS[f] ?? f}
              </span>
            ))}
          </span>
        </p>
      ) : null}
      <div className="marked-text" tabIndex={0} role="region" aria-label="Din tekst med markerede personoplysninger">
        {parts}
      </div>
    </div>
  );
}
