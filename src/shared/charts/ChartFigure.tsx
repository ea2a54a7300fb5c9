/**
 * The frame every chart shares: a title, one line on what it shows, the legend, the plot, and
 * tools to see the data as a table or save the chart as SVG or PNG. The table is built only when
 * opened. `runId` (the run the chart shows) is written to the figure, so tests and benchmarks
 * can tell when a chart has caught up with the levers; charts of other runs (the history check's
 * seeds) have none.
 *
 * For the keyboard and screen readers the plot is one tab stop, an image named by the chart's
 * title and described by its one line and, when the chart gives one, a short summary generated
 * from its figures; the charts switch off Recharts' own keyboard layer (an unlabelled
 * role="application" per chart, each a tab stop). The data table stays the full alternative.
 */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImageLegendItem } from '../export/legend-key';
import { downloadBlob, downloadText } from '../export/download';
import { ChartLegend } from './ChartLegend';
import { DataTable, type TableData } from './DataTable';
import { PlotGate, useSeen } from './PlotGate';

export interface ChartFigureProps {
  /** Short id: test id `chart-<id>` and file names `crossings-<id>.svg`. */
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly legend: readonly ImageLegendItem[];
  readonly table: () => TableData;
  readonly runId?: number;
  readonly controls?: ReactNode;
  readonly frameClassName?: string;
  /** The chart's data as CSV (raw numbers), offered beside SVG and PNG when given. */
  readonly csv?: () => string;
  /** Shown under the plot, above the tools (e.g. what the chart's marks mean). */
  readonly footnote?: ReactNode;
  /** A sentence or two on what the figures show, read to screen readers with the plot. */
  readonly summary?: string;
  /** Draw the plot only when it comes near the viewport (a chart below the first screen; see PlotGate.tsx). */
  readonly deferPlot?: boolean;
  readonly children: ReactNode;
}

export function ChartFigure({ id, title, description, legend, table, runId, controls, frameClassName, csv, footnote, summary, deferPlot = false, children }: ChartFigureProps) {
  const headingId = useId();
  const descriptionId = useId();
  const summaryId = useId();
  const frame = useRef<HTMLDivElement>(null);
  const [showTable, setShowTable] = useState(false);
  const seen = useSeen(frame, deferPlot);
  const [problem, setProblem] = useState<string | null>(null);
  const { t } = useTranslation();

  useEffect(() => {
    // Chromium puts an SVG <g> without a tabindex in the tab order; Recharts draws dozens per
    // chart (each chart took 4 to 16 tab stops). Marked -1 as they appear, the plot is one stop.
    const el = frame.current;
    if (!el) return;
    const unfocus = () => el.querySelectorAll('svg g:not([tabindex])').forEach((g) => g.setAttribute('tabindex', '-1'));
    unfocus();
    const observer = new MutationObserver(unfocus);
    observer.observe(el, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, []);

  // The picture code loads when a chart is first saved (it is not needed to draw one).
  const picture = async () => (frame.current ? (await import('../export/chart-image')).chartSvgDocument(frame.current, title, legend) : null);
  const saveSvg = async () => {
    const doc = await picture();
    if (doc) downloadText(doc.svg, `crossings-${id}.svg`, 'image/svg+xml');
  };
  const savePng = async () => {
    try {
      const doc = await picture();
      if (!doc) return;
      setProblem(null);
      downloadBlob(await (await import('../export/chart-image')).svgToPng(doc.svg, doc.width, doc.height), `crossings-${id}.png`);
    } catch (error) {
      setProblem(t('chart.pngFailed', { reason: error instanceof Error ? error.message : String(error) }));
    }
  };

  return (
    <figure className="chart" data-testid={`chart-${id}`} data-run-id={runId} aria-labelledby={headingId}>
      <div className="chart-head">
        <h3 id={headingId}>{title}</h3>
        {controls}
      </div>
      <figcaption className="chart-description" id={descriptionId}>
        {description}
      </figcaption>
      <ChartLegend items={legend} />
      <div
        className={frameClassName ?? 'chart-frame'}
        ref={frame}
        role="img"
        tabIndex={0}
        aria-labelledby={headingId}
        aria-describedby={summary ? `${descriptionId} ${summaryId}` : descriptionId}
        data-testid={`chart-plot-${id}`}
        data-plot={seen ? 'seen' : 'waiting'}
      >
        <PlotGate seen={seen}>{children}</PlotGate>
      </div>
      {summary && (
        <p className="visually-hidden" id={summaryId} data-testid={`chart-summary-${id}`}>
          {summary}
        </p>
      )}
      {footnote}
      <div className="chart-tools">
        <button type="button" className="link-button" aria-expanded={showTable} onClick={() => setShowTable((v) => !v)}>
          {showTable ? t('chart.hideData') : t('chart.showData')}
        </button>
        <span className="chart-save">
          {t('chart.saveAs')}{' '}
          <button type="button" className="link-button" onClick={() => void saveSvg()} aria-label={t('chart.saveSvg', { title })}>
            SVG
          </button>{' '}
          <button type="button" className="link-button" onClick={() => void savePng()} aria-label={t('chart.savePng', { title })}>
            PNG
          </button>
          {csv && (
            <>
              {' '}
              <button type="button" className="link-button" onClick={() => downloadText(csv(), `crossings-${id}.csv`, 'text/csv')} aria-label={t('chart.saveCsv', { title })}>
                CSV
              </button>
            </>
          )}
        </span>
      </div>
      {problem && (
        <p className="chart-problem" role="alert">
          {problem}
        </p>
      )}
      {showTable && <DataTable caption={title} data={table()} />}
    </figure>
  );
}
