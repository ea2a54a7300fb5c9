/**
 * Where team links point, on the facilitator's round screen: the address in use, a warning when
 * phones cannot open it (localhost), and a field to type the address phones should use (the
 * laptop's address on the classroom network, or the web space the app is on), remembered here.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTeamBase } from './use-team-base';

export function TeamLinkAddress() {
  const { t } = useTranslation('seminar');
  const { base, typed, setTyped } = useTeamBase();
  const [text, setText] = useState(typed ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  // Open by itself while phones cannot open the links; then as the facilitator leaves it.
  const [open, setOpen] = useState(base.unreachable);
  if (base.unreachable && !open) setOpen(true);
  return (
    <details className={base.unreachable ? 'team-address team-address-warn' : 'team-address'} open={open} onToggle={(e) => setOpen(e.currentTarget.open)} data-testid="team-address">
      <summary>
        {t('address.summary')} <code dir="ltr" data-testid="team-address-url">{base.url}</code>
      </summary>
      {base.unreachable ? (
        <p className="team-address-warning" role="alert" data-testid="team-address-warning">
          {t('address.unreachable')}
        </p>
      ) : (
        <p className="small">{t(`address.from.${base.source}`)}</p>
      )}
      <form
        className="team-address-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const wrong = setTyped(text);
          setProblem(wrong ? t(`address.problem.${wrong}`) : null);
        }}
      >
        <label htmlFor="team-address-input">{t('address.label')}</label>
        <input
          id="team-address-input"
          type="url"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          dir="ltr"
          placeholder={t('address.placeholder')}
          value={text}
          aria-invalid={problem !== null}
          aria-describedby="team-address-problem"
          data-testid="team-address-input"
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit" className="small-button">
          {t('address.use')}
        </button>
        {typed && (
          <button
            type="button"
            className="link-button"
            onClick={() => {
              setTyped(null);
              setText('');
              setProblem(null);
            }}
          >
            {t('address.forget')}
          </button>
        )}
        <span id="team-address-problem" className="sem-error" role="status">
          {problem ?? ''}
        </span>
      </form>
    </details>
  );
}
