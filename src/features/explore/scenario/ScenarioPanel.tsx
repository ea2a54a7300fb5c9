/**
 * Everything about the loaded scenario beside the results: its story, its timeline (editable),
 * its claims (checkable live), questions for discussion, what it leaves out, and its sources —
 * one tab each. The panel folds away to a single line; it opens whenever a scenario is chosen
 * or imported, and starts folded so that the results come first on a small screen.
 */
import { useId, type ReactNode } from 'react';
import type { Scenario } from '../../../../scenarios/format';
import { ScenarioLeavesOut, ScenarioQuestions, ScenarioSources, ScenarioStory } from './ScenarioTexts';
import { Tabs } from './Tabs';
import { useTranslation } from 'react-i18next';
import { ContentText } from '../../../shared/i18n/ContentText';
import { useScenarioContent } from '../../../shared/i18n/scenario-content';

export type PanelTab = 'story' | 'timeline' | 'claims' | 'questions' | 'leaves-out' | 'sources';

interface ScenarioPanelProps {
  readonly scenario: Scenario;
  readonly imported: boolean;
  readonly open: boolean;
  readonly onToggle: () => void;
  readonly tab: PanelTab;
  readonly onTab: (tab: PanelTab) => void;
  /** Number of changes in the timeline the run uses. */
  readonly timelineCount: number;
  readonly timelineEdited: boolean;
  readonly timeline: () => ReactNode;
  readonly claims: () => ReactNode;
}

function Count({ n }: { readonly n: number }) {
  return <span className="tab-count"> ({n})</span>;
}

export function ScenarioPanel(props: ScenarioPanelProps) {
  const { scenario, imported, open, onToggle, tab, onTab, timelineCount, timelineEdited } = props;
  const { t } = useTranslation('explore');
  const text = useScenarioContent(scenario);
  const titleId = useId();
  const bodyId = useId();
  const tabs = [
    { id: 'story', label: t('panel.story'), panel: () => <ScenarioStory scenario={scenario} imported={imported} /> },
    {
      id: 'timeline',
      label: (
        <>
          {t('panel.timeline')}
          <Count n={timelineCount} />
          {timelineEdited && <span className="tab-flag"> · {t('panel.edited')}</span>}
        </>
      ),
      panel: props.timeline,
    },
    {
      id: 'claims',
      label: (
        <>
          {t('panel.claims')}
          <Count n={scenario.claims.length} />
        </>
      ),
      panel: props.claims,
    },
    {
      id: 'questions',
      label: (
        <>
          {t('panel.questions')}
          <Count n={scenario.questions.length} />
        </>
      ),
      panel: () => <ScenarioQuestions scenario={scenario} />,
    },
    { id: 'leaves-out', label: t('panel.leavesOut'), panel: () => <ScenarioLeavesOut scenario={scenario} /> },
    { id: 'sources', label: t('panel.sources'), panel: () => <ScenarioSources scenario={scenario} /> },
  ] as const;

  return (
    <section className={open ? 'scenario-panel open' : 'scenario-panel'} aria-labelledby={titleId} data-testid="scenario-panel">
      <div className="scenario-panel-head">
        <h2 id={titleId}>
          <span className="scenario-panel-kind">{imported ? t('panel.yourScenario') : t(`common:scenarioKinds.${scenario.kind}`)}: </span>
          <ContentText shown={text.title} />
        </h2>
        <button type="button" className="small-button scenario-panel-toggle" aria-expanded={open} aria-controls={bodyId} onClick={onToggle} data-testid="scenario-panel-toggle">
          {open ? t('panel.fold') : t('panel.open')}
        </button>
      </div>
      <div id={bodyId} hidden={!open}>
        {open && <Tabs tabs={tabs} selected={tab} onSelect={(id) => onTab(id as PanelTab)} label={t('panel.about', { title: text.title.text })} />}
      </div>
    </section>
  );
}
