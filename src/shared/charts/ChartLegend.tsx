/**
 * A chart's legend in HTML above the plot: it wraps on narrow screens and reads as text. The
 * same items go into the exported picture.
 */
import { legendKeyMarkup, type ImageLegendItem } from '../export/legend-key';

export function ChartLegend({ items }: { readonly items: readonly ImageLegendItem[] }) {
  return (
    <ul className="chart-legend">
      {items.map((item) => (
        <li key={item.label}>
          <svg width="28" height="12" aria-hidden="true" focusable="false" dangerouslySetInnerHTML={{ __html: legendKeyMarkup(item, 0, 0) }} />
          {item.label}
        </li>
      ))}
    </ul>
  );
}
