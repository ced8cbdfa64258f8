import type { ReactNode } from 'react';

type Kind = 'info' | 'success' | 'warning' | 'error';

const ROLE: Record<Kind, 'status' | 'alert'> = { info: 'status', success: 'status', warning: 'status', error: 'alert' };

export function Alert({ kind, heading, children }: { kind: Kind; heading?: string; children?: ReactNode }) {
  return (
    <div className={`alert alert-${kind}`} role={ROLE[kind]}>
      {heading ? <p className="alert-heading">{heading}</p> : null}
      {children ? <div className="alert-text">{children}</div> : null}
    </div>
  );
}

/** An error from a call, or nothing. */
export function ErrorAlert({ error }: { error: string | null | undefined }) {
  return error ? <Alert kind="error">{error}</Alert> : null;
}
