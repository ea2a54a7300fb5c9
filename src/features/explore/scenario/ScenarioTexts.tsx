/**
 * A scenario's texts, one tab each: the story (summary, narrative and where the module discusses
 * it), the discussion questions, what the scenario leaves out, and its sources. Read-only: the
 * scenario file is the authority, and a lecturer changes these by writing a file.
 */
import type { Scenario } from '../../../../scenarios/index';
import { KIND_LABELS } from './scenario-groups';

/** Paragraphs of a narrative: blank lines separate them (most narratives are one paragraph). */
function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

export function ScenarioStory({ scenario, imported }: { readonly scenario: Scenario; readonly imported: boolean }) {
  return (
    <div className="scenario-story" data-testid="scenario-story">
      {(imported || scenario.startYear !== undefined) && (
        <p className="scenario-kind">
          {imported && `Imported from a file in this browser (kind: ${KIND_LABELS[scenario.kind].toLowerCase()}). `}
          {scenario.startYear !== undefined && `The run starts in January ${scenario.startYear}.`}
        </p>
      )}
      {scenario.summary && <p className="scenario-lead">{scenario.summary}</p>}
      {scenario.narrative ? paragraphs(scenario.narrative).map((p, i) => <p key={i}>{p}</p>) : <p className="small">This scenario has no narrative.</p>}
      {scenario.moduleReferences && scenario.moduleReferences.length > 0 && (
        <>
          <h3>In the module</h3>
          <ul>
            {scenario.moduleReferences.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </>
      )}
      <p className="small">This scenario, as loaded, is the baseline: every figure on this page is compared with it, run with the same seed and size.</p>
    </div>
  );
}

function TextList({ items, empty, ordered, testId }: { readonly items: readonly string[]; readonly empty: string; readonly ordered?: boolean; readonly testId: string }) {
  if (items.length === 0) return <p className="small">{empty}</p>;
  const list = items.map((q, i) => <li key={i}>{q}</li>);
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
  return (
    <>
      <p className="panel-hint">For discussion in a seminar or as written work. The model can help answer some of them; others it cannot.</p>
      <TextList items={scenario.questions} empty="This scenario asks no questions." ordered testId="scenario-questions" />
    </>
  );
}

export function ScenarioLeavesOut({ scenario }: { readonly scenario: Scenario }) {
  return (
    <>
      <p className="panel-hint">What this scenario does not represent — worth keeping in mind before drawing conclusions from its figures.</p>
      <TextList items={scenario.leavesOut} empty="The file does not say what the scenario leaves out." testId="scenario-leaves-out" />
    </>
  );
}

export function ScenarioSources({ scenario }: { readonly scenario: Scenario }) {
  return (
    <>
      <p className="panel-hint">Where the settings and the claims come from.</p>
      <TextList items={scenario.references ?? []} empty="The file names no sources." testId="scenario-sources" />
    </>
  );
}
