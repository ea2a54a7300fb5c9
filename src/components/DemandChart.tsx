/**
 * Line chart of monthly smuggling demand and irregular arrivals. Loaded lazily (it pulls in
 * Recharts). Colours are from the Okabe–Ito palette, and the second series is dashed, so the two
 * lines differ without colour too. The legend is plain HTML above the plot, so it wraps cleanly
 * on narrow screens and reads as text to screen readers.
 */
import { useMemo } from 'react';
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { OUTPUTS, type MonthRecord } from '../../models/index';
import { formatCompact, formatCount } from '../format';

const SERIES = [
  { key: 'smugglingDemand', colour: '#0072B2', dash: undefined },
  { key: 'irregularArrivals', colour: '#D55E00', dash: '6 3' },
] as const;

const MONTHS_PER_YEAR = 12;
const AXIS_TICK = { fill: '#404040', fontSize: 12 };
const AXIS_LABEL = { fill: '#262626', fontSize: 13 };

function labelOf(key: string): string {
  return OUTPUTS.find((o) => o.key === key)?.label ?? key;
}

export default function DemandChart({ months }: { readonly months: readonly MonthRecord[] }) {
  // Months are numbered from 0 in the model; people count them from 1.
  const data = useMemo(
    () => months.map((m) => ({ month: m.month + 1, smugglingDemand: m.smugglingDemand, irregularArrivals: m.irregularArrivals })),
    [months],
  );
  const ticks = useMemo(() => {
    const out: number[] = [];
    for (let m = MONTHS_PER_YEAR; m <= data.length; m += MONTHS_PER_YEAR) out.push(m);
    return out;
  }, [data.length]);

  return (
    <figure className="chart" data-testid="demand-chart">
      <ul className="chart-legend">
        {SERIES.map((s) => (
          <li key={s.key}>
            <svg width="28" height="10" aria-hidden="true" focusable="false">
              <line x1="1" y1="5" x2="27" y2="5" stroke={s.colour} strokeWidth="3" strokeDasharray={s.dash} />
            </svg>
            {labelOf(s.key)}
          </li>
        ))}
      </ul>
      <div className="chart-frame">
        <LineChart responsive data={data} margin={{ top: 8, right: 12, bottom: 24, left: 8 }} style={{ width: '100%', height: '100%' }}>
          <CartesianGrid stroke="#dddddd" strokeDasharray="2 4" />
          <XAxis
            dataKey="month"
            type="number"
            domain={[1, data.length]}
            ticks={ticks}
            tick={AXIS_TICK}
            stroke="#767676"
            label={{ ...AXIS_LABEL, value: 'Month of the simulation', position: 'insideBottom', offset: -14 }}
          />
          <YAxis
            tickFormatter={formatCompact}
            tick={AXIS_TICK}
            stroke="#767676"
            width={52}
            label={{ ...AXIS_LABEL, value: 'People per month', angle: -90, position: 'insideLeft', offset: 4, style: { textAnchor: 'middle' } }}
          />
          <Tooltip formatter={(value) => formatCount(Number(value))} labelFormatter={(label) => `Month ${String(label)}`} />
          {SERIES.map((s) => (
            <Line
              key={s.key}
              dataKey={s.key}
              name={labelOf(s.key)}
              stroke={s.colour}
              strokeWidth={2}
              strokeDasharray={s.dash}
              dot={false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </div>
      <figcaption>
        People hiring a smuggler each month (smuggling demand) and people reaching the destination irregularly each month, in
        the baseline scenario.
      </figcaption>
    </figure>
  );
}
