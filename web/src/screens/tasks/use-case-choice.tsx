import { Field } from '../../components/field.tsx';
import { DATA_CATEGORY_LABELS, PHASE_LABELS } from '../governance/labels.ts';

export interface UsableUseCase {
  id: string;
  name: string;
  phase: string;
  tier: string;
  dataCategories: string[];
}

/**
 * The registered use case a task runs under. The task's default covers most work; a text outside it (a letter
 * about a child, say) needs a use case approved for that data, and the policy verdict says so.
 */
export function UseCaseChoice({ list, value, onChange }: { list: UsableUseCase[]; value: string; onChange(id: string): void }) {
  // Without the list (still loading, or not readable) the task runs under its default, as before.
  if (list.length < 2) return null;
  const chosen = list.find((u) => u.id === value);
  const approvedFor = chosen ? `Godkendt til: ${chosen.dataCategories.map((c) => DATA_CATEGORY_LABELS[c] ?? c).join(', ').toLowerCase()}.` : '';
  return (
    <Field label="Anvendelse" hint={`Den registrerede anvendelse, opgaven hører under; politikken vurderer teksten efter den. ${approvedFor}`}>
      <select className="form-select" value={value} onChange={(e) => onChange(e.target.value)}>
        {chosen ? null : <option value={value}>{value}</option>}
        {list.map((u) => (
          <option key={u.id} value={u.id}>
            {u.name} ({u.tier}, {PHASE_LABELS[u.phase]?.toLowerCase() ?? u.phase})
          </option>
        ))}
      </select>
    </Field>
  );
}
