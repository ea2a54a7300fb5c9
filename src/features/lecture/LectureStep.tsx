/**
 * One step of a walkthrough: its narrative and statements beside the chart it is about, shown
 * large and marked. The presenter view (the lecturer's screen) and the audience window (the
 * projected one) fill the screen in large type with no site chrome, fitted to a 1280 × 720
 * projector even at 150% zoom; the presenter view adds the controls, the speaker notes and the
 * button that opens the audience window, which has neither controls nor notes.
 */
import { useMemo, useState } from 'react';
import type { RunResult } from '../../../models/index';
import type { Tour } from '../../../scenarios/tours';
import { ClaimsList } from './ClaimsList';
import { lectureHash, type LectureViewKind } from './lecture-route';
import { CHART_NAMES, StepChart } from './StepChart';
import { useTranslation } from 'react-i18next';
import { ContentText } from '../../shared/i18n/ContentText';
import { useTourContent } from '../../shared/i18n/scenario-content';

interface LectureStepProps {
  readonly tours: readonly Tour[];
  readonly tour: Tour;
  readonly step: number;
  readonly view: LectureViewKind;
  readonly runOf: (step: number) => RunResult | null;
  readonly error: string | null;
  readonly go: (step: number) => void;
}

const ALL_CHARTS = CHART_NAMES;

/** The window the audience sees, by name, so a second click brings back the same window. */
const AUDIENCE_WINDOW = 'crossings-audience';

function openAudience(tourId: string, step: number): void {
  const url = `${window.location.pathname}${window.location.search}${lectureHash({ view: 'audience', tourId, step })}`;
  window.open(url, AUDIENCE_WINDOW);
}

export function LectureStep({ tours, tour, step, view, runOf, error, go }: LectureStepProps) {
  const { t } = useTranslation('lecture');
  const text = useTourContent(tour);
  const [othersOpen, setOthersOpen] = useState(false);
  const s = tour.steps[step];
  const run = runOf(step);
  const start = step === 0 ? null : runOf(0);
  // The tour format allows at most four other steps on a plane (alsoOnPlane), hence four slots.
  const [o0, o1, o2, o3] = s.alsoOnPlane.map((k) => runOf(k));
  const ready = run !== null && (step === 0 || start !== null) && [o0, o1, o2, o3].slice(0, s.alsoOnPlane.length).every((r) => r);
  const others = useMemo(() => {
    const runs = [o0, o1, o2, o3];
    return s.alsoOnPlane.flatMap((k, j) => {
      const r = runs[j];
      return r ? [{ short: t('stepShort', { n: k + 1 }), label: text.stepTitle(k).text, run: r }] : [];
    });
  }, [s, t, text, o0, o1, o2, o3]);
  const count = tour.steps.length;
  const present = view !== 'lecture';
  const toggle = lectureHash({ view: present ? 'lecture' : 'present', tourId: tour.id, step });
  const notes = text.stepNotes(step);

  const chart = (
    <div className="lecture-chart" data-testid="lecture-chart" data-chart={s.highlight} data-ready={ready}>
      {!present && (
        <p className="look-here">
          <span aria-hidden="true">▶ </span>
          {t('lookAt', { chart: t(`charts.${s.highlight}`) })}
        </p>
      )}
      {step > 0 && s.highlight !== 'outcomes' && s.highlight !== 'dimensions' && (
        <p className="compare-note">{t('compareNote')}</p>
      )}
      {error ? (
        <p className="status status-error" role="alert">
          {t('failed', { error })}
        </p>
      ) : ready ? (
        <StepChart chart={s.highlight} step={s} run={run} start={start} runId={step + 1} others={others} />
      ) : (
        <p className="status chart-placeholder" role="status">
          {t('running')}
        </p>
      )}
    </div>
  );

  return (
    <div
      className={present ? `lecture lecture-present lecture-${view}` : 'lecture'}
      data-testid="lecture"
      data-step={step + 1}
      data-highlight={s.highlight}
      data-present={present}
      data-view={view}
    >
      {view !== 'audience' && (
        <nav className="lecture-bar no-print" aria-label={t('stepsNav')}>
          {tours.length > 1 ? (
            <select
              className="lecture-tour"
              aria-label={t('tour')}
              value={tour.id}
              onChange={(e) => window.location.replace(lectureHash({ view, tourId: e.target.value, step: 0 }))}
            >
              {tours.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.id === tour.id ? text.title.text : x.title}
                </option>
              ))}
            </select>
          ) : (
            <span className="lecture-tour">
              <ContentText shown={text.title} />
            </span>
          )}
          <ol className="step-pills">
            {tour.steps.map((x, k) => (
              <li key={x.title}>
                <a href={lectureHash({ view, tourId: tour.id, step: k })} aria-current={k === step ? 'step' : undefined} aria-label={t('stepLabel', { n: k + 1, title: text.stepTitle(k).text })}>
                  {k + 1}
                </a>
              </li>
            ))}
          </ol>
          <button type="button" className="small-button" disabled={step === 0} onClick={() => go(step - 1)}>
            {t('previous')}
          </button>
          <button type="button" className="small-button" disabled={step === count - 1} onClick={() => go(step + 1)} data-testid="lecture-next">
            {t('next')}
          </button>
          <a className="present-toggle" href={toggle} data-testid="present-toggle">
            {present ? t('leavePresenter') : t('presenter')}
          </a>
          {view === 'present' && (
            <button type="button" className="small-button" data-testid="open-audience" onClick={() => openAudience(tour.id, step)}>
              {t('openAudience')}
            </button>
          )}
          {!present && <span className="key-hint">{t('keys', { last: Math.min(9, count) })}</span>}
        </nav>
      )}
      <div className="lecture-step">
        {/* Focusable in the large views, where a long text scrolls in its own column (keyboard users scroll it too). */}
        <section className="lecture-text" aria-labelledby="step-title" tabIndex={present ? 0 : undefined}>
          <p className="step-count">
            {t('stepCount', { n: step + 1, count })}
          </p>
          <h2 id="step-title" data-testid="step-title">
            <ContentText shown={text.stepTitle(step)} />
          </h2>
          <p className="narrative">
            <ContentText shown={text.stepNarrative(step)} />
          </p>
          <ClaimsList tour={tour} step={step} runOf={runOf} />
          {view === 'present' && notes && (
            <section className="speaker-notes" aria-labelledby="notes-title" data-testid="speaker-notes">
              <h3 id="notes-title">{t('notesTitle')}</h3>
              <p>
                <ContentText shown={notes} />
              </p>
            </section>
          )}
        </section>
        {chart}
      </div>
      {!present && ready && (
        <details className="lecture-others no-print" onToggle={(e) => setOthersOpen(e.currentTarget.open)}>
          <summary>{t('others')}</summary>
          {othersOpen && (
            <div className="chart-grid">
              {ALL_CHARTS.filter((c) => c !== s.highlight).map((c) => (
                <StepChart key={c} chart={c} step={s} run={run} start={start} runId={step + 1} others={others} />
              ))}
            </div>
          )}
        </details>
      )}
    </div>
  );
}
