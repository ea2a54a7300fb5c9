/**
 * Everything about the loaded scenario beside the results: its story, its timeline (editable),
 * its claims (checkable live), questions for discussion, what it leaves out, and its sources —
 * one tab each. The panel folds away to a single line; it opens whenever a scenario is chosen
 * or imported, and starts folded so that the results come first on a small screen. Folded, it
 * needs only the scenario's title: the tabs and the texts they show load when it first opens
 * (ScenarioPanelTabs and the built-in scenarios' texts, chunks of their own; see
 * src/shared/scenario-texts.ts).
 */
import { lazy, Suspense, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ContentText } from '../../../shared/i18n/ContentText';
import { useScenarioContent } from '../../../shared/i18n/scenario-content';
import { loadScenarioTexts } from '../../../shared/scenario-texts';
import { loadLaterPart } from '../../../shared/i18n/i18n';
import type { ScenarioPanelTabsProps } from './ScenarioPanelTabs';

// The tabs show the built-in scenarios' texts and the explorer's later words (catalogue-parts.ts),
// chunks of their own too: all arrive before the tabs draw.
const loadTabs = () => Promise.all([import('./ScenarioPanelTabs'), loadScenarioTexts(), loadLaterPart('explore')]).then(([m]) => m);
const ScenarioPanelTabs = lazy(loadTabs);
const preloadTabs = () => void loadTabs();

export type PanelTab = 'story' | 'timeline' | 'claims' | 'questions' | 'leaves-out' | 'sources';

/** The tabs' props (ScenarioPanelTabs), but the title, which the panel reads, and its folding. */
interface ScenarioPanelProps extends Omit<ScenarioPanelTabsProps, 'title'> {
  readonly open: boolean;
  readonly onToggle: () => void;
}

export function ScenarioPanel(props: ScenarioPanelProps) {
  const { open, onToggle, ...tabs } = props;
  const { scenario, imported } = tabs;
  const { t } = useTranslation('explore');
  const text = useScenarioContent(scenario);
  const titleId = useId();
  const bodyId = useId();

  return (
    <section className={open ? 'scenario-panel open' : 'scenario-panel'} aria-labelledby={titleId} data-testid="scenario-panel">
      <div className="scenario-panel-head">
        <h2 id={titleId}>
          <span className="scenario-panel-kind">{imported ? t('panel.yourScenario') : t(`common:scenarioKinds.${scenario.kind}`)}: </span>
          <ContentText shown={text.title} />
        </h2>
        <button type="button" className="small-button scenario-panel-toggle" aria-expanded={open} aria-controls={bodyId} onClick={onToggle} onPointerEnter={preloadTabs} onFocus={preloadTabs} data-testid="scenario-panel-toggle">
          {open ? t('panel.fold') : t('panel.open')}
        </button>
      </div>
      <div id={bodyId} hidden={!open}>
        {open && (
          // The chunk is usually here before the click (asked for on hover or focus of the toggle).
          <Suspense fallback={null}>
            <ScenarioPanelTabs {...tabs} title={text.title.text} />
          </Suspense>
        )}
      </div>
    </section>
  );
}
