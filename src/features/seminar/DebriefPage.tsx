/**
 * The debrief after the last round: an automatic summary of the whole session — what it shows,
 * the whole session against business as usual, the path on the plane, each round's decisions and
 * their effects (counterfactual runs in the worker, with progress), predictions, and questions for
 * discussion. Printable (one section a page) and downloadable as HTML or Markdown.
 */
import { lazy, Suspense, useMemo } from 'react';
import { downloadText } from '../../shared/export/download';
import { isFinished } from './session/actions';
import { buildDebrief, roundsRevealed } from './session/debrief';
import { debriefHtml, debriefMarkdown } from './session/debrief-export';
import { sessionRunInput } from './session/engine';
import { formatRoundValue, outputLabel, roundUnit } from './session/figures';
import { sessionFileName, sessionFileText } from './session/session-store';
import { DebriefRounds } from './DebriefRounds';
import { RunWait } from './RunWait';
import { useDecisionEffects } from './use-decision-effects';
import { useRun } from '../../runner/index';
import { useSeminar } from './use-seminar-session';

const SessionPlane = lazy(() => import('./SessionPlane'));

export function DebriefPage() {
  const { session, queue } = useSeminar();
  const played = roundsRevealed(session);
  const last = played - 1;
  const runInput = useMemo(() => (last >= 0 ? sessionRunInput(session, last) : null), [session, last]);
  const plainInput = useMemo(() => (last >= 0 ? sessionRunInput(session, last, { plain: true }) : null), [session, last]);
  const run = useRun(queue, runInput);
  const plain = useRun(queue, plainInput);
  const effects = useDecisionEffects(queue, session, last, run.result);
  const debrief = useMemo(
    () => (run.result && plain.result ? buildDebrief(session, run.result, plain.result, effects.effects) : null),
    [session, run.result, plain.result, effects.effects],
  );

  if (played === 0)
    return (
      <section className="debrief" aria-labelledby="debrief-title">
        <h2 id="debrief-title">Debrief</h2>
        <p>Nothing to debrief yet: the debrief summarises the rounds revealed so far.</p>
      </section>
    );
  if (!debrief) return <RunWait what="the session’s rounds" error={run.error ?? plain.error} progress={run.progress ?? plain.progress} />;

  const save = (text: string, ext: string, type: string) => downloadText(text, sessionFileName(session, 'debrief', ext), type);
  return (
    <article className="debrief" aria-labelledby="debrief-title" data-testid="debrief" data-effects={debrief.effectsIncluded ? 'done' : 'running'}>
      <header className="print-section debrief-head">
        <h2 id="debrief-title">Debrief: {debrief.title}</h2>
        <p className="debrief-meta">
          {debrief.scenarioTitle} · {debrief.roundsPlayed} of {debrief.roundsTotal} rounds of {debrief.yearsPerRound} year{debrief.yearsPerRound === 1 ? '' : 's'} · teams:{' '}
          {debrief.teams.map((t) => t.name).join(', ')} · seed {debrief.seed}, {debrief.agents.toLocaleString('en-GB')} agents
        </p>
        {!isFinished(session) && <p className="notice">The session is not finished: this covers the rounds revealed so far.</p>}
        <div className="debrief-actions no-print">
          <button type="button" className="primary-button" onClick={() => window.print()}>
            Print
          </button>
          <button type="button" className="small-button" data-testid="download-debrief-html" onClick={() => save(debriefHtml(debrief), 'html', 'text/html')}>
            Download debrief (HTML)
          </button>
          <button type="button" className="small-button" data-testid="download-debrief-md" onClick={() => save(debriefMarkdown(debrief), 'md', 'text/markdown')}>
            Download debrief (Markdown)
          </button>
          <button type="button" className="small-button" onClick={() => downloadText(sessionFileText(session), sessionFileName(session), 'application/json')}>
            Save session file
          </button>
        </div>
        <section aria-labelledby="shows-title">
          <h3 id="shows-title">What the session shows</h3>
          <ul className="observations" data-testid="observations">
            {debrief.observations.map((o) => (
              <li key={o}>{o}</li>
            ))}
          </ul>
          {!debrief.effectsIncluded && (
            <p className="status" role="status" data-testid="effects-progress">
              {effects.error ? `The effects could not be worked out: ${effects.error}` : `Working out the effect of each decision: ${effects.done} of ${effects.total} runs`}
              {!effects.error && <progress max={Math.max(1, effects.total)} value={effects.done} aria-label="Decision effects worked out" />}
            </p>
          )}
        </section>
        <div className="table-scroll debrief-totals-scroll" role="region" aria-label="The whole session against business as usual" tabIndex={0}>
          <table className="data-table debrief-totals">
            <caption>The whole session against business as usual</caption>
            <thead>
              <tr>
                <th scope="col">Figure</th>
                <th scope="col" className="num">
                  Session
                </th>
                <th scope="col" className="num">
                  Business as usual
                </th>
              </tr>
            </thead>
            <tbody>
              {debrief.totals.map((t) => (
                <tr key={t.output} data-testid={`debrief-total-${t.output}`} data-value={t.value} data-bau={t.businessAsUsual}>
                  <th scope="row">
                    {outputLabel(t.output)}
                    <span className="figure-unit">{roundUnit(t.output)}</span>
                  </th>
                  <td className="num">{formatRoundValue(t.output, t.value)}</td>
                  <td className="num">{formatRoundValue(t.output, t.businessAsUsual)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </header>
      <section className="print-section" aria-labelledby="debrief-plane-title">
        <h3 id="debrief-plane-title">The path on the plane</h3>
        <Suspense fallback={<div className="chart-placeholder">Drawing the plane…</div>}>
          <SessionPlane id="debrief-plane" path={debrief.path} businessAsUsual={debrief.businessAsUsualPath} runId={debrief.roundsPlayed} />
        </Suspense>
      </section>
      <DebriefRounds debrief={debrief} />
      <section className="print-section" aria-labelledby="questions-title">
        <h3 id="questions-title">Questions for discussion</h3>
        <ol className="questions" data-testid="questions">
          {debrief.questions.map((q) => (
            <li key={q.text}>
              {q.text} <span className="question-ref">({q.reference})</span>
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
