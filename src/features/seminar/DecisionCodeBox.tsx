/**
 * Where the facilitator pastes a team's decision code (or the link that carries one). The code is
 * checked against this session and the round being played; a code that fails changes nothing and
 * the message says why, in words a team can act on ("copy it again", "this is round 2's code").
 */
import { useState } from 'react';
import { applyDecisionCode } from './session/actions';
import { useSeminar } from './use-seminar-session';
import { useTranslation } from 'react-i18next';
import { useRoleText } from './role-text';

export function DecisionCodeBox({ initialCode = '' }: { readonly initialCode?: string }) {
  const { t } = useTranslation('seminar');
  const roles = useRoleText();
  const { session, apply } = useSeminar();
  const [text, setText] = useState(initialCode);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const submit = () => {
    const holder: { applied?: { teamName: string; levers: number; predicted: boolean } } = {};
    const error = apply((s) => {
      const { session: next, code } = applyDecisionCode(s, text);
      const team = s.teams.find((x) => x.id === code.teamId);
      holder.applied = { teamName: team ? roles.teamName(team) : code.teamId, levers: Object.keys(code.decision).length, predicted: !!code.prediction };
      return next;
    });
    const a = holder.applied;
    if (error || !a) {
      setMessage({ ok: false, text: error ?? t('code.nothing') });
      return;
    }
    const what = a.levers === 0 ? t('code.noChange') : t('code.levers', { count: a.levers });
    setMessage({ ok: true, text: t(a.predicted ? 'code.appliedPrediction' : 'code.applied', { team: a.teamName, what }) });
    setText('');
  };

  return (
    <form
      className="code-box"
      aria-labelledby="code-box-title"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <h3 id="code-box-title">{t('code.title')}</h3>
      <p className="small">{t('code.hint', { title: session.title })}</p>
      <div className="code-box-row">
        <label htmlFor="decision-code" className="visually-hidden">
          {t('code.label')}
        </label>
        <input
          id="decision-code"
          type="text"
          autoComplete="off"
          spellCheck={false}
          placeholder={t('code.placeholder')}
          value={text}
          data-testid="decision-code-input"
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit" className="primary-button" disabled={text.trim() === ''}>
          {t('code.apply')}
        </button>
      </div>
      <p className={message?.ok ? 'code-message ok' : 'code-message sem-error'} role="status" data-testid="decision-code-message">
        {message?.text ?? ''}
      </p>
    </form>
  );
}
