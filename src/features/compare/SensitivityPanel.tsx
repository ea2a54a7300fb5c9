/**
 * Sensitivity: how the model's answer depends on the levers, around one mix. Three analyses,
 * each run on demand: one lever swept across its range (at up to three values of a second
 * lever), two levers mapped together, and a tornado ranking every lever by how much it moves an
 * output. They use fewer agents and seeds than the comparison by default, so that each takes a
 * few seconds; the page says so, and both can be raised.
 */
import { useId, useMemo } from 'react';
import { LEVER_BY_KEY, type DesignPoint, type GridPoint, type SweepPoint, type TornadoPoint } from '../../../models/index';
import { ErrorBoundary } from '../../shared/ErrorBoundary';
import { AnalysisCard } from './AnalysisCard';
import { NumberField } from './Fields';
import HeatMap from './HeatMap';
import { GridControls, SweepControls, TornadoControls } from './AnalysisControls';
import type { ResolvedMix } from './mixes';
import { analysisKey, gridCells, planGrid, planSweep, planTornado, sweepRows, tornadoBars, type AnalysisPlan, type AnalysisResult } from './sensitivity';
import type { CompareAction } from './setup-reducer';
import { COMPARE_LIMITS, sensitivityBase, type CompareSetup, type GridSettings, type SweepSettings, type TornadoSettings } from './setup';
import SweepChart from './SweepChart';
import TornadoChart from './TornadoChart';
import type { PoolRuns } from './use-pool-runs';
import { useTranslation } from 'react-i18next';
import { formatCount } from '../../shared/format';
import { i18n } from '../../shared/i18n/i18n';
import { useMixText } from './use-mix-text';

export interface ShownAnalysis<P extends DesignPoint, S> {
  readonly result: AnalysisResult<P>;
  /** The settings it was run with (the output may change afterwards without new runs). */
  readonly settings: S;
  readonly key: string;
  readonly id: number;
}

export interface AnalysisResults {
  readonly sweep: ShownAnalysis<SweepPoint, SweepSettings> | null;
  readonly grid: ShownAnalysis<GridPoint, GridSettings> | null;
  readonly tornado: ShownAnalysis<TornadoPoint, TornadoSettings> | null;
}

type Attempt<P extends DesignPoint> = { readonly plan: AnalysisPlan<P> } | { readonly problem: string };

function attempt<P extends DesignPoint>(make: () => AnalysisPlan<P>): Attempt<P> {
  try {
    return { plan: make() };
  } catch (error) {
    return { problem: error instanceof Error ? error.message : String(error) };
  }
}

const range = (lever: string) => ({ min: LEVER_BY_KEY.get(lever)?.min ?? 0, max: LEVER_BY_KEY.get(lever)?.max ?? 1 });
const runsOf = (a: Attempt<DesignPoint>) => ('plan' in a ? { runs: a.plan.tasks.length } : a);

function needBase(base: ResolvedMix | undefined): ResolvedMix {
  if (!base) throw new Error(i18n.t('compare:sensitivity.needBase'));
  return base;
}

interface SensitivityPanelProps {
  readonly setup: CompareSetup;
  readonly mixes: readonly ResolvedMix[];
  readonly dispatch: (action: CompareAction) => void;
  readonly pool: PoolRuns;
  readonly results: AnalysisResults;
  readonly onResult: <K extends keyof AnalysisResults>(kind: K, shown: NonNullable<AnalysisResults[K]>) => void;
}

let nextId = 1;

export function SensitivityPanel({ setup, mixes, dispatch, pool, results, onResult }: SensitivityPanelProps) {
  const { t } = useTranslation('compare');
  const mixText = useMixText();
  const baseSelect = useId();
  const s = setup.sensitivity;
  const baseMix = sensitivityBase(setup);
  const base = mixes.find((m) => m.mix.id === baseMix?.id) ?? mixes[0];
  const busy = pool.state.running !== null;
  const sweep = useMemo(() => attempt(() => planSweep(setup, needBase(base))), [setup, base]);
  const grid = useMemo(() => attempt(() => planGrid(setup, needBase(base), range)), [setup, base]);
  const tornado = useMemo(() => attempt(() => planTornado(setup, needBase(base))), [setup, base]);

  function run<K extends keyof AnalysisResults, P extends DesignPoint>(kind: K, a: Attempt<P>, settings: unknown) {
    if (!('plan' in a)) return;
    const plan = a.plan;
    pool.start(kind, plan.tasks, (outcome) => {
      const shown = { result: { plan, runs: outcome.runs }, settings, key: analysisKey(plan), id: nextId++ };
      onResult(kind, shown as unknown as NonNullable<AnalysisResults[K]>);
    });
  }
  const stale = (shown: { readonly key: string } | null, a: Attempt<DesignPoint>) => shown !== null && (!('plan' in a) || analysisKey(a.plan) !== shown.key);
  const { sweep: sw, grid: gr, tornado: to } = results;
  // Tables for the chosen outputs, kept between renders (progress redraws the page while runs go).
  const sweepTable = useMemo(() => (sw ? sweepRows(sw.result, s.sweep.output) : null), [sw, s.sweep.output]);
  const gridTable = useMemo(() => (gr ? gridCells(gr.result, s.grid.output) : null), [gr, s.grid.output]);
  const tornadoTable = useMemo(() => (to ? tornadoBars(to.result, s.tornado.output) : null), [to, s.tornado.output]);

  return (
    <div className="sensitivity">
      <div className="sensitivity-settings">
        <label className="field-inline" htmlFor={baseSelect}>
          <span>{t('sensitivity.startFrom')}</span>
          <select id={baseSelect} value={base?.mix.id ?? ''} onChange={(e) => dispatch({ type: 'setSensitivityBase', id: e.currentTarget.value })} data-testid="sensitivity-base">
            {mixes.map((m) => (
              <option key={m.mix.id} value={m.mix.id}>
                {mixText.numbered(m)}
              </option>
            ))}
          </select>
        </label>
        <NumberField label={t('panel.agents')} value={s.agents} min={COMPARE_LIMITS.sensitivityAgents.min} max={COMPARE_LIMITS.sensitivityAgents.max} whole onCommit={(v) => v !== null && dispatch({ type: 'setSensitivitySize', agents: v, seeds: s.seeds })} testId="sensitivity-agents" />
        <NumberField label={t('sensitivity.seeds')} value={s.seeds} min={COMPARE_LIMITS.sensitivitySeeds.min} max={COMPARE_LIMITS.sensitivitySeeds.max} whole onCommit={(v) => v !== null && dispatch({ type: 'setSensitivitySize', agents: s.agents, seeds: v })} testId="sensitivity-seeds" />
        <p className="small sensitivity-note">
          {t('sensitivity.note', { agents: formatCount(s.agents), seeds: s.seeds, compareAgents: formatCount(setup.agents), compareSeeds: setup.seeds })}
        </p>
      </div>
      <div className="analysis-grid">
        <AnalysisCard
          id="sweep"
          title={t('sensitivity.sweepTitle')}
          question={t('sensitivity.sweepQuestion')}
          controls={<SweepControls settings={s.sweep} dispatch={dispatch} />} plan={runsOf(sweep)} busy={busy} onRun={() => run('sweep', sweep, s.sweep)} stale={stale(sw, sweep)}>
          {sw && sweepTable && (
            <ErrorBoundary what={t('results.thisChart')}>
              <SweepChart rows={sweepTable} lever={sw.settings.lever} byLever={sw.settings.byLever} output={s.sweep.output} seeds={sw.result.plan.design.seeds.length} runId={sw.id} />
            </ErrorBoundary>
          )}
        </AnalysisCard>
        <AnalysisCard
          id="map"
          title={t('sensitivity.mapTitle')}
          question={t('sensitivity.mapQuestion')}
          controls={<GridControls settings={s.grid} dispatch={dispatch} />} plan={runsOf(grid)} busy={busy} onRun={() => run('grid', grid, s.grid)} stale={stale(gr, grid)}>
          {gr && gridTable && (
            <ErrorBoundary what={t('results.thisChart')}>
              <HeatMap cells={gridTable} xLever={gr.settings.xLever} yLever={gr.settings.yLever} output={s.grid.output} seeds={gr.result.plan.design.seeds.length} runId={gr.id} />
            </ErrorBoundary>
          )}
        </AnalysisCard>
        <AnalysisCard
          id="tornado"
          title={t('sensitivity.tornadoTitle')}
          question={t('sensitivity.tornadoQuestion')}
          controls={<TornadoControls settings={s.tornado} dispatch={dispatch} flattened={'plan' in tornado && tornado.plan.flattened} />} plan={runsOf(tornado)} busy={busy} onRun={() => run('tornado', tornado, s.tornado)} stale={stale(to, tornado)}>
          {to && tornadoTable && (
            <ErrorBoundary what={t('results.thisChart')}>
              <TornadoChart table={tornadoTable} output={s.tornado.output} step={to.settings.step} seeds={to.result.plan.design.seeds.length} runId={to.id} />
            </ErrorBoundary>
          )}
        </AnalysisCard>
      </div>
    </div>
  );
}
