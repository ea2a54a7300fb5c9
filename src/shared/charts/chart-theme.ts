/**
 * Colours and shared styles of the charts. Colours are the Okabe–Ito palette, which stays
 * distinguishable with the common forms of colour-blindness; lines that must be told apart
 * also differ in dash pattern or marker shape, so no chart relies on colour alone.
 */
import { ROUTES } from '../../../models/index';

export const OKABE_ITO = {
  black: '#000000',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
} as const;

/** The user's run. */
export const CURRENT_COLOUR = OKABE_ITO.blue;
/** The baseline, drawn as a ghost behind the user's run (4.5:1 on white). */
export const BASELINE_COLOUR = '#6e6e6e';
export const BASELINE_DASH = '5 4';

/** One colour per route, in the model's order of routes (the routes chart's bars and legend). */
const ROUTE_COLOURS = [OKABE_ITO.vermillion, OKABE_ITO.blue, OKABE_ITO.bluishGreen];
export const routeColour = (route: string) => ROUTE_COLOURS[Math.max(0, ROUTES.findIndex((r) => r.id === route)) % ROUTE_COLOURS.length];

/** The month-by-month chart's marks where a timeline change starts or stops. */
export const TIMELINE_MARK_COLOUR = '#8a4b00';
export const TIMELINE_MARK_DASH = '3 3';

export const GRID_COLOUR = '#e2e2e2';
export const AXIS_COLOUR = '#767676';
export const AXIS_TICK = { fill: '#404040', fontSize: 12 } as const;
export const AXIS_LABEL = { fill: '#262626', fontSize: 13 } as const;

/**
 * The security plane's two axis titles (every plane: explorer, Compare, seminar), given the worded
 * titles. In a right-to-left plot the State-security axis runs leftwards and the y title sits on the right.
 */
export function planeAxisLabels(xTitle: (arrow: string) => string, yTitle: string, rtl: boolean) {
  return {
    xLabel: { ...AXIS_LABEL, value: xTitle(rtl ? '←' : '→'), position: 'insideBottom', offset: -18 } as const,
    yLabel: {
      ...AXIS_LABEL,
      value: yTitle,
      angle: rtl ? 90 : -90,
      position: rtl ? 'insideRight' : 'insideLeft',
      offset: 8,
      style: { textAnchor: 'middle' },
    } as const,
  };
}

export const MONTHS_PER_YEAR = 12;

/** Year ticks (12, 24, …) on a month axis that starts at 1; fewer when the run is long. */
export function yearTicks(months: number): number[] {
  const years = Math.floor(months / MONTHS_PER_YEAR);
  const every = years > 20 ? 5 : years > 10 ? 2 : 1;
  const out: number[] = [];
  for (let y = every; y <= years; y += every) out.push(y * MONTHS_PER_YEAR);
  return out;
}

/**
 * Props shared by the month-by-month charts. Recharts copies props into a store and recomputes
 * the chart when they change by reference, so they are constants here, never literals in JSX.
 */
export const FILL_PARENT = { width: '100%', height: '100%' } as const;
export const MONTH_CHART_MARGIN = { top: 8, right: 14, bottom: 24, left: 4 } as const;
/** The month axis's title; its words come from the catalogue (use-month-axis.ts). */
export const MONTH_AXIS_LABEL = { ...AXIS_LABEL, position: 'insideBottom', offset: -14 } as const;
