import { formatDkk } from '../format.ts';

/** Spend against a monthly budget, with the warning threshold marked on the bar. */
export function BudgetBar({ label, spent, limit, warnShare }: { label: string; spent: number; limit: number; warnShare: number }) {
  const share = limit > 0 ? spent / limit : 1;
  const pct = Math.round(share * 100);
  const state = share >= 1 ? 'over' : share >= warnShare ? 'warn' : 'ok';
  const text = `${formatDkk(spent)} af ${formatDkk(limit)} (${pct} %)`;
  return (
    <div className="budget">
      <div className="budget-label">
        <span className="budget-name">{label}</span>
        <span>
          {text}
          {state === 'warn' ? <span className="badge badge-warning"> Advarsel</span> : null}
          {state === 'over' ? <span className="badge badge-error"> Brugt op</span> : null}
        </span>
      </div>
      <div className="budget-track" role="meter" aria-label={`Budget for ${label}`} aria-valuemin={0} aria-valuemax={limit} aria-valuenow={Math.min(spent, limit)} aria-valuetext={text}>
        <div className={`budget-fill budget-fill-${state}`} style={{ width: `${Math.min(100, share * 100)}%` }} />
        <div className="budget-marker" style={{ left: `${warnShare * 100}%` }} aria-hidden="true" />
      </div>
    </div>
  );
}
