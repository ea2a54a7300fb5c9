/**
 * One sentence on what the settings did, generated from the key figures (shared/headline/): the
 * largest meaningful changes against the reference and a verdict for people and for the State.
 * It rests on one run at first and on the medians over several seeds once they are in, and says
 * which (or that one run is all there is, when the user set the seeds to one). The parts and verdict are also in data attributes, for the browser tests.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RunSummary } from '../../../../models/index';
import { displayLocale } from '../../../shared/format';
import { makeHeadline, type HeadlineFigure } from '../../../shared/headline/headline';
import { headlineText, seedsText } from '../../../shared/headline/headline-text';
import { KEY_FIGURES } from '../../../shared/key-figures';
import { useModelText } from '../../../shared/i18n/model-text';
import type { SpreadState } from '../use-seed-spread';

interface HeadlineProps {
  readonly summary: RunSummary;
  readonly reference: RunSummary;
  readonly spread: SpreadState;
  /** What the figures are compared with, as words inside a sentence ("the status quo"). */
  readonly referenceName: string;
}

export function Headline({ summary, reference, spread, referenceName }: HeadlineProps) {
  const { t } = useTranslation();
  const mt = useModelText();
  const seeds = spread.spread;
  const headline = useMemo(() => {
    const figures: HeadlineFigure[] = KEY_FIGURES.map((key) => {
      const s = seeds?.figures[key];
      return s ? { key, value: s.median, reference: s.medianReference, change: s.change, low: s.low, high: s.high } : { key, value: summary[key], reference: reference[key] };
    });
    return makeHeadline(figures, seeds?.seeds ?? 1);
  }, [summary, reference, seeds]);
  const locale = displayLocale();
  const text = useMemo(() => headlineText(headline, t, (key) => mt.outputLabel(key), locale, referenceName), [headline, t, mt, locale, referenceName]);
  return (
    <div className="headline" data-testid="headline-box">
      <h3 className="headline-title">{t('headline.title')}</h3>
      <p
        className="headline-text"
        data-testid="headline"
        data-seeds={headline.seeds}
        data-unchanged={headline.unchanged}
        data-parts={JSON.stringify(headline.parts.map((p) => ({ key: p.key, change: p.change, meaning: p.meaning })))}
        data-people={headline.people ?? ''}
        data-state={headline.state ?? ''}
      >
        {text}
      </p>
      <p className="headline-seeds" data-testid="headline-seeds" data-total={spread.total} data-running={spread.running}>
        {seedsText(headline.seeds, t, spread.running ? spread : undefined, spread.total)}
      </p>
    </div>
  );
}
