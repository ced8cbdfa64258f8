import { formatNumber } from '../format.ts';

export interface ChartSeries {
  /** e.g. a forvaltning */
  name: string;
  /** one value per category, in category order */
  values: number[];
}

// Colours from the design system's functional palette, ordered so neighbours differ in lightness as well as hue.
const COLORS = ['#0059b3', '#f29100', '#358000', '#8c2c9c', '#1b86c3', '#b51d09', '#5c5c5c', '#c98a00'];

const W = 640;
const H = 260;
const PAD = { top: 16, right: 12, bottom: 40, left: 56 };

function niceMax(max: number): number {
  if (max <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(max));
  const step = [1, 2, 2.5, 5, 10].find((s) => s * magnitude >= max / 4)! * magnitude;
  return Math.ceil(max / step) * step;
}

/**
 * A stacked bar chart in plain SVG with the numbers beside it as a table, so screen-reader users and anyone
 * who needs exact figures get them without reading pixels.
 */
export function BarChart({ title, categories, series, unit, digits = 0 }: { title: string; categories: string[]; series: ChartSeries[]; unit: string; digits?: number }) {
  const totals = categories.map((_, i) => series.reduce((s, x) => s + (x.values[i] ?? 0), 0));
  const max = niceMax(Math.max(0, ...totals));
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const slot = plotW / Math.max(categories.length, 1);
  const barW = Math.min(48, slot * 0.6);
  const y = (v: number) => PAD.top + plotH - (v / max) * plotH;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((t) => t * max);
  // Enough decimals that the smallest tick step still reads as a distinct number.
  const tickDigits = Math.max(0, Math.min(4, Math.ceil(-Math.log10(max / 4)) + 1));
  const total = totals.reduce((a, b) => a + b, 0);
  const summary = `${title}: i alt ${formatNumber(total, digits)} ${unit} over ${categories.length} ${categories.length === 1 ? 'måned' : 'måneder'}.`;

  return (
    <figure className="chart">
      <figcaption className="chart-title">{title}</figcaption>
      {categories.length === 0 ? (
        <p className="muted">Ingen data endnu.</p>
      ) : (
        <>
          <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary} className="chart-svg">
            {ticks.map((t) => (
              <g key={t}>
                <line x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} stroke="#d6d6d6" />
                <text x={PAD.left - 8} y={y(t) + 4} textAnchor="end" fontSize="12" fill="#454545">
                  {formatNumber(t, tickDigits)}
                </text>
              </g>
            ))}
            {categories.map((c, i) => {
              let base = 0;
              const x = PAD.left + slot * i + (slot - barW) / 2;
              return (
                <g key={c}>
                  {series.map((s, si) => {
                    const v = s.values[i] ?? 0;
                    if (v <= 0) return null;
                    const top = y(base + v);
                    const height = y(base) - top;
                    base += v;
                    return <rect key={s.name} x={x} y={top} width={barW} height={Math.max(height, 1)} fill={COLORS[si % COLORS.length]} stroke="#fff" strokeWidth="1" />;
                  })}
                  <text x={x + barW / 2} y={H - PAD.bottom + 18} textAnchor="middle" fontSize="12" fill="#1a1a1a">
                    {c}
                  </text>
                </g>
              );
            })}
            <line x1={PAD.left} x2={W - PAD.right} y1={y(0)} y2={y(0)} stroke="#1a1a1a" />
          </svg>
          {series.length > 1 ? (
            <ul className="legend" aria-hidden="true">
              {series.map((s, si) => (
                <li key={s.name}>
                  <span className="swatch" style={{ background: COLORS[si % COLORS.length] }} />
                  {s.name}
                </li>
              ))}
            </ul>
          ) : null}
          <details className="chart-data">
            <summary>Vis tallene</summary>
            <div className="table-wrap">
              <table className="table table-compact">
                <caption className="sr-only">{title}</caption>
                <thead>
                  <tr>
                    <th scope="col">Måned</th>
                    {series.map((s) => (
                      <th key={s.name} scope="col" className="num">
                        {s.name}
                      </th>
                    ))}
                    {series.length > 1 ? (
                      <th scope="col" className="num">
                        I alt
                      </th>
                    ) : null}
                  </tr>
                </thead>
                <tbody>
                  {categories.map((c, i) => (
                    <tr key={c}>
                      <th scope="row">{c}</th>
                      {series.map((s) => (
                        <td key={s.name} className="num">
                          {formatNumber(s.values[i] ?? 0, digits)}
                        </td>
                      ))}
                      {series.length > 1 ? <td className="num">{formatNumber(totals[i] ?? 0, digits)}</td> : null}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </>
      )}
    </figure>
  );
}
