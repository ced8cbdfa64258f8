import { useState } from 'react';

export function CopyButton({ text, label = 'Kopiér' }: { text: string; label?: string }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
      window.setTimeout(() => setCopied(false), 2500);
    } catch {
      setCopied(false);
    }
  };
  return (
    <button type="button" className="button button-secondary button-small" onClick={() => void copy()}>
      {label}
      <span role="status" className={copied ? 'copy-status' : 'sr-only'}>
        {copied ? ' – kopieret' : ''}
      </span>
    </button>
  );
}
