/**
 * The debrief summary: figures equal the engine's round figures, decisions read "from → to",
 * effects and observations follow the counterfactual runs, and the downloads carry every team
 * with their names escaped.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { runModel, type RunResult } from '../../../../models/index';
import { reveal, setDecision, setEvent, setPrediction } from './actions';
import { buildDebrief, decisionChanges, sessionValue, type Debrief } from './debrief';
import { debriefHtml, debriefMarkdown, markdownText } from './debrief-export';
import { roundValue, sessionRunInput } from './engine';
import { EFFECT_OUTPUTS } from './figures';
import { discussionQuestions } from './questions';
import { decisionEffects } from './scoring';
import { createSession, teamFromRole, type Session } from './session';
import { DEFAULT_ROLES } from './roles';

let s: Session;
let run: RunResult;
let plain: RunResult;
let debrief: Debrief;

beforeAll(async () => {
  const teams = [DEFAULT_ROLES[0], DEFAULT_ROLES[4], DEFAULT_ROLES[1]].map((r) => teamFromRole(r));
  teams[1] = { ...teams[1], name: 'Rescue <ships> & co' };
  s = createSession({ agents: 20_000, yearsPerRound: 1, roundsTotal: 2, teams });
  s = setDecision(s, 'interior', { 'enforcement.intensity': 0.8 });
  s = setDecision(s, 'ngo', { 'searchAndRescue.capacity': 0.6 });
  s = setPrediction(s, 'ngo', { output: 'deathsMissing', value: 1500 });
  s = reveal(s);
  s = setEvent(s, 'drought');
  s = setDecision(s, 'origin', { 'rootCauses.investment': 0.4 });
  s = setDecision(s, 'ngo', {});
  s = reveal(s);
  run = runModel(sessionRunInput(s, 1));
  plain = runModel(sessionRunInput(s, 1, { plain: true }));
  const effects = await decisionEffects(s, 1, run, EFFECT_OUTPUTS, (input) => runModel(input));
  debrief = buildDebrief(s, run, plain, effects);
});

describe('the debrief', () => {
  it('summarises every round with the engine’s figures and the path on the plane', () => {
    expect(debrief.roundsPlayed).toBe(2);
    expect(debrief.rounds[1].event?.name).toBe('Drought');
    expect(debrief.rounds[0].figures.deathsMissing).toBe(roundValue(run, 'deathsMissing', s, 0, true));
    expect(debrief.rounds[1].businessAsUsual.humanSecurityIndex).toBe(roundValue(plain, 'humanSecurityIndex', s, 1, false));
    expect(debrief.path.map((p) => p.round)).toEqual([1, 2]);
    expect(debrief.path[1].y).toBe(roundValue(run, 'humanSecurityIndex', s, 1, false));
    const total = debrief.totals.find((t) => t.output === 'irregularArrivals');
    expect(total?.value).toBe(sessionValue(run, 'irregularArrivals', s, 2));
    expect(total?.value).toBeCloseTo(run.months.reduce((x, m) => x + m.irregularArrivals, 0) / 2, 6); // per year over two years
  });

  it('lists decisions from → to, a “no change” decision included, with their effects', () => {
    const round0 = debrief.rounds[0].decisions;
    expect(round0.map((d) => d.teamId)).toEqual(['interior', 'ngo']);
    expect(round0[0].changes).toEqual([{ lever: 'enforcement.intensity', label: 'Enforcement intensity', from: 0.3, to: 0.8 }]);
    expect(debrief.rounds[1].decisions.find((d) => d.teamId === 'ngo')?.changes).toEqual([]);
    for (const o of EFFECT_OUTPUTS) expect(Number.isFinite(round0[1].effects?.[o]), o).toBe(true);
    expect(round0[0].effects?.irregularArrivals).toBeLessThan(0); // enforcement 0.3 → 0.8 stops crossings
    expect(decisionChanges(s, 1, 'interior')).toEqual([]);
    // Since model 2.4.0 no decision of this session lowers smuggling hires (the debrief then has no
    // "shrink the market" line), so it names the interior ministry's decision for the deaths it added.
    expect(round0[0].effects?.deathsMissing).toBeGreaterThan(0);
    expect(debrief.observations.join(' ')).toMatch(/Destination-State interior ministry’s decision in round 1 added most to deaths/);
    expect(debrief.rounds[0].predictions[0]).toMatchObject({ teamId: 'ngo', teamName: 'Rescue <ships> & co', predicted: 1500 });
    expect(debrief.questions).toEqual(discussionQuestions());
  });

  it('works before the counterfactuals are run, and says so', () => {
    const quick = buildDebrief(s, run, plain, null);
    expect(quick.effectsIncluded).toBe(false);
    expect(quick.rounds[0].decisions[0].effects).toBeUndefined();
    expect(debriefMarkdown(quick)).not.toMatch(/effect \|/);
  });

  it('downloads as Markdown and as self-contained HTML with names escaped', () => {
    const mdText = debriefMarkdown(debrief);
    expect(mdText).toMatch(/^# Debrief: Seminar/);
    for (const t of s.teams) expect(mdText).toContain(markdownText(t.name));
    expect(mdText).toContain('Rescue &lt;ships&gt; &amp; co');
    expect(mdText).toContain('## Round 2');
    expect(mdText).toContain('Enforcement intensity 0.30 → 0.80');
    const html = debriefHtml(debrief);
    expect(html).toContain('Rescue &lt;ships&gt; &amp; co');
    expect(html).not.toContain('<ships>');
    expect(html).not.toMatch(/<script|src=|href=/);
    expect(html).toContain('<svg');
    expect((html.match(/<li>/g) ?? []).length).toBeGreaterThanOrEqual(discussionQuestions().length);
  });
});

describe('debrief downloads with hostile names', () => {
  const hostile = ['<img src=x onerror=alert(1)>', '[click me](javascript:alert(1))', '![x](https://example.invalid/t.png)', '<script>alert(1)</script>', 'a | b\n# heading', '**bold** _it_ `code`'];
  const renamed = (name: string): Debrief => ({
    ...debrief,
    title: name,
    teams: debrief.teams.map((t) => ({ ...t, name })),
    rounds: debrief.rounds.map((r) => ({ ...r, decisions: r.decisions.map((x) => ({ ...x, teamName: name })), predictions: r.predictions.map((p) => ({ ...p, teamName: name })), objectives: r.objectives.map((o) => ({ ...o, teamName: name })) })),
  });

  it('Markdown: a team named <img src=x onerror=…> stays text — no HTML, no link, no image, no table split', () => {
    for (const name of hostile) {
      const text = debriefMarkdown(renamed(name));
      // No HTML at all, and no link or image: a `](` whose bracket is not escaped.
      expect(text).not.toMatch(/<|(?<!\\)\]\(/);
      expect(text).toContain(markdownText(name));
    }
    expect(markdownText('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(markdownText('[click me](javascript:alert(1))')).toBe('\\[click me\\](javascript:alert(1))');
    expect(markdownText('a | b\n# heading')).toBe('a \\| b # heading');
  });

  it('HTML: the same names stay text, and the file has no script, link, image or event handler', () => {
    for (const name of hostile) {
      const html = debriefHtml(renamed(name));
      const tags = html.match(/<[a-z][^>]*>/gi) ?? [];
      expect(tags.filter((t) => /^<(script|img|a|iframe|object)\b|\son\w+=/i.test(t))).toEqual([]);
      expect(html).toContain(`<h1>Debrief: ${name.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</h1>`);
    }
  });
});

describe('discussion questions', () => {
  it('are between five and eight, each tied to the module', () => {
    expect(discussionQuestions().length).toBeGreaterThanOrEqual(5);
    expect(discussionQuestions().length).toBeLessThanOrEqual(8);
    for (const q of discussionQuestions()) expect(q.reference).toMatch(/Box 1[5-9]|Box 2[0-2]/);
  });
});
