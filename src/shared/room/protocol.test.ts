/**
 * The room protocol's frames under the hostile payload that made zod throw: a frame whose field
 * is `{"length":{"toString":1,"valueOf":1}}` is refused with the field named — before, validating
 * it threw a raw TypeError out of the parser, outside the server's try around its handlers.
 */
import { describe, expect, it } from 'vitest';
import { parseFrameText } from './protocol';
import { parseServerFrame } from './frames';

const LENGTH_OBJECT = '{"length":{"toString":1,"valueOf":1}}';

describe('room frames with a length object', () => {
  it('are refused, naming the field, not thrown', () => {
    for (const field of ['room', 'team', 'token', 'id']) {
      const frame = JSON.stringify({ t: 'join', v: 1, id: 'r1', room: 'K7Q3XM', team: 'ngo', [field]: '\u0000' }).replace('"\\u0000"', LENGTH_OBJECT);
      const parsed = parseFrameText(frame);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.reason).toContain(field);
    }
  });

  it('from the server side too: not a frame, no throw', () => {
    expect(parseServerFrame(JSON.parse(`{"t":"progress","round":0,"submitted":${LENGTH_OBJECT}}`))).toBeNull();
  });
});
