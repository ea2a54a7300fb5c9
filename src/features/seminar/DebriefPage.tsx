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
import { DebriefScores } from './DebriefScores';
import { RunWait } from './RunWait';
import { useDecisionEffects } from './use-decision-effects';
import { useRun } from '../../runner/index';
import { readingName } from '../../shared/weights/reading';
import { sessionWeights } from './session/team-weights';
import { useSeminar } from './use-seminar-session';
import { useTranslation } from 'react-i18next';
import { formatCount } from '../../shared/format';

const SessionPlane = lazy(() => import('./SessionPlane'));

export function DebriefPage() {
  const { t } = useTranslation('seminar');
  const { session, queue, apply } = useSeminar();
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
        <h2 id="debrief-title">{t('debrief.title')}</h2>
        <p>{t('debrief.nothing')}</p>
      </section>
    );
  if (!debrief) return <RunWait what={t('debrief.waitWhat')} error={run.error ?? plain.error} progress={run.progress ?? plain.progress} />;

  const save = (text: string, ext: string, type: string) => downloadText(text, sessionFileName(session, 'debrief', ext), type);
  return (
    <article className="debrief" aria-labelledby="debrief-title" data-testid="debrief" data-effects={debrief.effectsIncluded ? 'done' : 'running'}>
      <header className="print-section debrief-head">
        <h2 id="debrief-title">{t('export.title', { title: debrief.title })}</h2>
        <p className="debrief-meta">
          {t('debrief.meta', {
            scenario: debrief.scenarioTitle,
            played: debrief.roundsPlayed,
            total: debrief.roundsTotal,
            count: debrief.yearsPerRound,
            teams: debrief.teams.map((team) => team.name).join(', '),
            seed: debrief.seed,
            agents: formatCount(debrief.agents),
          })}
        </p>
        {!isFinished(session) && <p className="notice">{t('debrief.unfinished')}</p>}
        <div className="debrief-actions no-print">
          <button type="button" className="primary-button" onClick={() => window.print()}>
            {t('debrief.print')}
          </button>
          <button type="button" className="small-button" data-testid="download-debrief-html" onClick={() => save(debriefHtml(debrief), 'html', 'text/html')}>
            {t('debrief.html')}
          </button>
          <button type="button" className="small-button" data-testid="download-debrief-md" onClick={() => save(debriefMarkdown(debrief), 'md', 'text/markdown')}>
            {t('debrief.markdown')}
          </button>
          <button type="button" className="small-button" onClick={() => downloadText(sessionFileText(session), sessionFileName(session), 'application/json')}>
            {t('bar.save')}
          </button>
        </div>
        <section aria-labelledby="shows-title">
          <h3 id="shows-title">{t('export.shows')}</h3>
          <ul className="observations" data-testid="observations">
            {debrief.observations.map((o) => (
              <li key={o}>{o}</li>
            ))}
          </ul>
          {!debrief.effectsIncluded && (
            <p className="status" role="status" data-testid="effects-progress">
              {effects.error ? t('debrief.effectsFailed', { error: effects.error }) : t('debrief.effectsRunning', { done: effects.done, total: effects.total })}
              {!effects.error && <progress max={Math.max(1, effects.total)} value={effects.done} aria-label={t('debrief.effectsProgress')} />}
            </p>
          )}
        </section>
        <div className="table-scroll debrief-totals-scroll" role="region" aria-label={t('export.whole')} tabIndex={0}>
          <table className="data-table debrief-totals">
            <caption>{t('export.whole')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('export.figure')}</th>
                <th scope="col" className="num">
                  {t('export.session')}
                </th>
                <th scope="col" className="num">
                  {t('export.bau')}
                </th>
              </tr>
            </thead>
            <tbody>
              {debrief.totals.map((total) => (
                <tr key={total.output} data-testid={`debrief-total-${total.output}`} data-value={total.value} data-bau={total.businessAsUsual}>
                  <th scope="row">
                    {outputLabel(total.output)}
                    <span className="figure-unit">{roundUnit(total.output)}</span>
                  </th>
                  <td className="num">{formatRoundValue(total.output, total.value)}</td>
                  <td className="num">{formatRoundValue(total.output, total.businessAsUsual)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </header>
      <section className="print-section" aria-labelledby="debrief-plane-title">
        <h3 id="debrief-plane-title">{t('export.path')}</h3>
        <Suspense fallback={<div className="chart-placeholder">{t('debrief.drawing')}</div>}>
          <SessionPlane id="debrief-plane" path={debrief.path} businessAsUsual={debrief.businessAsUsualPath} runId={debrief.roundsPlayed} reading={readingName(sessionWeights(session))} />
        </Suspense>
      </section>
      <DebriefScores debrief={debrief} session={session} run={run.result!} plain={plain.result!} apply={apply} />
      <DebriefRounds debrief={debrief} />
      <section className="print-section" aria-labelledby="questions-title">
        <h3 id="questions-title">{t('export.questions')}</h3>
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
