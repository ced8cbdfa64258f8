import { Field } from '../../components/field.tsx';

/** The part of a JSON Schema the task options use. */
export interface OptionSchema {
  type?: string;
  enum?: (string | number)[];
  description?: string;
  title?: string;
  default?: unknown;
  minimum?: number;
  maximum?: number;
}

export interface OptionsSchema {
  properties?: Record<string, OptionSchema>;
}

const OPTION_LABELS: Record<string, string> = {
  audience: 'Målgruppe',
  ratio: 'Resuméets længde (andel af teksten)',
  maxSentences: 'Højst antal sætninger',
  collection: 'Samling',
  k: 'Antal passager',
  dataset: 'Datakilde',
  tone: 'Tone',
  purpose: 'Formål',
  count: 'Antal',
  recipient: 'Modtager',
  kind: 'Type',
  length: 'Længde',
};

const VALUE_LABELS: Record<string, string> = {
  borger: 'Borger',
  letlæst: 'Letlæst',
  barn: 'Barn',
  fagperson: 'Fagperson',
  engelsk: 'Engelsk',
};

export type OptionValues = Record<string, string | number | boolean>;

/** Builds a form from the task's option schema, so a new option in the catalogue appears without UI work. */
export function OptionsForm({ schema, values, onChange }: { schema: OptionsSchema | undefined; values: OptionValues; onChange: (v: OptionValues) => void }) {
  const entries = Object.entries(schema?.properties ?? {});
  if (entries.length === 0) return null;
  return (
    <div className="form-row">
      {entries.map(([key, s]) => {
        const label = OPTION_LABELS[key] ?? s.title ?? key;
        const hint = s.description && s.description !== label ? s.description : undefined;
        const current = values[key] ?? (s.default as string | number | boolean | undefined);
        if (s.enum) {
          return (
            <Field key={key} label={label} hint={hint}>
              <select className="form-select" value={String(current ?? '')} onChange={(e) => onChange({ ...values, [key]: e.target.value })}>
                {s.enum.map((v) => (
                  <option key={String(v)} value={String(v)}>
                    {VALUE_LABELS[String(v)] ?? String(v)}
                  </option>
                ))}
              </select>
            </Field>
          );
        }
        if (s.type === 'boolean') {
          return (
            <div className="form-checkbox" key={key}>
              <input type="checkbox" id={`opt-${key}`} checked={Boolean(current)} onChange={(e) => onChange({ ...values, [key]: e.target.checked })} />
              <label htmlFor={`opt-${key}`}>{label}</label>
            </div>
          );
        }
        if (s.type === 'number' || s.type === 'integer') {
          return (
            <Field key={key} label={label} hint={hint}>
              <input
                className="form-input form-input-short"
                type="number"
                step={s.type === 'integer' ? 1 : 'any'}
                min={s.minimum}
                max={s.maximum}
                value={current === undefined ? '' : String(current)}
                onChange={(e) => {
                  const next = { ...values };
                  if (e.target.value === '') delete next[key];
                  else next[key] = Number(e.target.value);
                  onChange(next);
                }}
              />
            </Field>
          );
        }
        return (
          <Field key={key} label={label} hint={hint}>
            <input
              className="form-input"
              value={String(current ?? '')}
              onChange={(e) => {
                const next = { ...values };
                if (e.target.value === '') delete next[key];
                else next[key] = e.target.value;
                onChange(next);
              }}
            />
          </Field>
        );
      })}
    </div>
  );
}
