/**
 * Where a point's name goes on the security plane: beside the point on the side it prefers,
 * unless the name would run past the plot's edge there, then on the other side; above it unless
 * that leaves the plot's top, below unless that leaves its bottom. A name too long for either
 * side (a narrow phone plot) is centred above or below the point, moved in from the edges as far
 * as it must. The name's width is estimated
 * from its length (13 px bold text), which errs wide, so a name that "fits" does.
 */

/** Rough width of a character of the points' names (13 px bold), in px. */
export const POINT_LABEL_CHAR_PX = 8;
/** Space between the point's centre and its name. */
export const POINT_LABEL_GAP_PX = 13;
/** Baseline offsets of a name above and below its point, and the text's height. */
const ABOVE_PX = -8;
const BELOW_PX = 18;
const HEIGHT_PX = 14;

export interface PlotBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface LabelRequest {
  readonly cx: number;
  readonly cy: number;
  /** Characters of the name. */
  readonly chars: number;
  readonly right: boolean;
  readonly above: boolean;
}

export interface LabelPlace {
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'end' | 'middle';
}

export function placePointLabel({ cx, cy, chars, right, above }: LabelRequest, plot: PlotBox | undefined): LabelPlace {
  const width = chars * POINT_LABEL_CHAR_PX;
  let toRight = right;
  let y = cy + (above ? ABOVE_PX : BELOW_PX);
  if (plot && above && y - HEIGHT_PX < plot.y) y = cy + BELOW_PX;
  if (plot && !above && y > plot.y + plot.height) y = cy + ABOVE_PX;
  if (plot) {
    const fitsRight = cx + POINT_LABEL_GAP_PX + width <= plot.x + plot.width;
    const fitsLeft = cx - POINT_LABEL_GAP_PX - width >= plot.x;
    if (!fitsRight && !fitsLeft) {
      const x = Math.min(plot.x + plot.width - width / 2, Math.max(plot.x + width / 2, cx));
      // Clear of the point's marker: a full line above or below it.
      const clearY = y < cy ? cy - 12 : cy + 24;
      return { x, y: clearY - HEIGHT_PX < plot.y ? cy + 24 : clearY > plot.y + plot.height ? cy - 12 : clearY, anchor: 'middle' };
    }
    if (toRight && !fitsRight) toRight = false;
    else if (!toRight && !fitsLeft) toRight = true;
  }
  return toRight ? { x: cx + POINT_LABEL_GAP_PX, y, anchor: 'start' } : { x: cx - POINT_LABEL_GAP_PX, y, anchor: 'end' };
}
