/**
 * A chart as a picture file. The chart's own SVG (drawn by Recharts) is copied into a larger SVG
 * that also carries the chart's title and legend (which live in HTML on the page), on a white
 * background. PNG comes from drawing that SVG on a canvas at twice the size. No library, and no
 * request: the image is built from a Blob inside the browser. Loaded when a chart is saved (the
 * legends on the page draw their keys with legend-key.ts alone).
 */
import { i18n } from '../i18n/i18n';
export { escapeXml, legendKeyMarkup, type ImageLegendItem } from './legend-key';
import { escapeXml, legendKeyMarkup, type ImageLegendItem } from './legend-key';

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif";
const PAD = 16;
const TITLE_SIZE = 16;
const LEGEND_SIZE = 13;
const LEGEND_ROW = 20;
/** Rough width of a character at the legend's size, to wrap legend entries. */
const CHAR_WIDTH = 7;
const KEY_WIDTH = 28;

function legendMarkup(items: readonly ImageLegendItem[], width: number, top: number): { markup: string; height: number } {
  let x = PAD;
  let y = top;
  const parts: string[] = [];
  for (const item of items) {
    const itemWidth = KEY_WIDTH + 6 + item.label.length * CHAR_WIDTH + 18;
    if (x > PAD && x + itemWidth > width - PAD) {
      x = PAD;
      y += LEGEND_ROW;
    }
    const mid = y + LEGEND_ROW / 2;
    parts.push(
      legendKeyMarkup(item, x, mid - 6),
      `<text x="${x + KEY_WIDTH + 6}" y="${mid + 4.5}" font-size="${LEGEND_SIZE}" fill="#1a1a1a">${escapeXml(item.label)}</text>`,
    );
    x += itemWidth;
  }
  return { markup: parts.join(''), height: items.length ? y - top + LEGEND_ROW : 0 };
}

/**
 * A standalone SVG document: title, legend, then every chart drawn inside `frame` (one, or a
 * grid of small ones) at its place on the page, with the frame's elements marked
 * `data-export-label` (small headings) as text.
 */
export function chartSvgDocument(frame: HTMLElement, title: string, legend: readonly ImageLegendItem[]): { svg: string; width: number; height: number } {
  const box = frame.getBoundingClientRect();
  const frameWidth = Math.max(1, Math.round(box.width));
  const frameHeight = Math.max(1, Math.round(box.height));
  const width = frameWidth + 2 * PAD;
  const titleBottom = PAD + TITLE_SIZE + 4;
  const { markup, height: legendHeight } = legendMarkup(legend, width, titleBottom + 6);
  const top = titleBottom + 6 + legendHeight + 8;
  const height = top + frameHeight + PAD;

  const pieces: string[] = [];
  const serializer = new XMLSerializer();
  frame.querySelectorAll<SVGSVGElement>('svg.recharts-surface').forEach((chart) => {
    const r = chart.getBoundingClientRect();
    const copy = chart.cloneNode(true) as SVGSVGElement;
    copy.setAttribute('x', String(Math.round(PAD + r.left - box.left)));
    copy.setAttribute('y', String(Math.round(top + r.top - box.top)));
    copy.setAttribute('width', String(Math.round(r.width)));
    copy.setAttribute('height', String(Math.round(r.height)));
    copy.removeAttribute('style');
    copy.removeAttribute('class');
    pieces.push(serializer.serializeToString(copy));
  });
  frame.querySelectorAll<HTMLElement>('[data-export-label]').forEach((el) => {
    const r = el.getBoundingClientRect();
    const x = Math.round(PAD + r.left - box.left);
    const y = Math.round(top + r.bottom - box.top - 5);
    pieces.push(`<text x="${x}" y="${y}" font-size="${LEGEND_SIZE}" font-weight="600" fill="#1a1a1a">${escapeXml(el.textContent ?? '')}</text>`);
  });

  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT)}">` +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    `<text x="${PAD}" y="${PAD + TITLE_SIZE - 2}" font-size="${TITLE_SIZE}" font-weight="700" fill="#1a1a1a">${escapeXml(title)}</text>` +
    markup +
    pieces.join('') +
    `</svg>`;
  return { svg, width, height };
}

/** Draw an SVG document on a canvas and return it as a PNG. */
export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error(i18n.t('common:chart.noCanvas'));
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error(i18n.t('common:chart.noPicture')))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
