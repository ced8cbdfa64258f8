import { type ReactNode, useEffect, useRef } from 'react';

/**
 * Every screen starts here: it names the browser tab and moves focus to the heading, so a screen-reader
 * user hears where a navigation landed instead of staying on the clicked link.
 */
export function Page({ title, intro, children, actions }: { title: string; intro?: ReactNode; children: ReactNode; actions?: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} – kommune-ai`;
    heading.current?.focus();
  }, [title]);
  return (
    <>
      <div className="page-head">
        <div>
          <h1 ref={heading} tabIndex={-1}>
            {title}
          </h1>
          {intro ? <p className="lead">{intro}</p> : null}
        </div>
        {actions ? <div className="page-actions">{actions}</div> : null}
      </div>
      {children}
    </>
  );
}
