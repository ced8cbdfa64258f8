import { TIER_TEXT } from './labels.ts';
import type { UseCaseView } from './use-case.ts';

const HIGH = new Set(['T3', 'T4']);

function luminance([r, g, b]: number[]): number {
  const [lr, lg, lb] = [r!, g!, b!].map((c) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * lr! + 0.7152 * lg! + 0.0722 * lb!;
}

/** Darker cells hold more use cases; the text takes whichever of black and white contrasts more. */
function shade(count: number, max: number): { background: string; color: string } {
  if (count === 0) return { background: '#f5f5f5', color: '#1a1a1a' };
  const t = max <= 1 ? 1 : count / max;
  const light = [226, 242, 251];
  const dark = [0, 62, 125];
  const mix = light.map((l, i) => Math.round(l + (dark[i]! - l) * t));
  const l = luminance(mix);
  const onWhite = 1.05 / (l + 0.05);
  const onBlack = (l + 0.05) / (luminance([26, 26, 26]) + 0.05);
  return { background: `rgb(${mix.join(',')})`, color: onWhite >= onBlack ? '#fff' : '#1a1a1a' };
}

/**
 * The strategy's risk matrix (internal/citizen-facing × low/high risk) as a heat map of the registered use
 * cases. It is a real table, so each cell's count and names are read out with their row and column.
 */
export function RiskMatrix({ useCases }: { useCases: UseCaseView[] }) {
  const active = useCases.filter((u) => u.phase !== 'retired');
  const forbidden = active.filter((u) => u.assessment.tier === 'T0');
  const placed = active.filter((u) => u.assessment.tier !== 'T0');
  const cell = (citizen: boolean, high: boolean) => placed.filter((u) => u.citizenFacing === citizen && HIGH.has(u.assessment.tier) === high);
  const cells = { il: cell(false, false), ih: cell(false, true), cl: cell(true, false), ch: cell(true, true) };
  const max = Math.max(...Object.values(cells).map((c) => c.length));
  const Cell = ({ items, tiers }: { items: UseCaseView[]; tiers: string }) => (
    <td className="matrix-cell" style={shade(items.length, max)}>
      <span className="matrix-count">{items.length}</span>
      <span className="matrix-tier">{tiers}</span>
      {items.length > 0 ? (
        <ul className="matrix-names">
          {items.map((u) => (
            <li key={u.id}>
              {u.name} <span className="matrix-item-tier">({u.assessment.tier})</span>
            </li>
          ))}
        </ul>
      ) : null}
    </td>
  );
  return (
    <div>
      <table className="matrix">
        <caption className="sr-only">Risikomatrix: antal anvendelser efter målgruppe og risiko</caption>
        <thead>
          <tr>
            <td />
            <th scope="col">Intern</th>
            <th scope="col">Borgerrettet</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Høj risiko</th>
            <Cell items={cells.ih} tiers="typisk T3" />
            <Cell items={cells.ch} tiers="typisk T4" />
          </tr>
          <tr>
            <th scope="row">Lav risiko</th>
            <Cell items={cells.il} tiers="typisk T1" />
            <Cell items={cells.cl} tiers="typisk T2" />
          </tr>
        </tbody>
      </table>
      <p className="muted matrix-note">
        Høj risiko er {TIER_TEXT.T3} og {TIER_TEXT.T4}. Udfasede anvendelser tælles ikke med.
      </p>
      {forbidden.length > 0 ? (
        <div className="alert alert-error" role="status">
          <p className="alert-heading">Kan ikke godkendes (T0): {forbidden.length}</p>
          <ul>
            {forbidden.map((u) => (
              <li key={u.id}>{u.name}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
