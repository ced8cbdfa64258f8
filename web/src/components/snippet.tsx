import type { ReactNode } from 'react';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", nbsp: '\u00a0' };

function decode(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|#39|#x27|nbsp);/g, (_m, name: string) => ENTITIES[name] ?? '');
}

/**
 * Search snippets arrive as escaped HTML whose only markup is <mark>. They are rendered as React text with
 * <mark> elements, never as HTML, so a document's content can never inject markup into the page.
 */
export function Snippet({ html }: { html: string }) {
  const parts = html.split(/(<mark>|<\/mark>)/);
  const out: ReactNode[] = [];
  let marked = false;
  parts.forEach((p, i) => {
    if (p === '<mark>') marked = true;
    else if (p === '</mark>') marked = false;
    else if (p) {
      const text = decode(p.replace(/<[^>]*>/g, ''));
      out.push(marked ? <mark key={i}>{text}</mark> : text);
    }
  });
  return <>{out}</>;
}
