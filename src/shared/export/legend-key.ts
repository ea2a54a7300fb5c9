/**
 * A chart legend's key (a line, a swatch or a marker) as SVG markup: the legends on the page draw
 * it, and so does a chart saved as a picture (chart-image.ts, loaded only when a chart is saved).
 */
export interface ImageLegendItem {
  readonly label: string;
  readonly colour: string;
  /** SVG dash pattern for a line; omitted for a solid line. */
  readonly dash?: string;
  /** Draw a filled square (areas, bars) instead of a line. */
  readonly swatch?: boolean;
  /** Draw a point marker instead: a filled circle, a hollow diamond, or an outlined square. */
  readonly marker?: 'circle' | 'diamond' | 'outline';
}

/** The key of a legend item, as SVG markup in a 28 × 12 box at (x, y). */
export function legendKeyMarkup(item: ImageLegendItem, x: number, y: number): string {
  const c = escapeXml(item.colour);
  const mx = x + 14;
  const my = y + 6;
  if (item.marker === 'circle') return `<circle cx="${mx}" cy="${my}" r="6" fill="${c}"/>`;
  if (item.marker === 'diamond') return `<path d="M${mx},${my - 6} L${mx + 6},${my} L${mx},${my + 6} L${mx - 6},${my} Z" fill="#ffffff" stroke="${c}" stroke-width="2"/>`;
  if (item.marker === 'outline') return `<rect x="${x + 8}" y="${y + 1}" width="12" height="10" fill="#ffffff" stroke="${c}" stroke-width="2"/>`;
  if (item.swatch) return `<rect x="${x + 7}" y="${y}" width="14" height="12" fill="${c}"/>`;
  return `<line x1="${x + 1}" y1="${my}" x2="${x + 27}" y2="${my}" stroke="${c}" stroke-width="3"${item.dash ? ` stroke-dasharray="${escapeXml(item.dash)}"` : ''}/>`;
}

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}
