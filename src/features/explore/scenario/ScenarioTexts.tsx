/**
 * A scenario's texts, one tab each: the story (summary, narrative and where the module discusses
 * it), the discussion questions, what the scenario leaves out, and its sources. Read-only: the
 * scenario file is the authority, and a lecturer changes these by writing a file.
 */
import type { Scenario } from '../../../../scenarios/format';
import { useTranslation } from 'react-i18next';
import type { Shown } from '../../../shared/i18n/content';
import { ContentText } from '../../../shared/i18n/ContentText';
import { useScenarioContent } from '../../../shared/i18n/scenario-content';

/** Paragraphs of a narrative: blank lines separate them (most narratives are one paragraph). */
function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

export function ScenarioStory({ scenario, imported }: { readonly scenario: Scenario; readonly imported: boolean }) {
  const { t } = useTranslation('explore');
  const text = useScenarioContent(scenario);
  const narrative = text.narrative;
  return (
    <div className="scenario-story" data-testid="scenario-story">
      {(imported || scenario.startYear !== undefined) && (
        <p className="scenario-kind">
          {imported && `${t('story.imported', { kind: t(`common:scenarioKinds.${scenario.kind}`) })} `}
          {scenario.startYear !== undefined && t('story.startYear', { year: scenario.startYear })}
        </p>
      )}
      {text.summary && (
        <p className="scenario-lead">
          <ContentText shown={text.summary} />
        </p>
      )}
      {narrative ? (
        paragraphs(narrative.text).map((p, i, all) => (
          <p key={i} lang={narrative.lang}>
            {p}
            {narrative.untranslated && i === all.length - 1 && <ContentText shown={{ ...narrative, text: '' }} />}
          </p>
        ))
      ) : (
        <p className="small">{t('story.noNarrative')}</p>
      )}
      {scenario.moduleReferences && scenario.moduleReferences.length > 0 && (
        <>
          <h3>{t('story.inModule')}</h3>
          <ul lang="en">
            {scenario.moduleReferences.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </>
      )}
      <p className="small">{t('story.isBaseline')}</p>
    </div>
  );
}

function TextList({ items, empty, ordered, testId }: { readonly items: readonly Shown[]; readonly empty: string; readonly ordered?: boolean; readonly testId: string }) {
  if (items.length === 0) return <p className="small">{empty}</p>;
  const list = items.map((q, i) => (
    <li key={i}>
      <ContentText shown={q} />
    </li>
  ));
  return ordered ? (
    <ol className="text-list" data-testid={testId}>
      {list}
    </ol>
  ) : (
    <ul className="text-list" data-testid={testId}>
      {list}
    </ul>
  );
}

export function ScenarioQuestions({ scenario }: { readonly scenario: Scenario }) {
  const { t } = useTranslation('explore');
  const text = useScenarioContent(scenario);
  return (
    <>
      <p className="panel-hint">{t('story.questionsHint')}</p>
      <TextList items={scenario.questions.map((_, i) => text.question(i))} empty={t('story.noQuestions')} ordered testId="scenario-questions" />
    </>
  );
}

export function ScenarioLeavesOut({ scenario }: { readonly scenario: Scenario }) {
  const { t } = useTranslation('explore');
  const text = useScenarioContent(scenario);
  return (
    <>
      <p className="panel-hint">{t('story.leavesOutHint')}</p>
      <TextList items={scenario.leavesOut.map((_, i) => text.leavesOut(i))} empty={t('story.noLeavesOut')} testId="scenario-leaves-out" />
    </>
  );
}

/** Sources are cited as published, in their own language. */
const asCited = (text: string): Shown => ({ text, lang: 'en', untranslated: false });

export function ScenarioSources({ scenario }: { readonly scenario: Scenario }) {
  const { t } = useTranslation('explore');
  return (
    <>
      <p className="panel-hint">{t('story.sourcesHint')}</p>
      <TextList items={(scenario.references ?? []).map(asCited)} empty={t('story.noSources')} testId="scenario-sources" />
    </>
  );
}
