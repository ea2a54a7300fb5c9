/** The explorer's charts (Recharts). Imported lazily, so Recharts stays out of the first chunk. */
export { default as SecurityPlane } from './SecurityPlane';
export { default as SeriesChart } from './SeriesChart';
export { default as OutcomesChart } from './OutcomesChart';
export { default as RoutesChart } from './RoutesChart';
export { default as InsecurityChart } from './InsecurityChart';
export { default as RouteMonthsChart } from './RouteMonthsChart';
