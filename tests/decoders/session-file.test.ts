/**
 * Hostile inputs: session files and the seminar's autosave (the same text). 20,000 hostile
 * documents — a played session with hostile values spliced in, `__proto__` keys added, lists of
 * 10,000 teams or rounds, the `length` object — and sparse arrays handed to the parser as values:
 * the reader returns a valid session of a known scenario or throws SessionError, never anything
 * else, and no call takes over 50 ms.
 */
import { describe, it } from 'vitest';
import { expect } from 'vitest';
import { findScenario } from '../../scenarios/index';
import { parseSession, SessionError, sessionSchema, type Session } from '../../src/features/seminar/session/session';
import { readSessionText } from '../../src/features/seminar/session/session-store';
import { checkDecoder, must } from './check-decoder';
import { playedSession } from './fixtures';
import { LENGTH_OBJECT, mutated, withHoles, PROPERTY_TIMEOUT_MS } from './hostile';

const session = playedSession();
const elements = [JSON.stringify(session.teams[0]), JSON.stringify(session.rounds[0]), '"enforcement.intensity"'];

const isValid = (s: Session) => {
  must(sessionSchema.safeParse(s).success, 'an accepted session that does not validate');
  must(findScenario(s.scenarioId) !== undefined, 'a session of an unknown scenario');
};

describe('session files under hostile input', () => {
  it('reads the length-object payload anywhere as a SessionError naming the field', () => {
    for (const field of ['title', 'teams', 'rounds', 'scenarioId']) {
      const text = JSON.stringify({ ...session, [field]: '\u0000' }).replace('"\\u0000"', LENGTH_OBJECT);
      expect(() => readSessionText(text)).toThrow(SessionError);
      expect(() => readSessionText(text)).toThrow(new RegExp(`^${field}`));
    }
  });

  it('20,000 hostile session files: a valid session or a SessionError, each within 50 ms', () => {
    checkDecoder({ name: 'session file', inputs: mutated(session, { elements }), call: readSessionText, typedError: SessionError, check: isValid });
  }, PROPERTY_TIMEOUT_MS);

  it('sparse arrays and absurd lengths handed to the parser as values', () => {
    checkDecoder({ name: 'session value', inputs: withHoles(session), call: parseSession, typedError: SessionError, check: isValid, runs: 2_000 });
  });
});
