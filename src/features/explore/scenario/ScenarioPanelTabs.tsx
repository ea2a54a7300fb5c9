/**
 * The open scenario panel's tabs (story, timeline, claims, questions, what it leaves out,
 * sources): a chunk of its own, loaded when the panel first opens, so a first screen with the
 * panel folded loads neither the scenario's texts nor their components.
 */
import type { ReactNode } from 'react';
import type { Scenario } from '../../../../scenarios/format';
import { ScenarioLeavesOut, ScenarioQuestions, ScenarioSources, ScenarioStory } from './ScenarioTexts';
import { Tabs } from './Tabs';
import { useTranslation } from 'react-i18next';
import type { PanelTab } from './ScenarioPanel';

export interface ScenarioPanelTabsProps {
  readonly scenario: Scenario;
  readonly imported: boolean;
  readonly title: string;
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

export default function ScenarioPanelTabs(props: ScenarioPanelTabsProps) {
  const { scenario, imported, title, tab, onTab, timelineCount, timelineEdited } = props;
  const { t } = useTranslation('explore');
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

  return <Tabs tabs={tabs} selected={tab} onSelect={(id) => onTab(id as PanelTab)} label={t('panel.about', { title })} />;
}
