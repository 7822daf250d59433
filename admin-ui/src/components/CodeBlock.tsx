import { useState } from 'react';
import { prettyJson } from '../format';

export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    /* fall through to the textarea trick */
  }
  try {
    const ta = document.createElement('textarea');
    ta.value = text;
    ta.setAttribute('readonly', '');
    ta.style.position = 'fixed';
    ta.style.opacity = '0';
    document.body.appendChild(ta);
    ta.select();
    const ok = document.execCommand('copy');
    document.body.removeChild(ta);
    return ok;
  } catch {
    return false;
  }
}

export function CopyButton({ text, label = 'Copy' }: { text: string; label?: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <button
      type="button"
      className="btn btn-secondary btn-sm"
      aria-label={label}
      onClick={async () => {
        setState((await copyText(text)) ? 'copied' : 'failed');
        setTimeout(() => setState('idle'), 2000);
      }}
    >
      {state === 'copied' ? 'Copied!' : state === 'failed' ? 'Copy failed' : label}
    </button>
  );
}

/** Monospace block; optional copy button; JSON pretty-printed when `json`. */
export function CodeBlock({
  value,
  json,
  copyLabel,
  label,
  testId,
}: {
  value: unknown;
  json?: boolean;
  copyLabel?: string;
  label?: string;
  testId?: string;
}) {
  const text = json ? prettyJson(value) : value === null || value === undefined ? '' : String(value);
  return (
    <div className="code-block">
      {copyLabel ? (
        <div className="code-block-actions">
          <CopyButton text={text} label={copyLabel} />
        </div>
      ) : null}
      <pre aria-label={label} data-testid={testId}>
        <code>{text === '' ? <span className="muted">(empty)</span> : text}</code>
      </pre>
    </div>
  );
}

/** A titled group of code blocks (headers, query, body…). */
export function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="subsection">
      <h4>{title}</h4>
      {children}
    </section>
  );
}
