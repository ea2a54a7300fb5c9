/**
 * The compare view: two to six policy mixes side by side, each run over many seeds in a pool of
 * Web Workers, with medians, bands and paired differences from a reference; and, in a second
 * tab, sensitivity analyses around one mix. The setup lives in the address and the autosave
 * (use-compare-setup); runs go through the pool and the session's run store (use-pool-runs), so
 * results already computed this session appear at once.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { CompareNotices } from './CompareNotices';
import { CompareStorageNotice } from './CompareStorageNotice';
import { CompareResults } from './CompareResults';
import { buildComparison, firstSeedsOf, planComparison, seedsDoneFromFirst, type Comparison, type ComparisonPlan } from './ensembles';
import { MixPanel } from './MixPanel';
import { PoolStatus } from './PoolStatus';
import { SensitivityPanel, type AnalysisResults } from './SensitivityPanel';
import type { CompareTab } from './setup';
import { useCompareSetup } from './use-compare-setup';
import { usePoolRuns } from './use-pool-runs';
import { reweighComparison } from './reweigh';
import { runCacheKey } from '../../../models/index';
import type { CompactRun, ResultStore } from '../../runner/index';
import './compare.css';
import { useTranslation } from 'react-i18next';

/** Where the view's layout turns to one column (compare.css). */
const ONE_COLUMN = '(max-width: 900px)';

/** Each tab's name is the catalogue's `view.tabs.<id>`. */
const TABS: readonly { id: CompareTab }[] = [{ id: 'mixes' }, { id: 'sensitivity' }];

/** The plan's comparison if every run is in the store already (a revisit), else null. */
function fromStore(plan: ComparisonPlan, store: ResultStore): Comparison | null {
  if (plan.mixes.length === 0) return null;
  const runs: CompactRun[] = [];
  for (const task of plan.tasks) {
    const run = store.get(runCacheKey(task.input), 'months');
    if (!run) return null;
    runs.push(run);
  }
  return buildComparison(plan, runs);
}

/** Fewest seeds shown while a comparison is still running (one seed has no spread to show). */
const PARTIAL_MIN_SEEDS = 2;

/** A number for each comparison shown, written to the page so tests can tell a new one. */
const ids = new WeakMap<Comparison, number>();
let nextId = 1;
function idOf(c: Comparison): number {
  let id = ids.get(c);
  if (id === undefined) {
    id = nextId++;
    ids.set(c, id);
  }
  return id;
}

export default function CompareView() {
  const { t } = useTranslation('compare');
  const { setup, dispatch, notices, dismissNotices, message, setMessage, storage } = useCompareSetup();
  const pool = usePoolRuns();
  const { mixes, seeds, firstSeed, agents, months } = setup;
  const plan = useMemo(() => planComparison({ mixes, seeds, firstSeed, agents, months }), [mixes, seeds, firstSeed, agents, months]);
  const [computed, setComputed] = useState<Comparison | null>(null);
  const [storeVersion, setStoreVersion] = useState(0);
  const stored = useMemo(() => {
    void storeVersion; // new runs in the store: look again
    return computed?.key === plan.key ? computed : fromStore(plan, pool.store);
  }, [plan, pool.store, storeVersion, computed]);
  // While the comparison runs, the results of the seeds finished so far (issue 16: streamed).
  const running = pool.state.running === 'compare';
  const progress = pool.state.done;
  // How many seeds every mix has finished, counted from the first, rounded down to a power of two:
  // drawing the results takes the page's thread from the workers (two cores are shared by the page
  // and its workers), so they are redrawn only when the seeds shown double (2, 4, 8, 16 of 20).
  // Each task's cache key, once per plan (not at every progress report).
  const taskKeys = useMemo(() => new Map(plan.tasks.map((task) => [task, runCacheKey(task.input)])), [plan]);
  const seedsShown = useMemo(() => {
    void progress; // more runs finished: look again
    const done = running ? seedsDoneFromFirst(plan, (task) => pool.store.get(taskKeys.get(task) ?? runCacheKey(task.input), 'months') !== undefined) : 0;
    // All done: the whole comparison shows, not a part of it.
    return done < PARTIAL_MIN_SEEDS || done >= plan.seeds.length ? 0 : 2 ** Math.floor(Math.log2(done));
  }, [running, progress, plan, pool.store, taskKeys]);
  const partial = useMemo(
    () => (seedsShown >= PARTIAL_MIN_SEEDS && seedsShown < plan.seeds.length ? fromStore(firstSeedsOf(plan, seedsShown), pool.store) : null),
    [seedsShown, plan, pool.store],
  );
  const shown = partial ?? stored ?? computed;
  // The indices read with the set-up's weights (no new run): table, plane, bands and CSV alike.
  const weights = setup.weights;
  const weighed = useMemo(() => (shown && weights ? reweighComparison(shown, weights) : shown), [shown, weights]);
  const [analyses, setAnalyses] = useState<AnalysisResults>({ sweep: null, grid: null, tornado: null });
  const onResult = useCallback(<K extends keyof AnalysisResults>(kind: K, result: NonNullable<AnalysisResults[K]>) => setAnalyses((a) => ({ ...a, [kind]: result })), []);

  // In the one-column layout the results are below the mixes: bring new ones into view.
  const resultsRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (computed && window.matchMedia(ONE_COLUMN).matches) resultsRef.current?.scrollIntoView({ block: 'start' });
  }, [computed]);

  const runComparison = () =>
    pool.start('compare', plan.tasks, (outcome) => {
      setComputed(buildComparison(plan, outcome.runs));
      setStoreVersion((v) => v + 1);
    });

  const chooseTab = (tab: CompareTab) => dispatch({ type: 'setTab', tab });
  const onTabKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    const at = TABS.findIndex((tab) => tab.id === setup.tab);
    // Arrows follow the reading direction: in a right-to-left page the next tab is on the left.
    const forward = getComputedStyle(event.currentTarget).direction === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    const back = forward === 'ArrowLeft' ? 'ArrowRight' : 'ArrowLeft';
    const step = event.key === forward ? 1 : event.key === back ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = TABS[(at + step + TABS.length) % TABS.length].id;
    chooseTab(next);
    document.getElementById(`compare-tab-${next}`)?.focus();
  };

  const status = <PoolStatus state={pool.state} onCancel={pool.cancel} />;
  return (
    <div className="compare-view">
      <div className="compare-head">
        <h2>{t('view.title')}</h2>
        <p className="compare-intro">{t('view.intro')}</p>
      </div>
      <CompareStorageNotice storage={storage} />
      <CompareNotices
        notices={notices}
        message={message}
        onDismiss={() => {
          dismissNotices();
          setMessage(null);
        }}
      />
      <div className="compare-tabs" role="tablist" aria-label={t('view.tabsLabel')}>
        {TABS.map((tab) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={`compare-tab-${tab.id}`}
            aria-selected={setup.tab === tab.id}
            aria-controls={`compare-panel-${tab.id}`}
            tabIndex={setup.tab === tab.id ? 0 : -1}
            onClick={() => chooseTab(tab.id)}
            onKeyDown={onTabKey}
            data-testid={`tab-${tab.id}`}
          >
            {t(`view.tabs.${tab.id}`)}
          </button>
        ))}
      </div>
      <div className={pool.state.running ? 'compare-status-bar running' : 'compare-status-bar'}>{status}</div>
      {setup.tab === 'mixes' ? (
        <div role="tabpanel" id="compare-panel-mixes" aria-labelledby="compare-tab-mixes" className="compare-grid">
          <MixPanel setup={setup} mixes={plan.mixes} dispatch={dispatch} busy={pool.state.running !== null} onRun={runComparison} />
          {shown && weighed ? (
            <div ref={resultsRef} className="results-anchor">
              <CompareResults
                comparison={weighed}
                stale={!partial && shown.key !== plan.key}
                partial={partial ? { done: partial.seeds.length, of: plan.seeds.length } : undefined}
                setup={setup}
                dispatch={dispatch}
                runId={idOf(shown)}
              />
            </div>
          ) : (
            <div className="compare-empty" data-testid="compare-results" data-run-id={0}>
              <p>{t('view.empty')}</p>
            </div>
          )}
        </div>
      ) : (
        <div role="tabpanel" id="compare-panel-sensitivity" aria-labelledby="compare-tab-sensitivity">
          <SensitivityPanel setup={setup} mixes={plan.mixes} dispatch={dispatch} pool={pool} results={analyses} onResult={onResult} />
        </div>
      )}
    </div>
  );
}
