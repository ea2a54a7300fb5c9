/**
 * The explorer: every lever of the model, live results against the baseline, and the human-
 * versus State-security plane; beside them the loaded scenario — its story, its editable
 * timeline, its claims (checkable live), questions, what it leaves out, its sources — and, for
 * a scenario with recorded figures, the history check. Settings and imported scenarios live in
 * the link and the autosave (use-explorer-settings); the runs happen in Web Workers: two lanes
 * (use-explorer-runs) and a queue for batches (claims, history). Loaded lazily by App.
 */
import { lazy, Suspense, useCallback, useMemo, useRef, useState } from 'react';
import { BUILT_IN_SCENARIOS } from '../../shared/built-in-scenarios';
import { scenarioRoutes } from '../../../scenarios/scenario-run';
import type { RouteId } from '../../../models/index';
import { saveScenario } from './share/save-scenario';
import { ResultStore, useRunQueue } from '../../runner/index';
import { useExplorerRuns } from './use-explorer-runs';
import { DropZone } from './scenario/DropZone';
import { hasHistory } from './scenario/history-data';
import { hasWork, workOf } from './scenario/import-flow';
import { ImportButton } from './scenario/ImportButton';
import { groupScenarios } from './scenario/scenario-groups';
import { ScenarioPanel, type PanelTab } from './scenario/ScenarioPanel';
import { SwitchMessages } from './scenario/SwitchMessages';
import { timelineNote } from './scenario/timeline-note';
import { useClaimsCheck } from './scenario/use-claims-check';
import { useHistoryRuns } from './scenario/use-history-runs';
import { useScenarioSwitch } from './scenario/use-scenario-switch';
import { libraryText } from '../../shared/settings/library-list';
import { buildBaselineInput, buildRunInput, settingsTimeline, timelineLevers } from '../../shared/settings/run-input';
import { referenceOf, referenceScenarioId, type Reference } from '../../shared/settings/reference';
import { spreadSeedsOf } from '../../shared/settings/spread-seeds';
import { defaultSettings, findDefaults, leverValues, startValues, weightsOf } from '../../shared/settings/settings';
import { WeightsPanel } from '../../shared/weights/WeightsPanel';
import { readingName } from '../../shared/weights/reading';
import { WeighedComparison } from './results/WeighedComparison';
import { useWeighedRuns } from './use-weighed-runs';
import { useExplorerSettings } from './state/use-explorer-settings';
import { AdvancedSettings } from './levers/AdvancedSettings';
import { CopyLinkButton } from './share/CopyLinkButton';
import { ErrorBoundary } from '../../shared/ErrorBoundary';
import { noteLeverInput } from './levers/lever-activity';
import { LeverPanel } from './levers/LeverPanel';
import { Results } from './results/Results';
import { ResultTicker } from './results/ResultTicker';
import { ScenarioBar } from './scenario/ScenarioBar';
import { ExplorerStorageNotices } from './ExplorerStorageNotices';
import { SettingsNotices } from './SettingsNotices';
import { SharePanel } from './share/SharePanel';
import { useSettledValue } from './use-settled-value';
import { Invitation } from './invitation/Invitation';
import { experimentMoves, type ExperimentId } from './invitation/experiments';
import { invitationDismissed, rememberDismissal } from './invitation/invitation-memory';
import { PhoneViews, type PhoneView } from './invitation/PhoneViews';
import { browserStorage } from '../../shared/storage/storage-area';
import './invitation/invitation.css';

import './scenario/scenario-panel.css';
import './scenario/timeline.css';
import { useTranslation } from 'react-i18next';
import { useScenarioTitles } from '../../shared/i18n/scenario-content';
import { useContent } from '../../shared/i18n/content';
import { loadLaterPart } from '../../shared/i18n/i18n';

// With the explorer's later words (src/shared/i18n/catalogue-parts.ts), which it shows.
const HistoryCheck = lazy(() => Promise.all([import('./scenario/HistoryCheck'), loadLaterPart('explore')]).then(([m]) => m));
// Shown only in the scenario panel's tabs (a lazy chunk itself): loaded when their tab opens.
const TimelineEditor = lazy(() => import('./scenario/TimelineEditor').then((m) => ({ default: m.TimelineEditor })));
const ClaimsPanel = lazy(() => import('./scenario/ClaimsPanel').then((m) => ({ default: m.ClaimsPanel })));

/** While a lever is dragged: a new run when the hand pauses for 80 ms, or every 200 ms. */
const RUN_SETTLING = { quietMs: 80, maxWaitMs: 200 } as const;
/** Results kept for the view (about 240 whole 120-month runs): moving a lever back costs nothing. */
const STORE_BYTES = 16_000_000;
/** Batches (claims, history) run on a worker of their own, so the two lanes are never held up. */
const BATCH_WORKERS = 1;

export default function Explorer() {
  const { t } = useTranslation('explore');
  const { t: tc } = useTranslation();
  const titles = useScenarioTitles();
  const { settings, library, scenarios, dispatch, loaded, link, query, slots } = useExplorerSettings();
  const ctx = scenarios.context;
  const [noticesOpen, setNoticesOpen] = useState(true);
  const [panelOpen, setPanelOpen] = useState(false);
  const [tab, setTab] = useState<PanelTab>('story');
  const [phoneView, setPhoneView] = useState<PhoneView>('levers');
  // Read once: a dismissal that could not be stored (storage full or forbidden) holds for this visit.
  const [invited, setInvited] = useState(() => !invitationDismissed(browserStorage()));
  const { seed, agents, months } = settings;
  const find = useCallback((id: string) => scenarios.all.find((s) => s.id === id), [scenarios]);
  const scenario = find(settings.scenarioId) ?? BUILT_IN_SCENARIOS[0];
  const imported = library.some((s) => s.id === scenario.id);
  const groups = useMemo(() => groupScenarios(BUILT_IN_SCENARIOS, library), [library]);
  const starts = useMemo(() => startValues(findDefaults(ctx, scenario.id), settings.aims), [ctx, scenario.id, settings.aims]);
  const routes = useMemo(() => scenarioRoutes(scenario), [scenario]);
  const values = useMemo(() => leverValues(ctx, settings), [ctx, settings]);
  const fullTimeline = useMemo(() => settingsTimeline(scenario, { timeline: settings.timeline }), [scenario, settings.timeline]);
  // The levers' "set by the timeline" lines quote the scenario's notes in the interface language.
  const content = useContent();
  const timeline = useMemo(
    () => timelineLevers(fullTimeline.map((c) => (c.note ? { ...c, note: timelineNote(content, imported ? undefined : scenario.id, scenario.timeline, c.note) } : c))),
    [fullTimeline, content, imported, scenario],
  );
  const changed = hasWork(workOf(settings));
  const aimed = useMemo(() => Object.entries(settings.aims ?? {}).map(([key, route]) => ({ key, route, value: settings.overrides[key] })).filter((a) => a.value !== undefined), [settings.aims, settings.overrides]);

  const current = useMemo(() => buildRunInput(scenario, settings), [scenario, settings]);
  // The reference: the status quo (the baseline scenario) or this scenario as loaded, same seed and size.
  const reference = referenceOf(settings);
  const referenceScenario = find(referenceScenarioId(settings)) ?? scenario;
  const baseline = useMemo(
    () => buildBaselineInput(referenceScenario, { scenarioId: referenceScenario.id, overrides: {}, seed, agents, months }),
    [referenceScenario, seed, agents, months],
  );
  const schedule = useMemo(() => ({ levers: current.levers ?? {}, timeline: current.timeline ?? [] }), [current]);
  // During a drag, ask for a run a few times a second rather than at every step (see lever-activity.ts).
  const requested = useSettledValue(current, RUN_SETTLING);
  const [store] = useState(() => new ResultStore(STORE_BYTES));
  const weights = useMemo(() => weightsOf(ctx, settings), [ctx, settings]);
  const spreadSeeds = spreadSeedsOf(settings);
  const runs = useWeighedRuns(useExplorerRuns(requested, baseline, store, spreadSeeds), weights);
  const queue = useRunQueue({ workers: BATCH_WORKERS, store });
  const history = useHistoryRuns(queue, scenario, settings, changed);
  const claimsCheck = useClaimsCheck(queue, scenario, find, settings);

  const onLoaded = useCallback(() => {
    setPanelOpen(true);
    setTab('story');
    setPhoneView('story');
  }, []);
  const switcher = useScenarioSwitch({ settings, find, dispatch, onLoaded });
  const select = useRef<HTMLSelectElement>(null);
  /** After the question about the user's work is answered, focus returns to the scenario list. */
  const answer = (choice: () => void) => () => {
    choice();
    select.current?.focus();
  };

  const setLever = useCallback(
    (key: string, value: number) => {
      noteLeverInput();
      dispatch({ type: 'setLever', key, value });
    },
    [dispatch],
  );
  const resetLever = useCallback((key: string) => dispatch({ type: 'resetLever', key }), [dispatch]);
  const resetAll = useCallback(() => dispatch({ type: 'resetLevers' }), [dispatch]);
  const setReference = useCallback((r: Reference) => dispatch({ type: 'setReference', reference: r }), [dispatch]);
  const setWeights = useCallback((w: typeof weights) => dispatch({ type: 'setWeights', weights: w }), [dispatch]);
  const aimLever = useCallback((key: string, route: RouteId | undefined) => dispatch({ type: 'aimLever', key, route }), [dispatch]);
  const tryExperiment = useCallback(
    (id: ExperimentId) => {
      for (const move of experimentMoves(id)) dispatch(move);
    },
    [dispatch],
  );
  const dismissInvitation = useCallback(() => {
    rememberDismissal(browserStorage());
    setInvited(false);
    // The strip's buttons are gone: the keyboard carries on from the first lever.
    document.querySelector<HTMLElement>('.lever-panel input')?.focus();
  }, []);
  const showPhoneView = useCallback((view: PhoneView) => {
    setPhoneView(view);
    if (view === 'story') setPanelOpen(true);
  }, []);
  const startFresh = () => {
    slots.settings.clear();
    // The seeds of the headline stay: they suit the machine (a slow laptop, a phone), not the scenario.
    const fresh = defaultSettings(ctx);
    dispatch({ type: 'replace', settings: settings.spreadSeeds === undefined ? fresh : { ...fresh, spreadSeeds: settings.spreadSeeds } });
    setNoticesOpen(false);
  };
  const saveScenarioFile = () => void saveScenario(scenario, settings);

  const timelineEditor = () => (
    <TimelineEditor
      key={scenario.id}
      scenarioId={imported ? undefined : scenario.id}
      scenarioTimeline={scenario.timeline}
      edited={settings.timeline}
      overrides={settings.overrides}
      runMonths={months}
      values={values}
      onAdd={(change) => dispatch({ type: 'addChange', change })}
      onUpdate={(index, change) => dispatch({ type: 'updateChange', index, change })}
      onRemove={(index) => dispatch({ type: 'removeChange', index })}
      onReset={() => dispatch({ type: 'resetTimeline' })}
      onResetLever={resetLever}
    />
  );
  const claims = () => <ClaimsPanel scenario={scenario} find={find} settings={settings} hasChanges={changed} check={claimsCheck.check} run={claimsCheck.run} />;
  const historyCheck = hasHistory(scenario) ? (
    <ErrorBoundary what={t('history.what')}>
      <Suspense fallback={<div className="chart-placeholder">{t('history.preparing')}</div>}>
        <HistoryCheck scenarioId={scenario.id} history={history} />
      </Suspense>
    </ErrorBoundary>
  ) : null;

  return (
    <div className="explorer-grid" data-phone-view={phoneView}>
      <DropZone onFile={switcher.importFile} />
      {/* Before the levers in the page's order, so the keyboard reaches the scenario list within a few stops (the grid still shows it above the results). */}
      <ScenarioBar
        scenario={scenario}
        groups={groups}
        onChoose={switcher.choose}
        selectRef={select}
        actions={
          <>
            <ImportButton onFile={switcher.importFile} />
            <CopyLinkButton link={link} />
          </>
        }
      />
      {/* Narrow screens only (CSS); after the scenario bar, so on a wide screen it adds no tab stop. */}
      <PhoneViews view={phoneView} onView={showPhoneView} />
      <aside className="levers-column" aria-label={t('levers.columnLabel')}>
        <LeverPanel values={values} starts={starts} overrides={settings.overrides} timeline={timeline} onChange={setLever} onReset={resetLever} onResetAll={resetAll} routes={routes} aims={settings.aims} onAim={aimLever} />
        <AdvancedSettings size={{ seed, agents, months, spreadSeeds }} onApply={(size) => dispatch({ type: 'setRunSize', ...size })} />
        <ResultTicker summary={runs.current.shown?.result.summary ?? null} baseline={runs.baseline.shown?.result.summary ?? null} />
      </aside>
      <div className="results-column">
        {/* After the levers in the page's order, so the keyboard still meets the headline levers within a few stops. */}
        {invited && <Invitation values={values} overrides={settings.overrides} onTry={tryExperiment} onDismiss={dismissInvitation} />}
        <SwitchMessages
          flow={switcher.flow}
          settings={settings}
          currentTitle={titles(scenario)}
          onConfirm={answer(switcher.confirm)}
          onCancel={answer(switcher.cancel)}
          onDismiss={switcher.dismiss}
          onSaveFirst={saveScenarioFile}
        />
        <ExplorerStorageNotices slots={slots} query={query} libraryText={libraryText(library)} />
        {noticesOpen && <SettingsNotices source={loaded.source} notices={loaded.notices} onDismiss={() => setNoticesOpen(false)} onStartFresh={startFresh} />}
        <ScenarioPanel
          scenario={scenario}
          imported={imported}
          open={panelOpen}
          onToggle={() => setPanelOpen((o) => !o)}
          tab={tab}
          onTab={setTab}
          timelineCount={fullTimeline.length}
          timelineEdited={settings.timeline !== undefined}
          timeline={timelineEditor}
          claims={claims}
        />
        <Results
          runs={runs}
          waiting={requested !== current}
          calibration={scenario.calibration}
          schedule={schedule}
          between={historyCheck}
          aimed={aimed}
          reading={readingName(weights)}
          reference={reference}
          onReference={setReference}
          belowPlane={
            <>
              <WeightsPanel weights={weights} onChange={setWeights} keptNote />
              <WeighedComparison current={runs.current.shown?.result.summary} baseline={runs.baseline.shown?.result.summary} weights={weights} referenceName={tc(`reference.name.${reference}`)} />
            </>
          }
        />
        <SharePanel scenario={scenario} settings={settings} result={runs.current.shown?.result ?? null} />
      </div>
    </div>
  );
}
