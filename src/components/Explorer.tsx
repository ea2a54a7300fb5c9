/**
 * The explorer: every lever of the model, live results against the baseline, and the human-
 * versus State-security plane. Settings live in the link and the autosave (use-explorer-
 * settings); the runs happen in two Web Workers (use-explorer-runs). Loaded lazily by App, so the
 * page's frame appears before the model's tables and the scenario library are parsed.
 */
import { useCallback, useMemo, useState } from 'react';
import { BUILT_IN_SCENARIOS, findScenario } from '../../scenarios/index';
import { useExplorerRuns } from '../runner/use-explorer-runs';
import { clearAutosave } from '../state/autosave';
import { SETTINGS_CONTEXT } from '../state/context';
import { buildBaselineInput, buildRunInput, runKey, timelineLevers } from '../state/run-input';
import { defaultSettings, findDefaults, leverValues } from '../state/settings';
import { useExplorerSettings } from '../state/use-explorer-settings';
import { AdvancedSettings } from './AdvancedSettings';
import { CopyLinkButton } from './CopyLinkButton';
import { noteLeverInput } from './lever-activity';
import { LeverPanel } from './LeverPanel';
import { Results } from './Results';
import { ResultTicker } from './ResultTicker';
import { ScenarioBar } from './ScenarioBar';
import { SettingsNotices } from './SettingsNotices';
import { SharePanel } from './SharePanel';
import { useSettledValue } from './use-settled-value';

/** While a lever is dragged: a new run when the hand pauses for 80 ms, or every 200 ms. */
const RUN_SETTLING = { quietMs: 80, maxWaitMs: 200 } as const;

export default function Explorer() {
  const { settings, dispatch, loaded, link } = useExplorerSettings();
  const [noticesOpen, setNoticesOpen] = useState(true);
  const { seed, agents, months } = settings;
  const scenario = findScenario(settings.scenarioId) ?? BUILT_IN_SCENARIOS[0];
  const starts = findDefaults(SETTINGS_CONTEXT, scenario.id).startLevers;
  const values = useMemo(() => leverValues(SETTINGS_CONTEXT, settings), [settings]);
  const timeline = useMemo(() => timelineLevers(scenario), [scenario]);

  const current = useMemo(() => {
    const input = buildRunInput(scenario, settings);
    return { key: runKey(input), input };
  }, [scenario, settings]);
  const baseline = useMemo(() => {
    const input = buildBaselineInput(scenario, { scenarioId: scenario.id, overrides: {}, seed, agents, months });
    return { key: runKey(input), input };
  }, [scenario, seed, agents, months]);
  // During a drag, ask for a run a few times a second rather than at every step (see lever-activity.ts).
  const requested = useSettledValue(current, RUN_SETTLING);
  const runs = useExplorerRuns(requested, baseline);

  const setLever = useCallback(
    (key: string, value: number) => {
      noteLeverInput();
      dispatch({ type: 'setLever', key, value });
    },
    [dispatch],
  );
  const resetLever = useCallback((key: string) => dispatch({ type: 'resetLever', key }), [dispatch]);
  const resetAll = useCallback(() => dispatch({ type: 'resetLevers' }), [dispatch]);
  const startFresh = () => {
    clearAutosave();
    dispatch({ type: 'replace', settings: defaultSettings(SETTINGS_CONTEXT) });
    setNoticesOpen(false);
  };

  return (
    <div className="explorer-grid">
      <aside className="levers-column" aria-label="Levers and run settings">
        <LeverPanel values={values} starts={starts} overrides={settings.overrides} timeline={timeline} onChange={setLever} onReset={resetLever} onResetAll={resetAll} />
        <AdvancedSettings size={{ seed, agents, months }} onApply={(size) => dispatch({ type: 'setRunSize', ...size })} />
        <ResultTicker summary={runs.current.shown?.result.summary ?? null} baseline={runs.baseline.shown?.result.summary ?? null} />
      </aside>
      <div className="results-column">
        <ScenarioBar scenario={scenario} onChoose={(id) => dispatch({ type: 'setScenario', scenarioId: id })} actions={<CopyLinkButton link={link} />} />
        {noticesOpen && <SettingsNotices source={loaded.source} notices={loaded.notices} onDismiss={() => setNoticesOpen(false)} onStartFresh={startFresh} />}
        <Results runs={runs} waiting={requested !== current} calibration={scenario.calibration} />
        <SharePanel scenario={scenario} settings={settings} result={runs.current.shown?.result ?? null} />
      </div>
    </div>
  );
}
