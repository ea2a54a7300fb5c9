import { describe, expect, it } from 'vitest';
import { runModel } from '../../../../models/index';
import { parseClientMessage } from '../../../shared/room/protocol';
import { checkAgainstView } from '../../../shared/room/views';
import { reveal, setDecision, setEvent, startRound } from '../session/actions';
import { checkDecision, leversBeforeDecisions, sessionRunInput } from '../session/engine';
import { createSession } from '../session/session';
import { roomPhase, roundPublication } from './round-views';

const base = () => createSession({ agents: 2000, yearsPerRound: 1, roundsTotal: 3 });

describe('what the facilitator publishes to the room', () => {
  it('follows the session: nothing before round 1, then open, locked, revealed, and the next round', () => {
    let s = base();
    expect(roomPhase(s, null)).toBeNull();
    s = startRound(s);
    expect(roomPhase(s, null)).toEqual({ round: 0, status: 'open', figuresRound: -1 });
    expect(roomPhase(s, 0)).toEqual({ round: 0, status: 'locked', figuresRound: -1 });
    s = reveal(s);
    expect(roomPhase(s, 0)).toEqual({ round: 0, status: 'revealed', figuresRound: 0 });
    s = startRound(s);
    expect(roomPhase(s, 0)).toEqual({ round: 1, status: 'open', figuresRound: 0 });
  });

  it('is a valid publish message; the public view carries no team’s levers or moves; the server’s check agrees with the session’s', () => {
    let s = startRound(base());
    s = setDecision(s, 'interior', { 'enforcement.intensity': 0.7 });
    s = reveal(s);
    s = startRound(s);
    s = setEvent(s, 'drought');
    const phase = roomPhase(s, null)!;
    const pub = roundPublication(s, phase, runModel(sessionRunInput(s, phase.figuresRound)));
    const parsed = parseClientMessage({ t: 'publish', id: 'p1', ...pub });
    expect(parsed.ok, parsed.ok ? '' : parsed.reason).toBe(true);
    expect(JSON.stringify(pub.public)).not.toMatch(/enforcement|0\.7/);
    expect(pub.public.event?.name).toBe('Drought');
    const view = pub.views.interior;
    expect(view.figures.map((f) => f.key)).toContain('deathsMissing');
    expect(view.figures.every((f) => f.previous === undefined)).toBe(true); // round 1 has no round before it
    expect(view.changes).toEqual([
      { kind: 'event', event: 'drought' },
      { kind: 'move', team: 'interior', role: 'interior', lever: 'enforcement.intensity', from: 0.3, to: 0.7 },
    ]);
    expect(view.role).toBe('interior');
    // Levers stand where round 2 starts (after round 1 and the drought), and the budget is the role's.
    const before = leversBeforeDecisions(s, 1);
    for (const l of view.levers) expect(l.before).toBe(before[l.key]);
    const team = s.teams.find((t) => t.id === 'interior')!;
    const decisions: Record<string, number>[] = [{ 'enforcement.intensity': 0.4 }, { 'enforcement.intensity': 0.2, 'enforcement.interdiction': 0.1 }, { 'searchAndRescue.capacity': 0.9 }];
    for (const decision of decisions)
      expect(checkAgainstView(view, decision).length === 0).toBe(checkDecision(team, decision, before).length === 0);
  });
});
