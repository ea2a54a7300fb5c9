/**
 * Small form fields for the set-up: each keeps what is typed as a draft and saves it only when
 * the session accepts it, showing the session's own message otherwise (so a half-typed number
 * never reaches the session, and nothing typed is thrown away).
 */
import { useId, useState } from 'react';

interface FieldProps {
  readonly label: string;
  readonly value: string;
  /** Try to save; returns an error message, or null when saved. */
  readonly onCommit: (text: string) => string | null;
  readonly hint?: string;
  readonly type?: 'text' | 'number';
  readonly min?: number;
  readonly max?: number;
  readonly step?: number;
  readonly multiline?: boolean;
  readonly testId?: string;
}

export function Field({ label, value, onCommit, hint, type = 'text', min, max, step, multiline, testId }: FieldProps) {
  const id = useId();
  const [draft, setDraft] = useState<{ text: string; error: string | null } | null>(null);
  const shown = draft?.text ?? value;
  const change = (text: string) => {
    const error = onCommit(text);
    setDraft(error ? { text, error } : null);
  };
  const describedBy = [hint ? `${id}-hint` : '', draft?.error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="sem-field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea id={id} value={shown} rows={4} aria-invalid={!!draft?.error} aria-describedby={describedBy} data-testid={testId} onChange={(e) => change(e.target.value)} />
      ) : (
        <input
          id={id}
          type={type}
          value={shown}
          min={min}
          max={max}
          step={step}
          aria-invalid={!!draft?.error}
          aria-describedby={describedBy}
          data-testid={testId}
          onChange={(e) => change(e.target.value)}
        />
      )}
      {hint && (
        <span id={`${id}-hint`} className="small">
          {hint}
        </span>
      )}
      {draft?.error && (
        <span id={`${id}-error`} className="sem-error">
          {draft.error}
        </span>
      )}
    </div>
  );
}

/** A number typed as text, or NaN (which every numeric setting refuses with its own message). */
export function toNumber(text: string): number {
  return text.trim() === '' ? NaN : Number(text.replace(/[\s,_]/g, ''));
}
