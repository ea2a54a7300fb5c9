/**
 * Where the facilitator pastes a team's decision code (or the link that carries one). The code is
 * checked against this session and the round being played; a code that fails changes nothing and
 * the message says why, in words a team can act on ("copy it again", "this is round 2's code").
 */
import { useState } from 'react';
import { applyDecisionCode } from './session/actions';
import { useSeminar } from './use-seminar-session';

export function DecisionCodeBox({ initialCode = '' }: { readonly initialCode?: string }) {
  const { session, apply } = useSeminar();
  const [text, setText] = useState(initialCode);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const submit = () => {
    const holder: { applied?: { teamName: string; levers: number; predicted: boolean } } = {};
    const error = apply((s) => {
      const { session: next, code } = applyDecisionCode(s, text);
      holder.applied = { teamName: s.teams.find((t) => t.id === code.teamId)?.name ?? code.teamId, levers: Object.keys(code.decision).length, predicted: !!code.prediction };
      return next;
    });
    const a = holder.applied;
    if (error || !a) {
      setMessage({ ok: false, text: error ?? 'Nothing to apply.' });
      return;
    }
    const what = a.levers === 0 ? 'no change' : `${a.levers} lever${a.levers === 1 ? '' : 's'} changed`;
    setMessage({ ok: true, text: `Applied the decision of ${a.teamName} (${what}${a.predicted ? ', with a prediction' : ''}).` });
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
      <h3 id="code-box-title">Decisions from teams’ own devices</h3>
      <p className="small">
        Paste the code (it starts with CX1-) or the link a team’s page gave you. Session: {session.title}.
      </p>
      <div className="code-box-row">
        <label htmlFor="decision-code" className="visually-hidden">
          Decision code or link
        </label>
        <input
          id="decision-code"
          type="text"
          autoComplete="off"
          spellCheck={false}
          placeholder="CX1-…"
          value={text}
          data-testid="decision-code-input"
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit" className="primary-button" disabled={text.trim() === ''}>
          Apply code
        </button>
      </div>
      <p className={message?.ok ? 'code-message ok' : 'code-message sem-error'} role="status" data-testid="decision-code-message">
        {message?.text ?? ''}
      </p>
    </form>
  );
}
