/**
 * The marks on the security plane — the year-by-year paths, the baseline, other runs and the
 * user's point — drawn as plain SVG placed with the plane's axis scales (Recharts' useXAxisScale
 * and useYAxisScale), in the layer where Recharts draws scatter points.
 *
 * Why not Recharts' <Scatter>: each Scatter registers its data in the chart's store, and new
 * data is a store update, which Recharts delivers at the next animation frame through
 * useSyncExternalStore — a synchronous render of the whole chart that React cannot split or
 * interrupt. During a drag each new run shown made one such task of 15–35 ms (issue 15: no
 * main-thread task over 50 ms during a drag). These marks are ordinary components: a new run
 * re-renders them in the transition it arrives in, in slices, and the chart's store changes
 * only when the axes do (a new domain).
 */
import type { ComponentType } from 'react';
import { DefaultZIndexes, useXAxisScale, useYAxisScale, ZIndexLayer } from 'recharts';
import type { PlanePoint } from './chart-data';

/** What a mark's shape is given: its position in pixels and its point (as Recharts gives a Scatter's shape). */
export interface MarkProps<P extends PlanePoint = PlanePoint> {
  readonly cx?: number;
  readonly cy?: number;
  readonly payload?: P;
}

/** The SVG attributes of a path's line. */
export interface LineStyle {
  readonly stroke: string;
  readonly strokeWidth: number;
  readonly strokeDasharray?: string;
}

/** One series of marks: points drawn with `shape`, joined by a line when `line` is given. */
export interface MarkSeries<P extends PlanePoint = PlanePoint> {
  readonly id: string;
  readonly points: readonly P[];
  readonly shape: ComponentType<MarkProps<P>>;
  readonly line?: LineStyle;
}

type Scale = (value: number) => number | undefined;

interface Placed<P extends PlanePoint> {
  readonly cx: number;
  readonly cy: number;
  readonly point: P;
}

/** The points the scales can place (a point off the axes' domain, or before the axes exist, is left out). */
function place<P extends PlanePoint>(points: readonly P[], x: Scale, y: Scale): Placed<P>[] {
  const out: Placed<P>[] = [];
  for (const point of points) {
    const cx = x(point.x);
    const cy = y(point.y);
    if (cx === undefined || cy === undefined || !Number.isFinite(cx) || !Number.isFinite(cy)) continue;
    out.push({ cx, cy, point });
  }
  return out;
}

/** An SVG path through the placed points, in their order. */
export function linePath(points: readonly { readonly cx: number; readonly cy: number }[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.cx},${p.cy}`).join('');
}

function Series<P extends PlanePoint>({ series, x, y }: { readonly series: MarkSeries<P>; readonly x: Scale; readonly y: Scale }) {
  const placed = place(series.points, x, y);
  const Shape = series.shape;
  return (
    <g className="plane-marks-series" data-series={series.id}>
      {series.line && placed.length > 1 && (
        // The class Recharts gives a scatter's line, which the presenter view thickens (lecture-present.css).
        <g className="recharts-scatter-line">
          <path d={linePath(placed)} fill="none" stroke={series.line.stroke} strokeWidth={series.line.strokeWidth} strokeDasharray={series.line.strokeDasharray} />
        </g>
      )}
      {placed.map(({ cx, cy, point }, i) => (
        // By position in the series, not by coordinates: a new run moves the marks rather than remaking them.
        <Shape key={i} cx={cx} cy={cy} payload={point} />
      ))}
    </g>
  );
}

/** Every series, first drawn first (underneath), in the plane's scatter layer. */
export function PlaneMarks({ series }: { readonly series: readonly MarkSeries<PlanePoint>[] }) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  if (!x || !y) return null;
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.scatter}>
      <g className="plane-marks">
        {series.map((s) => (
          <Series key={s.id} series={s} x={x} y={y} />
        ))}
      </g>
    </ZIndexLayer>
  );
}
