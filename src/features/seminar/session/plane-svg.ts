/**
 * The session's path on the human- versus State-security plane as a standalone SVG string, for
 * the debrief download (a self-contained file: no script, no chart library). The page itself
 * draws the same path with Recharts; this is the printable copy. Colours as in the app's charts.
 * Its words are in the interface language; it is laid out left to right in every language
 * (`direction="ltr"`, so an Arabic debrief page does not turn its text anchors around).
 */
import type { PathPoint } from './debrief';
import { escapeXml } from '../../../shared/export/chart-image';
import { i18n } from '../../../shared/i18n/i18n';

const SIZE = 420;
const PAD = { left: 56, right: 16, top: 16, bottom: 48 };
const PLOT = SIZE - PAD.left - PAD.right;
const PLOT_H = SIZE - PAD.top - PAD.bottom;
const SESSION_COLOUR = '#0072B2';
const BAU_COLOUR = '#6e6e6e';

const px = (x: number) => PAD.left + (Math.min(100, Math.max(0, x)) / 100) * PLOT;
const py = (y: number) => PAD.top + (1 - Math.min(100, Math.max(0, y)) / 100) * PLOT_H;
const f = (v: number) => v.toFixed(1);

function polyline(points: readonly PathPoint[], colour: string, dash: string): string {
  if (points.length < 2) return '';
  const d = points.map((p) => `${f(px(p.x))},${f(py(p.y))}`).join(' ');
  return `<polyline points="${d}" fill="none" stroke="${colour}" stroke-width="2"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`;
}

export function planeSvg(path: readonly PathPoint[], businessAsUsual: readonly PathPoint[]): string {
  const word = (key: string, options?: Record<string, unknown>) => escapeXml(i18n.t(key, options));
  const grid = [0, 25, 50, 75, 100]
    .map((t) => {
      const stroke = t === 50 ? '#9a9a9a' : '#e2e2e2';
      return (
        `<line x1="${f(px(t))}" y1="${PAD.top}" x2="${f(px(t))}" y2="${PAD.top + PLOT_H}" stroke="${stroke}"/>` +
        `<line x1="${PAD.left}" y1="${f(py(t))}" x2="${PAD.left + PLOT}" y2="${f(py(t))}" stroke="${stroke}"/>` +
        `<text x="${f(px(t))}" y="${PAD.top + PLOT_H + 16}" text-anchor="middle" font-size="12" fill="#404040">${t}</text>` +
        `<text x="${PAD.left - 8}" y="${f(py(t) + 4)}" text-anchor="end" font-size="12" fill="#404040">${t}</text>`
      );
    })
    .join('');
  const points = path
    .map(
      (p) =>
        `<circle cx="${f(px(p.x))}" cy="${f(py(p.y))}" r="5" fill="${SESSION_COLOUR}" stroke="#ffffff" stroke-width="1.5"/>` +
        `<text x="${f(px(p.x) + 8)}" y="${f(py(p.y) - 8)}" font-size="13" font-weight="700" fill="${SESSION_COLOUR}">${word('seminar:plane.roundShort', { n: p.round })}</text>`,
    )
    .join('');
  const bauPoints = businessAsUsual.map((p) => `<circle cx="${f(px(p.x))}" cy="${f(py(p.y))}" r="3" fill="${BAU_COLOUR}"/>`).join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${SIZE} ${SIZE}" width="${SIZE}" height="${SIZE}" role="img" direction="ltr" aria-label="${word('seminar:plane.title')}">`,
    `<rect width="${SIZE}" height="${SIZE}" fill="#ffffff"/>`,
    grid,
    `<text x="${PAD.left + PLOT / 2}" y="${SIZE - 10}" text-anchor="middle" font-size="13" fill="#262626">${word('common:plane.xAxis', { arrow: '→' })}</text>`,
    `<text transform="translate(16 ${PAD.top + PLOT_H / 2}) rotate(-90)" text-anchor="middle" font-size="13" fill="#262626">${word('common:plane.yAxis', { arrow: '→' })}</text>`,
    polyline(businessAsUsual, BAU_COLOUR, '5 4'),
    bauPoints,
    polyline(path, SESSION_COLOUR, ''),
    points,
    '</svg>',
  ].join('');
}
