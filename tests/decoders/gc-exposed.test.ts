/**
 * The timed retries of the decoder tests collect garbage first (call-timing.ts); without
 * node --expose-gc (vitest.config.ts) they would silently time a heap full of other files' garbage.
 */
import { expect, it } from 'vitest';

it('runs with garbage collection exposed, which the timed retries of the decoder tests rely on', () => {
  expect(typeof (globalThis as { gc?: unknown }).gc).toBe('function');
});
