/**
 * The public face of the model. Everything outside `models/` imports from here.
 */
export { runModel, createPopulation, Simulation, MODEL_VERSION, DEFAULT_AGENTS, DEFAULT_MONTHS, DEFAULT_SEED } from './simulation';
export type { RunInput, RunResult } from './simulation';
export type { Population } from './population/init';
export { LEVERS, LEVER_KEYS, LEVER_BY_KEY, LEVER_GROUPS, INSECURITY_DIMENSIONS, defaultLevers } from './params/levers';
export { CALIBRATION, CALIBRATION_SPECS, defaultCalibration } from './params/calibration';
export type { Calibration, CalibrationKey } from './params/calibration';
export type { ParamSpec } from './params/spec';
export { OUTPUTS, OUTPUT_KEYS, ROUTE_OUTPUTS, ROUTE_OUTPUT_KEYS } from './outputs';
export type { MonthRecord, OutputKey, OutputSpec, RunSummary, RouteSummary, RouteMonthRecord, RouteOutputKey, RouteSeries } from './outputs';
export { ROUTES, ROUTE_IDS } from './routes';
export type { RouteSpec } from './routes';
export { compileSchedule, leversAt, leversOnRoute } from './schedule';
export { validateRunInput, MAX_AGENTS, MAX_MONTHS } from './validate';
export type { RouteLevers, TimelineEntry } from './schedule';
export { AIMABLE_LEVERS, AIMABLE_LEVER_KEYS, AIM_SEPARATOR, aimableRoutes, aimProblem, splitAimedKey } from './aim';
export { METHODS, LAND_TRACKS, methodsOf, methodKey } from './methods';
export type { MethodSpec, LandTrackSpec } from './methods';
export { FEE_INDEX_WEIGHTS } from './fee-index';
export { fixAimedLever, withoutAimed } from './fix-aimed';
export { State, STATE_LABELS, STATE_COUNT } from './population/schema';
export * from './analysis/index';
