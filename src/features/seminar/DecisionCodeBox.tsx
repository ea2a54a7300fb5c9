/**
 * Where the facilitator types or pastes a team's decision code (or the link that carries one). The
 * code is checked against this session and the round being played; a code that fails changes
 * nothing and the message says why, in words a team can act on ("check it against the team's
 * screen", "this is round 2's code"). A code that would replace a decision the team already has
 * asks first.
 */
import { useState } from 'react';
import { applyDecision, hasDecision } from './session/actions';
import { decodeDecision, DecisionCodeError, type DecisionCode } from './session/codes';
import { useSeminar } from './use-seminar-session';
import { useTranslation } from 'react-i18next';
import { useRoleText } from './role-text';

type Message = { ok: boolean; text: string } | null;

export function DecisionCodeBox({ initialCode = '' }: { readonly initialCode?: string }) {
  const { t } = useTranslation('seminar');
  const roles = useRoleText();
  const { session, apply } = useSeminar();
  const [text, setText] = useState(initialCode);
  const [message, setMessage] = useState<Message>(null);
  const [pending, setPending] = useState<DecisionCode | null>(null);
  const [busy, setBusy] = useState(false);
  const nameOf = (teamId: string) => {
    const team = session.teams.find((x) => x.id === teamId);
    return team ? roles.teamName(team) : teamId;
  };

  const commit = (code: DecisionCode) => {
    setPending(null);
    const error = apply((s) => applyDecision(s, code));
    if (error) {
      setMessage({ ok: false, text: error });
      return;
    }
    const levers = Object.keys(code.decision).length;
    const what = levers === 0 ? t('code.noChange') : t('code.levers', { count: levers });
    setMessage({ ok: true, text: t(code.prediction ? 'code.appliedPrediction' : 'code.applied', { team: nameOf(code.teamId), what }) });
    setText('');
  };

  const submit = async () => {
    setBusy(true);
    setMessage({ ok: true, text: t('code.checking') });
    try {
      const code = await decodeDecision(session, text);
      if (hasDecision(session, code.teamId)) {
        setMessage(null);
        setPending(code);
      } else commit(code);
    } catch (error) {
      setMessage({ ok: false, text: error instanceof DecisionCodeError ? error.message : t('code.nothing') });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="code-box"
      aria-labelledby="code-box-title"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3 id="code-box-title">{t('code.title')}</h3>
      <p className="small">{t('code.hint', { title: roles.sessionTitle(session.title) })}</p>
      <div className="code-box-row">
        <label htmlFor="decision-code" className="visually-hidden">
          {t('code.label')}
        </label>
        <input
          id="decision-code"
          type="text"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          placeholder={t('code.placeholder')}
          value={text}
          data-testid="decision-code-input"
          onChange={(e) => {
            setText(e.target.value);
            setPending(null);
          }}
        />
        <button type="submit" className="primary-button" disabled={text.trim() === '' || busy || pending !== null}>
          {t('code.apply')}
        </button>
      </div>
      {pending && (
        <div className="code-confirm" role="alertdialog" aria-labelledby="code-confirm-text" data-testid="decision-code-confirm">
          <p id="code-confirm-text">{t('code.replaceAsk', { team: nameOf(pending.teamId) })}</p>
          <button type="button" className="primary-button" onClick={() => commit(pending)} data-testid="decision-code-replace">
            {t('code.replace')}
          </button>{' '}
          <button
            type="button"
            onClick={() => {
              setMessage({ ok: true, text: t('code.kept', { team: nameOf(pending.teamId) }) });
              setPending(null);
            }}
          >
            {t('code.keep')}
          </button>
        </div>
      )}
      <p className={message?.ok ? 'code-message ok' : 'code-message sem-error'} role="status" data-testid="decision-code-message">
        {message?.text ?? ''}
      </p>
    </form>
  );
}
