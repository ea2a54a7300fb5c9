/**
 * Printing charts whose plot has not been drawn yet (PlotGate.tsx: a plot below the first screen
 * loads when the reader scrolls near it). What Chromium does when printing, measured with
 * page.pdf(): the `beforeprint` handlers run, then microtasks, then the page is laid out for
 * print — a chunk fetched or a render scheduled after that comes too late for the printout. So:
 *
 * - Ctrl+P / ⌘P (the usual way to print) is taken over while some plot is still waiting: every
 *   gate opens, the plots load and draw, and then the browser's print starts (window.print).
 * - `beforeprint` (the browser's menu, or a print started elsewhere) opens every gate at once,
 *   synchronously (flushSync). A plot whose code is not loaded yet prints a short note in its frame
 *   (WhenSeen's fallback, print-only) saying to print again — by then it is drawn.
 */
import { flushSync } from 'react-dom';

const listeners = new Set<() => void>();
let requested = false;

/** Whether printing has asked every plot to draw. */
export function printRequested(): boolean {
  return requested;
}

export function subscribePrint(listener: () => void): () => void {
  listeners.add(listener);
  installListeners();
  return () => listeners.delete(listener);
}

function openEveryGate(): void {
  if (requested) return;
  requested = true;
  for (const l of listeners) l();
}

/** Longest wait for the plots before printing anyway (a chunk that cannot load, offline and uncached). */
const MAX_WAIT_MS = 5000;
const POLL_MS = 50;

/** Every chart frame on the page holds its drawn plot (an SVG). */
function everyPlotDrawn(): boolean {
  return [...document.querySelectorAll('[data-plot]')].every((frame) => frame.getAttribute('data-plot') === 'seen' && frame.querySelector('svg') !== null);
}

async function drawThenPrint(): Promise<void> {
  flushSync(openEveryGate);
  const start = performance.now();
  while (!everyPlotDrawn() && performance.now() - start < MAX_WAIT_MS) await new Promise((r) => setTimeout(r, POLL_MS));
  // Two frames: the last plot drawn is painted.
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  window.print();
}

let installed = false;

function installListeners(): void {
  if (installed || typeof window === 'undefined') return;
  installed = true;
  window.addEventListener('beforeprint', () => flushSync(openEveryGate));
  window.addEventListener('keydown', (event) => {
    const print = (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'p';
    if (!print || everyPlotDrawn()) return;
    event.preventDefault();
    void drawThenPrint();
  });
}
