/**
 * "Copy link": the address of exactly this run (scenario, changed levers, seed, agents, months,
 * model version). If the browser refuses to copy, the link is shown to copy by hand.
 */
import { useState } from 'react';
import { copyText } from '../../../shared/export/clipboard';
import { useTranslation } from 'react-i18next';

type CopyState = 'idle' | 'copied' | 'failed';

export function CopyLinkButton({ link }: { readonly link: string }) {
  const { t } = useTranslation('explore');
  const [state, setState] = useState<CopyState>('idle');
  const copy = async () => {
    setState((await copyText(link)) ? 'copied' : 'failed');
  };
  return (
    <span className="copy-link">
      <button type="button" className="primary-button" onClick={() => void copy()} data-testid="copy-link" data-link={link}>
        {t('share.copyLink')}
      </button>
      <span role="status" className="copy-feedback">
        {state === 'copied' && t('share.copied')}
      </span>
      {state === 'failed' && (
        <label className="copy-manual">
          {t('share.copyManually')}
          <input type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
    </span>
  );
}
