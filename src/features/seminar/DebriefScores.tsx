/**
 * "What counts as security?" in the debrief: the shared index (the session's weights, which the
 * facilitator may change here: no run, the indices are read again from the terms) and each
 * team's own score on its own weights (an interior ministry and a rescue NGO do not count the
 * same things), the session against business as usual; then how robust the session's ranking
 * against business as usual is over 1,000 other weightings.
 */
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndexWeights, RunResult } from '../../../models/index';
import { presetOf } from '../../../scenarios/index-weights';
import { RobustnessLine } from '../../shared/weights/RobustnessLine';
import { WeightsPanel } from '../../shared/weights/WeightsPanel';
import { formatNumber } from '../../shared/format';
import type { Debrief } from './session/debrief';
import { DEFAULT_ROLES } from './session/roles';
import type { Session } from './session/session';
import { playedMonths, sessionWeights, setSessionWeights, type WeighedScore, type WeightingName } from './session/team-weights';
import { useRoleText } from './role-text';
import type { Apply } from './use-seminar-session';
import { debriefRobustnessNames } from './debrief-names';

const ONE_DECIMAL = { minimumFractionDigits: 1, maximumFractionDigits: 1 } as const;

interface DebriefScoresProps {
  readonly debrief: Debrief;
  readonly session: Session;
  readonly run: RunResult;
  readonly plain: RunResult;
  readonly apply: Apply;
}

function Cells({ score, testId }: { readonly score: WeighedScore; readonly testId: string }) {
  const n = (v: number) => formatNumber(v, ONE_DECIMAL);
  return (
    <>
      <td className="num" data-testid={`${testId}-human`} data-value={score.human} data-bau={score.humanBusinessAsUsual}>
        {n(score.human)} <span className="small">({n(score.humanBusinessAsUsual)})</span>
      </td>
      <td className="num" data-testid={`${testId}-state`} data-value={score.state} data-bau={score.stateBusinessAsUsual}>
        {n(score.state)} <span className="small">({n(score.stateBusinessAsUsual)})</span>
      </td>
    </>
  );
}

export function DebriefScores({ debrief, session, run, plain, apply }: DebriefScoresProps) {
  const { t } = useTranslation('seminar');
  const { t: tc } = useTranslation('common');
  const roles = useRoleText();
  const weights = sessionWeights(session);
  const onWeights = useCallback((w: IndexWeights) => void apply((s) => setSessionWeights(s, w)), [apply]);
  const names = useMemo(() => debriefRobustnessNames(t), [t]);
  const a = useMemo(() => playedMonths(run, session, debrief.roundsPlayed), [run, session, debrief.roundsPlayed]);
  const b = useMemo(() => playedMonths(plain, session, debrief.roundsPlayed), [plain, session, debrief.roundsPlayed]);
  const weighting = (w: WeightingName): string => {
    if (w.kind === 'custom') return t('ownScores.custom');
    if (w.kind === 'preset') return tc(`weights.presets.${w.preset}`);
    const role = DEFAULT_ROLES.find((r) => r.id === w.role);
    return role ? t('ownScores.role', { reason: roles.weightsReason(role) }) : t('ownScores.custom');
  };
  return (
    <section className="print-section debrief-scores" aria-labelledby="debrief-scores-title" data-testid="debrief-scores">
      <h3 id="debrief-scores-title">{t('ownScores.title')}</h3>
      <p>{t('ownScores.intro')}</p>
      <div className="table-scroll" role="region" aria-label={t('ownScores.title')} tabIndex={0}>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('ownScores.who')}</th>
              <th scope="col">{t('ownScores.weighting')}</th>
              <th scope="col" className="num">
                {t('ownScores.human')}
              </th>
              <th scope="col" className="num">
                {t('ownScores.state')}
              </th>
            </tr>
          </thead>
          <tbody>
            <tr data-testid="debrief-score-shared">
              <th scope="row">{t('ownScores.shared')}</th>
              <td>{tc(`weights.presets.${presetOf(weights) ?? 'custom'}`)}</td>
              <Cells score={debrief.shared} testId="debrief-score-shared" />
            </tr>
            {debrief.scores.map((s) => {
              const team = session.teams.find((x) => x.id === s.teamId);
              return (
                <tr key={s.teamId} data-testid={`debrief-score-${s.teamId}`} data-weighting={s.weighting.kind}>
                  <th scope="row">{team ? roles.teamName(team) : s.teamId}</th>
                  <td className="wrap debrief-weighting">{weighting(s.weighting)}</td>
                  <Cells score={s} testId={`debrief-score-${s.teamId}`} />
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="small">{t('ownScores.howToRead')}</p>
      <WeightsPanel weights={weights} onChange={onWeights} testId="debrief-weights" />
      <RobustnessLine names={names} a={a} b={b} weights={weights} testId="debrief-robustness" />
    </section>
  );
}
