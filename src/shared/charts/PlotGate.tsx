/**
 * Drawing a chart only when the reader gets near it. The explorer's first screen shows the
 * security plane; the five charts under it are a scroll away at every screen size we check
 * (1280×720, 853×480 at 150%, 390×844). Their plots — and the Recharts pieces only they use
 * (lines, areas, bars) — load when the plot comes within a screen of the viewport, or when
 * the page is printed (print-charts.ts), so the first view does not fetch them (issue 15:
 * first-load JavaScript).
 *
 * Only the plot waits: the figure's title, caption, legend, summary for screen readers, data table
 * and tools are there from the start (the table is the full alternative to the plot), and the
 * plot's frame has its fixed CSS height, so nothing moves when the plot arrives.
 */
import { createContext, Suspense, useContext, useEffect, useState, useSyncExternalStore, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { printRequested, subscribePrint } from './print-charts';

/**
 * A screen above and below: the chunk (from the offline cache after a first visit) and the drawing
 * are ready before the plot scrolls in. Half a screen was not enough at 853×480 (a projector at
 * 150%): scrolling fast on a loaded machine showed an empty frame for a moment.
 */
const AHEAD = '100% 0px';

const PlotSeen = createContext(true);

/** Whether `frame` has come near the viewport, or the page is being printed (always true when `defer` is false). Once true, stays true. */
export function useSeen(frame: RefObject<Element | null>, defer: boolean): boolean {
  // No IntersectionObserver (an old browser, a test's DOM): draw at once.
  const [seen, setSeen] = useState(() => !defer || typeof IntersectionObserver === 'undefined');
  const printing = useSyncExternalStore(subscribePrint, printRequested, () => false);
  useEffect(() => {
    const el = frame.current;
    if (seen || printing || !el) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setSeen(true);
    }, { rootMargin: AHEAD });
    observer.observe(el);
    return () => observer.disconnect();
  }, [frame, seen, printing]);
  return seen || printing;
}

/** Tells the plots inside a figure whether to draw yet. */
export function PlotGate({ seen, children }: { readonly seen: boolean; readonly children: ReactNode }) {
  return <PlotSeen.Provider value={seen}>{children}</PlotSeen.Provider>;
}

/**
 * A lazily loaded plot: drawn once its figure has been near the viewport; until then (and while
 * its chunk loads) the frame stays empty at its own size on screen.
 */
export function WhenSeen({ children }: { readonly children: ReactNode }) {
  const seen = useContext(PlotSeen);
  return seen ? <Suspense fallback={<PrintNote />}>{children}</Suspense> : null;
}

/** Shown only on paper, in a frame whose plot was still loading when printing began (print-charts.ts). */
function PrintNote() {
  const { t } = useTranslation();
  return <p className="plot-print-note">{t('chart.printNotReady')}</p>;
}
