/**
 * The frame every chart shares: a title, one line on what it shows, the legend, the plot, and
 * tools to see the data as a table or save the chart as SVG or PNG. The table is built only when
 * opened. `runId` (the run the chart shows) is written to the figure, so tests and benchmarks
 * can tell when a chart has caught up with the levers; charts of other runs (the history check's
 * seeds) have none.
 */
import { useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { chartSvgDocument, svgToPng, type ImageLegendItem } from '../export/chart-image';
import { downloadBlob, downloadText } from '../export/download';
import { ChartLegend } from './ChartLegend';
import { DataTable, type TableData } from './DataTable';

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
  readonly children: ReactNode;
}

export function ChartFigure({ id, title, description, legend, table, runId, controls, frameClassName, csv, footnote, children }: ChartFigureProps) {
  const headingId = useId();
  const frame = useRef<HTMLDivElement>(null);
  const [showTable, setShowTable] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const { t } = useTranslation();

  const picture = () => (frame.current ? chartSvgDocument(frame.current, title, legend) : null);
  const saveSvg = () => {
    const doc = picture();
    if (doc) downloadText(doc.svg, `crossings-${id}.svg`, 'image/svg+xml');
  };
  const savePng = async () => {
    const doc = picture();
    if (!doc) return;
    try {
      setProblem(null);
      downloadBlob(await svgToPng(doc.svg, doc.width, doc.height), `crossings-${id}.png`);
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
      <figcaption className="chart-description">{description}</figcaption>
      <ChartLegend items={legend} />
      <div className={frameClassName ?? 'chart-frame'} ref={frame}>
        {children}
      </div>
      {footnote}
      <div className="chart-tools">
        <button type="button" className="link-button" aria-expanded={showTable} onClick={() => setShowTable((v) => !v)}>
          {showTable ? t('chart.hideData') : t('chart.showData')}
        </button>
        <span className="chart-save">
          {t('chart.saveAs')}{' '}
          <button type="button" className="link-button" onClick={saveSvg} aria-label={t('chart.saveSvg', { title })}>
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
