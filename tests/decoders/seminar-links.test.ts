/**
 * Hostile inputs: team links and decision codes. 20,000 hostile team links (a real link's payload
 * with hostile values spliced in, base64url-encoded as links are, or plain garbage) and 20,000
 * hostile decision codes (a real code's payload made hostile, then sealed with a checksum that
 * matches, so that the payload itself is validated): each decoder returns a valid result or
 * throws its own error (TeamLinkError, DecisionCodeError), never anything else, and no call takes
 * over 50 ms.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findScenario } from '../../scenarios/index';
import { fromBase64Url } from '../../src/features/seminar/session/base64url';
import { decodeDecision, decodeUnsignedDecision, DecisionCodeError } from '../../src/features/seminar/session/codes';
import { decodeTeamLink, encodeTeamLink, TeamLinkError } from '../../src/features/seminar/session/team-link';
import { checkDecoder, must } from './check-decoder';
import { codePayload, playedSession } from './fixtures';
import { hostileText, LENGTH_OBJECT, mutated, PROPERTY_TIMEOUT_MS } from './hostile';

const session = playedSession();
const shortLink = JSON.parse(fromBase64Url(encodeTeamLink(session, 'ngo', 1)));
const fullLink = JSON.parse(fromBase64Url(encodeTeamLink(session, 'own', 1)));

/** As the app encodes (TextEncoder and btoa), but fast enough for megabytes of hostile text. */
const toBase64Url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

/** The checksum decision codes carry today (FNV-1a of the body, base 36). */
function seal(payloadText: string): string {
  const body = toBase64Url(payloadText);
  let h = 0x811c9dc5;
  for (let i = 0; i < body.length; i++) {
    h ^= body.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `CX1-${body}.${(h >>> 0).toString(36)}`;
}

describe('team links under hostile input', () => {
  it('reads the length-object payload in any field as a TeamLinkError', () => {
    for (const field of ['sc', 'ids', 'b', 't']) {
      const text = JSON.stringify({ ...shortLink, [field]: '\u0000' }).replace('"\\u0000"', LENGTH_OBJECT);
      expect(() => decodeTeamLink(toBase64Url(text))).toThrow(TeamLinkError);
    }
  });

  it('refuses a link to a scenario this version does not have, saying so', () => {
    const text = JSON.stringify({ ...shortLink, sc: 'from-a-newer-version' });
    expect(() => decodeTeamLink(toBase64Url(text))).toThrow(/a scenario \("from-a-newer-version"\) that this version of Crossings does not have/);
  });

  it('20,000 hostile team links: a link or a TeamLinkError, each within 50 ms', () => {
    const inputs = fc.oneof({ weight: 9, arbitrary: fc.oneof(mutated(shortLink), mutated(fullLink, { elements: ['"enforcement.intensity"', '0.5'] })).map(toBase64Url) }, { weight: 1, arbitrary: hostileText });
    checkDecoder({
      name: 'team link',
      inputs,
      call: decodeTeamLink,
      typedError: TeamLinkError,
      check: (link) => {
        must(findScenario(link.scenarioId) !== undefined, 'a link to an unknown scenario');
        must(link.round < link.roundsTotal, 'a round past the last');
      },
    });
  }, PROPERTY_TIMEOUT_MS);
});

describe('decision codes under hostile input', () => {
  // The unsigned codes (CX1) are read only by sessions saved before codes were signed: no secret.
  const { secret: _secret, ...unsignedSession } = session;

  it('reads the length-object payload in any field as a DecisionCodeError', async () => {
    for (const field of ['f', 't', 'd', 'p']) {
      const text = JSON.stringify({ ...codePayload(session), [field]: '\u0000' }).replace('"\\u0000"', LENGTH_OBJECT);
      expect(() => decodeUnsignedDecision(unsignedSession, seal(text))).toThrow(DecisionCodeError);
      await expect(decodeDecision(session, seal(text))).rejects.toThrow(DecisionCodeError);
    }
  });

  it('20,000 hostile decision codes with a matching checksum: a decision or a DecisionCodeError, each within 50 ms', () => {
    const inputs = fc.oneof({ weight: 9, arbitrary: mutated(codePayload(session), { elements: ['0.5'] }).map(seal) }, { weight: 1, arbitrary: hostileText.map((x) => `CX1-${x}`) });
    checkDecoder({
      name: 'decision code',
      inputs,
      call: (code: string) => decodeUnsignedDecision(unsignedSession, code),
      typedError: DecisionCodeError,
      check: (code) => must(session.teams.some((t) => t.id === code.teamId), 'a code from a team not in the session'),
    });
  }, PROPERTY_TIMEOUT_MS);
});
