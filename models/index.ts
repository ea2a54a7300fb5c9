/**
 * The public face of the model. Everything outside `models/` imports from here.
 */
export { Simulation, MODEL_VERSION, DEFAULT_AGENTS, DEFAULT_MONTHS, DEFAULT_SEED } from './simulation';
export { createPopulation, runBranches, runModel } from './run';
export type { RunDiagnostics, RunInput, RunResult } from './simulation';
export type { Population } from './population/init';
export { LEVERS, LEVER_KEYS, LEVER_BY_KEY, LEVER_GROUPS, INSECURITY_DIMENSIONS, defaultLevers, isLeverKey, leverEntries, leverSpecOf } from './params/levers';
export { fixLevers, withFixedLevers } from './fix-levers';
export {
  DEFAULT_WEIGHTS,
  formatWeight,
  formulaText,
  HUMAN_SECURITY_INDEX,
  indexFromRecord,
  indexValue,
  INDEX_DECLARATIONS,
  reweighIndices,
  STATE_READING_IDS,
  STATE_READINGS,
  STATE_SECURITY_INDEX,
  stateReadingOf,
  termContributions,
} from './indices';
export type { HumanTerm, IndexDeclaration, IndexOutput, IndexTerm, IndexWeights, ReweighedIndices, StateReading, StateTerm } from './indices';
export type { LeverKey, LeverSettings, LeverSpec, LeverValues } from './params/levers';
export { CALIBRATION, defaultCalibration } from './params/calibration';
export { CALIBRATION_DOCS, CALIBRATION_SPECS } from './params/calibration-docs';
export type { Calibration, CalibrationKey } from './params/calibration';
export type { ParamSpec } from './params/spec';
export { HEADLINE_OUTPUTS, OUTPUTS, OUTPUT_BY_KEY, OUTPUT_CHOICES, OUTPUT_KEYS, ROUTE_OUTPUTS, ROUTE_OUTPUT_KEYS, isOutputKey } from './outputs';
export type { DeclaredOutput, MonthRecord, OutputKey, OutputSpec, RunSummary, RouteSummary, RouteMonthRecord, RouteOutputKey, RouteSeries } from './outputs';
export { ROUTES, ROUTE_IDS, isRouteId } from './routes';
export type { RouteId, RouteSpec } from './routes';
export { compileSchedule, leversAt, leversOnRoute } from './schedule';
export type { RouteLevers, TimelineEntry } from './schedule';
export { validateRunInput } from './validate';
export { AGENTS_LIMIT, BROWSER_AGENTS_LIMIT, ENSEMBLE_SEEDS_LIMIT, MONTHS_LIMIT, RUN_LIMIT_TABLE, SEED_LIMIT, maxFirstSeed, withinLimit } from './limits';
export type { RunLimit } from './limits';
export { AIMABLE_LEVERS, AIMABLE_LEVER_KEYS, AIM_SEPARATOR, aimableRoutes, aimProblem, splitAimedKey } from './aim';
export { METHODS, LAND_TRACKS, methodsOf, methodKey } from './methods';
export type { MethodSpec, LandTrackSpec } from './methods';
export { FEE_INDEX_WEIGHTS } from './fee-index';
export { fixAimedLever, withoutAimed } from './fix-aimed';
export { State, STATE_LABELS, STATE_COUNT } from './population/schema';
export * from './analysis/index';
