/**
 * A value to hand on (a link or a decision code): shown in a read-only field that selects
 * itself on focus, with a copy button that says whether the copy worked.
 */
import { useId, useState } from 'react';
import { copyText } from '../../shared/export/clipboard';
import { useTranslation } from 'react-i18next';

interface CopyFieldProps {
  readonly label: string;
  readonly value: string;
  readonly testId?: string;
  readonly multiline?: boolean;
}

export function CopyField({ label, value, testId, multiline }: CopyFieldProps) {
  const { t } = useTranslation('seminar');
  const id = useId();
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const copy = async () => setCopied((await copyText(value)) ? 'yes' : 'no');
  return (
    <div className="copy-field">
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      {multiline ? (
        <textarea id={id} readOnly dir="ltr" value={value} rows={3} data-testid={testId} onFocus={(e) => e.currentTarget.select()} />
      ) : (
        <input id={id} type="text" readOnly dir="ltr" value={value} data-testid={testId} onFocus={(e) => e.currentTarget.select()} />
      )}
      <button type="button" className="small-button" onClick={() => void copy()}>
        {t('copy.copy')}
        <span className="visually-hidden"> {label}</span>
      </button>
      <span className="copy-feedback" role="status">
        {copied === 'yes' ? t('copy.copied') : copied === 'no' ? t('copy.byHand') : ''}
      </span>
    </div>
  );
}
