/**
 * The plane's point names at the plane's extremes: a name never runs past the plot, whichever
 * corner its point sits in, on a desktop plot and on a phone's.
 */
import { describe, expect, it } from 'vitest';
import { placePointLabel, POINT_LABEL_CHAR_PX, type PlotBox } from './point-label';

const DESKTOP: PlotBox = { x: 52, y: 12, width: 400, height: 320 };
const PHONE: PlotBox = { x: 52, y: 12, width: 280, height: 260 };

function inside(plot: PlotBox, cx: number, cy: number, name: string, right: boolean, above: boolean): boolean {
  const p = placePointLabel({ cx, cy, chars: name.length, right, above }, plot);
  const width = name.length * POINT_LABEL_CHAR_PX;
  const left = p.anchor === 'start' ? p.x : p.anchor === 'end' ? p.x - width : p.x - width / 2;
  return left >= plot.x && left + width <= plot.x + plot.width && p.y - 14 >= plot.y && p.y <= plot.y + plot.height;
}

describe('a point’s name on the plane', () => {
  it('turns to the other side at the right and left edges, and below at the top', () => {
    const right = placePointLabel({ cx: DESKTOP.x + DESKTOP.width - 2, cy: 100, chars: 13, right: true, above: true }, DESKTOP);
    expect(right.anchor).toBe('end');
    const left = placePointLabel({ cx: DESKTOP.x + 2, cy: 100, chars: 10, right: false, above: false }, DESKTOP);
    expect(left.anchor).toBe('start');
    expect(placePointLabel({ cx: 200, cy: DESKTOP.y + 1, chars: 13, right: true, above: true }, DESKTOP).y).toBeGreaterThan(DESKTOP.y + 1);
  });

  it('stays whole at every corner and edge of the plot, for the names in all four languages', () => {
    const names = ['Your settings', 'Status quo', 'As loaded', 'Vos réglages', 'Tal como se cargó', 'إعداداتك', 'الوضع الراهن'];
    for (const plot of [DESKTOP, PHONE]) {
      const xs = [plot.x, plot.x + plot.width / 2, plot.x + plot.width];
      const ys = [plot.y, plot.y + plot.height / 2, plot.y + plot.height];
      for (const name of names)
        for (const cx of xs)
          for (const cy of ys)
            for (const right of [true, false])
              for (const above of [true, false]) expect(inside(plot, cx, cy, name, right, above), `${name} at ${cx},${cy}`).toBe(true);
    }
  });

  it('keeps its preferred side where it fits', () => {
    expect(placePointLabel({ cx: 200, cy: 150, chars: 13, right: true, above: true }, DESKTOP)).toEqual({ x: 213, y: 142, anchor: 'start' });
    expect(placePointLabel({ cx: 200, cy: 150, chars: 10, right: false, above: false }, DESKTOP)).toEqual({ x: 187, y: 168, anchor: 'end' });
  });
});
