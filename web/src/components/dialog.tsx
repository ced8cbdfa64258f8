import { type ReactNode, useEffect, useRef } from 'react';

/**
 * A modal built on the native <dialog>: the browser traps focus, closes on Escape and restores focus
 * to the opener, which hand-written modals routinely get wrong.
 */
export function Dialog({ title, open, onClose, children }: { title: string; open: boolean; onClose: () => void; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog ref={ref} className="modal" aria-labelledby="modal-title" onClose={onClose}>
      <div className="modal-head">
        <h2 id="modal-title">{title}</h2>
        <button type="button" className="button button-tertiary button-small" onClick={onClose}>
          Luk
        </button>
      </div>
      {open ? children : null}
    </dialog>
  );
}
