/**
 * Analysis of many runs: ensemble statistics over seeds, paired differences between mixes run
 * with the same seeds, experiment designs (sweeps, grids, tornados) and run cache keys. Pure and
 * deterministic, like the model: it works the same in Node, a Web Worker and the browser. It
 * never runs the model itself; the caller runs the designs' runs with whatever runner it has.
 */
export { SPREAD_LEVELS, SPREAD_STATS, percentile, percentileOfSorted, sortedValues, spreadOf } from './percentile';
export type { Spread, SpreadStat } from './percentile';
export { commonLength, ensembleOf, monthlySpreads, seriesSpread, spreadColumn, summarySpreads } from './ensemble';
export type { Ensemble, OutputSpreads, SeededMonths, SeededSummary, SpreadSeries } from './ensemble';
export { checkPairs, pairedDifferences, pairedMonthly, relativeDifference } from './paired';
export type { PairedComparison, PairedOutput } from './paired';
export { MAX_SWEEP_STEPS, applyRunSpec, checkLeverValue, expandDesign, leverSpec, pointSpreads, pointValues, roundValue, seedList, sweepValues } from './design';
export type { Design, DesignPoint, RunSpec } from './design';
export { MAX_BY_VALUES, gridDesign, gridTable, sweepDesign, sweepTable } from './sweep';
export type { GridCell, GridPoint, GridSpec, SweepAxis, SweepPoint, SweepRow, SweepSpec } from './sweep';
export { TORNADO_STEP, tornadoDesign, tornadoTable } from './tornado';
export type { TornadoBar, TornadoPoint, TornadoSpec, TornadoTable } from './tornado';
export { canonicalJson, runBranchKey, runCacheKey, runPopulationKey } from './cache-key';
export { ROBUSTNESS_SAMPLES, ROBUSTNESS_SEED, rankingRobustness, simplexWeights, termMeans } from './robustness';
export type { BreakEven, IndexRobustness, LeaveOneOut, TermMeans } from './robustness';
