/**
 * The page's frame: a header with the view switch and the language menu, the current view (each
 * loaded lazily, so the frame paints before the model's tables, the scenario library and the
 * charts are parsed) and a footer.
 */
import { lazy, Suspense, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from '../shared/ErrorBoundary';
import { loadLaterPart } from '../shared/i18n/i18n';
import { LanguageMenu } from './LanguageMenu';
import { LanguageNotice } from './LanguageNotice';
import { ThemeMenu } from './ThemeMenu';
import { barePage } from './routes';
import { useRoute } from './use-route';
import { ViewNav } from './ViewNav';

/**
 * The views other than the explorer show the built-in scenarios' texts (stories, claims,
 * questions): they arrive with the view (src/shared/scenario-texts.ts). Imported here, not
 * statically, so that the frame's chunk stays without the scenario library.
 */
function withTexts<M>(view: Promise<M>): Promise<M> {
  return Promise.all([view, import('../shared/scenario-texts').then((m) => m.loadScenarioTexts())]).then(([m]) => m);
}

/** The seminar's pages show the session's safety words (common's later part, src/shared/i18n/catalogue-parts.ts). */
function withSessionWords<M>(view: Promise<M>): Promise<M> {
  return Promise.all([view, loadLaterPart('common')]).then(([m]) => m);
}

/** Compare describes each output (the model's later words, src/shared/i18n/catalogue-parts.ts). */
function withModelDocs<M>(view: Promise<M>): Promise<M> {
  return Promise.all([view, loadLaterPart('model')]).then(([m]) => m);
}

// Each feature through its face (index.ts), loaded when first shown.
const ExploreView = lazy(() => import('../features/explore/index').then((m) => ({ default: m.ExploreView })));
const CompareView = lazy(() => withModelDocs(withTexts(import('../features/compare/index'))).then((m) => ({ default: m.CompareView })));
const SeminarView = lazy(() => withSessionWords(withTexts(import('../features/seminar/index'))).then((m) => ({ default: m.SeminarView })));
const RoomTeamView = lazy(() => withSessionWords(withTexts(import('../features/seminar/index'))).then((m) => ({ default: m.RoomTeamPage })));
const RoomWatchView = lazy(() => withSessionWords(withTexts(import('../features/seminar/index'))).then((m) => ({ default: m.RoomWatchPage })));
const LectureView = lazy(() => withTexts(import('../features/lecture/index')).then((m) => ({ default: m.LectureView })));

const VIEW_COMPONENTS = { explore: ExploreView, compare: CompareView, seminar: SeminarView, lecture: LectureView } as const;

function Loading() {
  const { t } = useTranslation();
  return (
    <p className="status loading" role="status" data-testid="run-status" data-status="loading">
      {t('app.loading')}
    </p>
  );
}

const MAIN_ID = 'main-content';

/** The skip link moves focus without following its href: the address's #hash is the app's route. */
function skipToMain(e: MouseEvent<HTMLAnchorElement>): void {
  e.preventDefault();
  document.getElementById(MAIN_ID)?.focus();
}

export default function App() {
  const { t } = useTranslation();
  const { view, rest, hash } = useRoute();
  const View = VIEW_COMPONENTS[view];
  const bare = barePage(hash);
  if (bare)
    return (
      <main className="site-main bare-main" data-view={view} data-bare={bare}>
        <div className="bare-language">
          <LanguageMenu />
        </div>
        <LanguageNotice />
        <ErrorBoundary what={t('app.viewWhat.seminar')} key={bare}>
          <Suspense fallback={<Loading />}>{bare === 'join' ? <RoomTeamView hash={hash} /> : bare === 'watch' ? <RoomWatchView hash={hash} /> : <SeminarView rest={rest} />}</Suspense>
        </ErrorBoundary>
      </main>
    );
  return (
    <>
      <a className="skip-link" href={`#${MAIN_ID}`} onClick={skipToMain} data-testid="skip-link">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <h1>{t('app.name')}</h1>
          <p className="tagline">{t('app.tagline')}</p>
          <ViewNav current={view} />
          <LanguageMenu />
          <ThemeMenu />
        </div>
      </header>
      <main className="site-main" data-view={view} id={MAIN_ID} tabIndex={-1}>
        <LanguageNotice />
        <ErrorBoundary what={t(`app.viewWhat.${view}`)} key={view}>
          <Suspense fallback={<Loading />}>
            <View rest={rest} />
          </Suspense>
        </ErrorBoundary>
      </main>
      <footer className="site-footer">
        <div className="site-footer-inner">{t('app.footer')}</div>
      </footer>
    </>
  );
}
