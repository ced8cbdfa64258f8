import { cloneElement, type ReactElement, useId } from 'react';

/**
 * Label, hint and error wired to the control with ids, so assistive technology reads them together.
 * The child is the control itself (input, select or textarea).
 */
export function Field({ label, hint, error, children }: { label: string; hint?: string; error?: string | undefined; children: ReactElement<Record<string, unknown>> }) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`form-group${error ? ' form-error' : ''}`}>
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <span className="form-hint" id={hintId}>
          {hint}
        </span>
      ) : null}
      {error ? (
        <span className="form-error-message" id={errorId}>
          <span className="sr-only">Fejl: </span>
          {error}
        </span>
      ) : null}
      {cloneElement(children, { id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined })}
    </div>
  );
}
