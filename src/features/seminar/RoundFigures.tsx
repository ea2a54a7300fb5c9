/**
 * What changed in a round: each key figure for the round, against the previous round and against
 * business as usual (the same months and events with no team decisions). Raw values sit in data-value so the
 * browser tests can compare them with a run in Node exactly. Each change carries its meaning as the
 * explorer's key figures do (shared/output-meaning.ts): colour, a marker whose shape says whose
 * security it speaks to, and the words for screen readers, with the legend under the table.
 */
import type { OutputKey, RunResult } from '../../../models/index';
import { CHANGE_ARROW, describeChange } from '../../shared/format';
import { MeaningLegend, MeaningMarker } from '../../shared/MeaningLegend';
import { changeMeaning } from '../../shared/output-meaning';
import { roundValue } from './session/engine';
import { formatRoundValue, outputLabel, ROUND_FIGURES, roundUnit } from './session/figures';
import { isFlow } from './session/scoring';
import type { Session } from './session/session';
import { useTranslation } from 'react-i18next';

interface RoundFiguresProps {
  readonly session: Session;
  readonly round: number;
  readonly run: RunResult;
  readonly plain: RunResult;
}

function Change({ output, value, against }: { readonly output: OutputKey; readonly value: number; readonly against: number | undefined }) {
  const { t } = useTranslation();
  const change = describeChange(value, against);
  if (against === undefined) return <span className="small">–</span>;
  const meaning = changeMeaning(output, change.direction);
  return (
    <span className={`kpi-change kpi-${change.direction} meaning-${meaning}`} data-meaning={meaning}>
      <span aria-hidden="true">{CHANGE_ARROW[change.direction] && `${CHANGE_ARROW[change.direction]} `}</span>
      {change.text}
      {meaning !== 'neutral' && (
        <>
          {' '}
          <MeaningMarker meaning={meaning} />
          <span className="visually-hidden"> ({t(`meaning.${meaning}`)})</span>
        </>
      )}
    </span>
  );
}

export function RoundFigures({ session, round, run, plain }: RoundFiguresProps) {
  const { t } = useTranslation('seminar');
  return (
    <>
      <div className="table-scroll round-figures-scroll" role="region" aria-label={t('figures.region')} tabIndex={0}>
        <table className="data-table round-figures" data-testid="round-figures">
          <caption>{t('figures.caption', { n: round + 1 })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('figures.figure')}</th>
              <th scope="col" className="num">
                {t('view.round', { n: round + 1 })}
              </th>
              {round > 0 && (
                <th scope="col" className="num">
                  {t('figures.vsRound', { n: round })}
                </th>
              )}
              <th scope="col" className="num bau-col">
                {t('figures.bau')}
              </th>
              <th scope="col" className="num">
                {t('figures.vsBau')}
              </th>
            </tr>
          </thead>
          <tbody>
            {ROUND_FIGURES.map((o: OutputKey) => {
              const value = roundValue(run, o, session, round, isFlow(o));
              const previous = round > 0 ? roundValue(run, o, session, round - 1, isFlow(o)) : undefined;
              const bau = roundValue(plain, o, session, round, isFlow(o));
              return (
                <tr key={o} data-testid={`round-figure-${o}`} data-value={value} data-bau={bau}>
                  <th scope="row">
                    {outputLabel(o)}
                    <span className="figure-unit">{roundUnit(o)}</span>
                  </th>
                  <td className="num">{formatRoundValue(o, value)}</td>
                  {round > 0 && (
                    <td className="num">
                      <Change output={o} value={value} against={previous} />
                    </td>
                  )}
                  <td className="num bau-col">{formatRoundValue(o, bau)}</td>
                  <td className="num">
                    <Change output={o} value={value} against={bau} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <MeaningLegend />
    </>
  );
}
